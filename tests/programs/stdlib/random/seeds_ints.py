# Integer seeds give the same stream as CPython: random(), getrandbits and
# the integers drawn from it.
import random

for seed in [0, 1, 42, -42, 2**32, 2**100 + 7, 12345678901234567890]:
    r = random.Random(seed)
    print(seed, [r.random() for _ in range(3)])
    print("  bits", [r.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])
    print("  ints", [r.randrange(10) for _ in range(10)])
    print("  randint", [r.randint(-3, 3) for _ in range(10)])
    print("  steps", r.randrange(0, 100, 7), r.randrange(100, 0, -9), r.randrange(10**30))

random.seed(2024)
print(random.random(), random.randint(1, 6), random.getrandbits(40))
print(random.Random(5).random() == random.Random(5.0).random())
print(random.Random(3.5).random())
print(random.Random(True).random() == random.Random(1).random())
