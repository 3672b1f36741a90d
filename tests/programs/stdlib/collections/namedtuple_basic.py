# namedtuple: fields, defaults, _make, _asdict, _replace, reprs, tuple-ness.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point.__doc__, Point.__name__, Point._field_defaults)
print(Point._make([5, 6]), Point(y=1, x=0), p._asdict(), p._replace(y=9))
print(Point.x, Point.x.__doc__, Point.__new__.__doc__)
print(Point.__match_args__, p.__getnewargs__())
Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("localhost"), Config("h", 1, True), Config._field_defaults, Config.__new__.__defaults__)
Single = namedtuple("Single", "only")
print(Single(1), Single.__doc__, Single._make([3]))
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x", "2"], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5))
Comma = namedtuple("Comma", "a, b,c")
print(Comma._fields)
class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()
    def length2(self):
        return self.dx ** 2 + self.dy ** 2
    def __repr__(self):
        return "V<%d,%d>" % self
v = Vector(3, 4)
print(v, v.length2(), v._replace(dx=0), isinstance(v, tuple), Vector.__mro__[1].__name__)
match p:
    case Point(x=1, y=yy):
        print("matched", yy)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__module__, Point(1, 2) < Point(1, 3), max(Point(0, 9), Point(1, 0)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
