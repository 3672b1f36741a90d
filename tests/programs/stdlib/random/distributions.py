# The continuous distributions consume the generator exactly as CPython's.
import random

r = random.Random(99)
print([r.uniform(-1, 1) for _ in range(3)])
print(r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 9), r.triangular(5, 5))
print([r.gauss() for _ in range(4)])
print(r.gauss(100, 15), r.normalvariate(), r.normalvariate(10, 2))
print(r.lognormvariate(0, 0.5), r.expovariate(1.5), r.expovariate(0.1))
print(r.vonmisesvariate(0, 4), r.vonmisesvariate(1, 0))
print(r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(9, 0.5))
print(r.betavariate(2, 5), r.betavariate(0.5, 0.5))
print(r.paretovariate(3), r.weibullvariate(1, 1.5))
total = sum(r.random() for _ in range(10000))
print(round(total / 10000, 2))
