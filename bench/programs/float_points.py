# Float arithmetic on many small objects, as the classic "float" benchmark:
# points built from math.sin/cos/sqrt, normalised in place, and reduced to
# their component-wise maximum.
import sys
from math import cos, sin, sqrt

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]
POINTS = 2000 if SMALL else 50000


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for point in points[1:]:
        best.maximize(point)
    return best


def run(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for point in points:
        point.normalize()
    return maximize(points)


for _ in range(ITERATIONS):
    result = run(POINTS)
print(result)
