# __slots__ members read and written by warmed-up instructions: a slot
# deleted, a slot never set, and a name outside __slots__.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def read_x(p):
    return p.x


def write_y(p, v):
    p.y = v
    return p.y


points = [Point(i, -i) for i in range(50)] + [Point3(i, i, i) for i in range(50)]
print(sum(read_x(p) for p in points))
print(sum(write_y(p, 2) for p in points))
print(sum(p.norm1() for p in points))

p = points[3]
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 9
print(read_x(p))

try:
    p.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Unset:
    __slots__ = ("a",)


u = Unset()
for _ in range(3):
    try:
        print(u.a)
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(u, "__dict__"))
