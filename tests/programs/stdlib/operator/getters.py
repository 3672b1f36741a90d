# itemgetter, attrgetter and methodcaller.
import operator as op
from operator import itemgetter, attrgetter, methodcaller

rows = [("carol", 35, "x"), ("alice", 30, "y"), ("bob", 30, "z")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
print(itemgetter(slice(1, None))(rows[0]), itemgetter("k", "j")({"k": 1, "j": 2}))
print(itemgetter(1), itemgetter(1, "a"), itemgetter(slice(None, 2)))
print(type(itemgetter(1)), type(itemgetter(1)).__name__, itemgetter.__module__)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.origin = None

    def scaled(self, k, offset=0):
        return Point(self.x * k + offset, self.y * k + offset)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.origin = Point(0, 0)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("origin.x", "y")(p))
print(sorted([Point(3, 1), Point(1, 2), Point(2, 0)], key=attrgetter("y")))
print(attrgetter("x"), attrgetter("origin.x", "y"))
print(methodcaller("scaled", 2)(p), methodcaller("scaled", 2, offset=1)(p))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("f"), methodcaller("f", 1, "a", k=2, j=[1]))
print(methodcaller("count", 1)([1, 1, 2]))

attempts = [
    lambda: itemgetter(),
    lambda: attrgetter(),
    lambda: attrgetter(1),
    lambda: methodcaller(),
    lambda: methodcaller(1),
    lambda: itemgetter(5)([1]),
    lambda: itemgetter(1)(),
    lambda: itemgetter(1)([1, 2], [3]),
    lambda: itemgetter(1, x=2),
    lambda: attrgetter("a", x=2),
    lambda: attrgetter("nope")(p),
    lambda: attrgetter("origin.nope")(p),
    lambda: methodcaller("nope")(p),
    lambda: itemgetter(0)(5),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
