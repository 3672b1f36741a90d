# __slots__: no instance __dict__, only the declared names.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)


class Point3(Point):
    __slots__ = "z"


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print(e)


class Loose(Point):
    pass


r = Loose(5, 6)
r.anything = "ok"
print(r.anything, hasattr(r, "__dict__"))
