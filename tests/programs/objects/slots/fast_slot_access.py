# Slot reads and writes take a short path; every unusual case still behaves
# as the descriptor protocol says: unset slots, deleting, a copied
# descriptor under another name, subclass instances, a foreign object.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
p.y = 2
p.x += 10
print(p.x, p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)


class Q(P):
    __slots__ = ("z",)


q = Q(5)
q.z = 6
q.y = 7
print(q.x, q.y, q.z)


class R:
    __slots__ = ("a",)
    alias = P.x


r = R()
try:
    r.alias = 1
except TypeError as e:
    print("TypeError", e)
try:
    r.alias
except TypeError as e:
    print("TypeError", e)


class Open(P):
    pass


o = Open(3)
o.extra = 4
print(o.x, o.extra)
print(P.x.__get__(p), P.x)
P.x.__set__(p, 99)
print(p.x)
total = 0
for i in range(1000):
    p.x = i
    total += p.x
print(total)
