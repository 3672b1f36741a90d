# Integer functions of math, on small and big ints, bools and __index__ objects.
import math


class Seven:
    def __index__(self):
        return 7


print([math.factorial(n) for n in range(8)], math.factorial(True), math.factorial(Seven()))
print(math.factorial(30), len(str(math.factorial(1000))), math.factorial(200) % (10**20 + 39))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, -18, 27))
print(math.gcd(2**100 * 3, 2**80 * 9), math.gcd(10**30, 10**20 + 1), math.gcd(Seven(), 21))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 0, 6), math.lcm(2**70, 3**40), math.lcm(-4, 6))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10**20, 2), math.comb(5, 5), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(10**18, 3))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**62, 2**64 - 1]], math.isqrt(10**100), math.isqrt(True))
print(math.floor(7), math.floor(-7), math.floor(2**100), math.ceil(True), math.trunc(-(10**30)))
print(math.floor(1e20), math.ceil(-1e25), math.trunc(1.5e300) == int(1.5e300), math.floor(-0.5), math.ceil(-0.5))
print(math.sqrt(2**200), math.sqrt(10**20), math.exp(True), math.fabs(-(2**64)), math.copysign(3, -0.0))
print(math.prod([]), math.prod(range(1, 11)), math.prod([2, 3.5]), math.prod([], start=5), math.prod([2] * 100))
print(math.prod([[1], 2], start=1), math.prod(['ab', 3]), math.prod([3, 'ab']), math.prod([1, 2], start=2.5))
print(math.fsum([1, 2**60, -(2**60)]), math.hypot(3, 4), math.hypot(True, 2**30), math.dist([0, 0], (3, 4)))
for bad in ["math.factorial(-5)", "math.factorial(2.5)", "math.gcd(2, 'x')", "math.lcm(2**64, 1.0)",
            "math.comb(5, -1)", "math.comb(-5, 1)", "math.comb(1.0, 1)", "math.perm(-1)", "math.perm(3, 1.5)",
            "math.isqrt(-(10**30))", "math.isqrt('9')", "math.floor(float('inf'))", "math.ceil(float('-inf'))",
            "math.floor(float('nan'))", "math.trunc(float('nan'))", "math.sqrt(2**2000)", "math.exp(2**2000)",
            "math.factorial(2**70)", "math.perm(2**70, 2**65)", "math.gcd(x=1)", "math.prod([1], start=1, step=2)",
            "math.prod(5)", "math.fsum([1, 'a'])", "math.hypot(1, None)", "math.dist((1,), (1, 2))"]:
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
