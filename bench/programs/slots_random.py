# Slotted instances from a seeded random stream.
import random
random.seed(1234)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return "Point(%.3f, %.3f)" % (self.x, self.y)
pts = [Point(random.random(), random.random()) for _ in range(20000)]
acc = Point(0.0, 0.0)
for p in pts:
    acc = Point((acc.x + p.x) / 2, (acc.y + p.y) / 2)
print(acc, random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
