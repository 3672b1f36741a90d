# Operator dunders, reflected and in-place forms, comparisons, truth, len,
# iteration, containment, calls, hashing.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, 2 * a, -a, abs(b), a == Vec(1, 2), a != b, a < b, b > a)
a += b
print(a, bool(Vec(0, 0)), bool(a), len({Vec(1, 1), Vec(1, 1)}))
print(sorted([Vec(3, 1), Vec(1, 5), Vec(2, 2)]))
try:
    a + 1
except TypeError as e:
    print(e)

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __call__(self, extra):
        return self.items + [extra]

bag = Bag(1, 2, 3)
print(len(bag), bag[1], 2 in bag, 5 in bag, list(bag), bag(4), bool(Bag()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x * 2 for x in Countdown(2)])

class Eq:
    def __eq__(self, other):
        return True

try:
    hash(Eq())
except TypeError as e:
    print(e)
print(Eq() == 1, Eq() != 1)
