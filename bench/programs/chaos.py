# A chaos-game fractal whose maps are B-spline curves: float vectors,
# spline evaluation by de Boor's recursion, and a seeded random stream
# choosing the map for each of many points plotted into a grid.
import math
import random
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 6
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]
POINTS = 500 if SMALL else 5000
WIDTH = HEIGHT = 64


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def magnitude(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def distance(self, other):
        return (self - other).magnitude()

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    def linear_combination(self, other, a, b):
        return GVector(self.x * a + other.x * b, self.y * a + other.y * b, self.z * a + other.z * b)

    def __repr__(self):
        return "<%.6f, %.6f, %.6f>" % (self.x, self.y, self.z)


class Spline:
    """A B-spline of the given degree through control points, with knots."""

    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        if len(points) < degree:
            raise ValueError("not enough control points")
        last = knots[0]
        for knot in knots[1:]:
            if knot < last:
                raise ValueError("knots not increasing")
            last = knot
        self.points = points
        self.degree = degree
        self.knots = knots

    def domain(self):
        return self.knots[self.degree - 1], self.knots[len(self.points) - 1]

    def __call__(self, u):
        low, high = self.domain()
        if not low <= u <= high:
            raise ValueError("%r outside the domain" % u)
        # The knots with their first and last repeated once more give the
        # usual clamped knot vector t, in which t[p] <= u < t[p + 1] for
        # the interval p that u lies in.
        t = [self.knots[0]] + self.knots + [self.knots[-1]]
        p = self.interval(t, u)
        degree = self.degree
        d = [self.points[j + p - degree] for j in range(degree + 1)]
        for r in range(1, degree + 1):
            for j in range(degree, r - 1, -1):
                left = t[j + p - degree]
                a = (u - left) / (t[j + 1 + p - r] - left)
                d[j] = d[j - 1].linear_combination(d[j], 1 - a, a)
        return d[degree]

    def interval(self, t, u):
        last = len(self.points) - 1
        for p in range(self.degree, last + 1):
            if t[p] <= u < t[p + 1]:
                return p
        p = last
        while t[p] == t[p + 1]:
            p -= 1
        return p

    def __len__(self):
        return len(self.points)


class ChaosGame:
    def __init__(self, splines, thickness=0.25):
        self.splines = splines
        self.thickness = thickness
        self.minx = min(p.x for s in splines for p in s.points)
        self.miny = min(p.y for s in splines for p in s.points)
        self.maxx = max(p.x for s in splines for p in s.points)
        self.maxy = max(p.y for s in splines for p in s.points)
        self.height = self.maxy - self.miny
        self.width = self.maxx - self.minx
        self.lengths = []
        for spline in splines:
            length = 0.0
            low, high = spline.domain()
            previous = spline(low)
            for i in range(1, 101):
                current = spline(low + (high - low) * i / 100)
                length += current.distance(previous)
                previous = current
            self.lengths.append(length)
        total = sum(self.lengths)
        self.weights = [length / total for length in self.lengths]

    def choose(self):
        r = random.random()
        for index, weight in enumerate(self.weights):
            if r < weight:
                return index
            r -= weight
        return len(self.weights) - 1

    def transform(self, point):
        index = self.choose()
        spline = self.splines[index]
        low, high = spline.domain()
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        u = low + (high - low) * min(max(x, 0.0), 1.0)
        base = spline(u)
        ahead = spline(min(high, u + 0.01 * (high - low)))
        tangent = ahead - base
        size = tangent.magnitude() or 1.0
        normal = GVector(-tangent.y / size, tangent.x / size)
        offset = (y - 0.5) * self.thickness * random.choice((1.0, 0.9, 1.1))
        return base + normal * offset

    def run(self, count, grid):
        point = GVector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2)
        for _ in range(count):
            point = self.transform(point)
            column = int((point.x - self.minx) / self.width * (WIDTH - 1))
            row = int((self.maxy - point.y) / self.height * (HEIGHT - 1))
            if 0 <= column < WIDTH and 0 <= row < HEIGHT:
                grid[row][column] += 1
        return point


def splines():
    return [
        Spline([GVector(1.597350, 3.304460), GVector(1.575810, 4.123260),
                GVector(1.313210, 5.288350), GVector(1.618900, 5.329910),
                GVector(2.889940, 5.502700), GVector(2.373060, 4.381830),
                GVector(1.662000, 4.360280), GVector(1.618900, 5.288350)],
               3, [0, 0, 0, 1, 1, 1, 2, 2, 2, 3]),
        Spline([GVector(2.804500, 4.017350), GVector(2.550500, 3.525230),
                GVector(1.979010, 2.620360), GVector(1.979010, 2.620360)],
               3, [0, 0, 0, 1, 1, 1]),
        Spline([GVector(2.001670, 4.011320), GVector(2.335040, 3.312830),
                GVector(2.366800, 3.233460), GVector(2.366800, 3.233460)],
               3, [0, 0, 0, 1, 1, 1]),
    ]


random.seed(1234)
for _ in range(ITERATIONS):
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    game = ChaosGame(splines())
    last = game.run(POINTS, grid)
filled = sum(1 for row in grid for cell in row if cell)
print("last point", last)
print("filled", filled, "of", WIDTH * HEIGHT, "hits", sum(map(sum, grid)))
print("busiest row", max(range(HEIGHT), key=lambda r: sum(grid[r])))
