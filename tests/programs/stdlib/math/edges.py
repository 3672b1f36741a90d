# Edge cases of math: subnormals, overflow boundaries, signed zeros, huge ints.
import math
tests = ["math.factorial(3000) % 1000003", "math.comb(3000, 1500) % 1000003", "math.perm(3000, 1500) % 1000003",
 "math.isqrt(10**1000) == 10**500", "math.gcd(3**500, 6**300) == 3**300", "math.lcm(-4, -6)", "math.ldexp(5e-324, -1)",
 "math.ldexp(5e-324, 1)", "math.ldexp(1.5, -1074)", "math.ldexp(-1.0, 2000)", "math.frexp(5e-324)", "math.frexp(-0.0)",
 "math.frexp(math.inf)", "math.ulp(5e-324)", "math.ulp(1.7976931348623157e308)", "math.ulp(0.0)", "math.ulp(-1.0)",
 "math.nextafter(0.0, -1)", "math.nextafter(-5e-324, 1)", "math.nextafter(1.7976931348623157e308, math.inf)",
 "math.nextafter(math.inf, 0)", "math.dist(p=1, q=2)", "math.fsum(x/10 for x in range(100))", "math.log(True)",
 "math.log(2**1024, 2**512)", "math.log10(10**309)", "math.hypot(*[1e308]*4)", "math.hypot(*[5e-324]*3)",
 "math.dist((1e308, -1e308), (-1e308, 1e308))", "math.prod(x for x in range(1, 30))", "math.pow(-0.0, -3)",
 "math.pow(-2, 0.5)", "math.pow(math.inf, -1)", "math.pow(1, math.nan)", "math.fmod(math.inf, 1)", "math.fmod(-5, 3)",
 "math.remainder(5, math.inf)", "math.copysign(math.nan, -1)", "math.atan2(-0.0, -0.0)", "math.gamma(171.7)",
 "math.gamma(-171.5)", "math.gamma(-0.0)", "math.lgamma(-0.5)", "math.lgamma(2**60 + 0.0)", "math.gamma(1e-300)",
 "math.trunc(-0.0)", "math.floor(-1e-300)", "math.ceil(1e-300)", "math.isclose(1e-300, 0, abs_tol=1e-290)",
 "math.isclose(math.inf, -math.inf)", "math.comb(10**30, 1)", "math.perm(10**30, 2)", "math.factorial(0)",
 "math.sqrt(-0.0)", "math.exp(-1000)", "math.expm1(1e-20)", "math.log1p(-1)", "math.atanh(-0.0)", "math.acosh(1e308)",
 "math.asinh(-1e300)", "math.sinh(-1000)", "math.tanh(1000)", "math.degrees(1e308)", "math.radians(1e308)"]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
