# Float functions of math against a spread of arguments: results print as CPython's.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
xs = [0.0, -0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 7.25, 10.0, 33.3, 100.0, 709.0, 1e-300, 1e-10,
      -0.3, -1.0, -2.5, -7.75, -40.0, 1e300, 5e-324, float('inf'), float('-inf'), float('nan'), 3, 10**20, True]
names = ["sqrt", "cbrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
         "tanh", "asinh", "acosh", "atanh", "fabs", "gamma", "lgamma", "degrees", "radians",
         "log", "log2", "log10", "isfinite", "isinf", "isnan", "modf", "frexp", "ulp", "floor", "ceil", "trunc"]
for name in names:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, " ".join(out))

pairs = [(2.0, 3.0), (2.0, 0.5), (-2.0, 3.0), (-8.0, 1 / 3), (0.0, -1.0), (0.0, 0.0), (1.0, float('nan')),
         (float('nan'), 0.0), (10.0, 400.0), (1e-200, 2.0), (7.0, -2.5), (5.5, 2.0), (-5.5, 2.0),
         (float('inf'), 2.0), (2.0, float('inf')), (-1.0, float('inf')), (3, 4), (1e308, 1e308)]
for name in ["pow", "atan2", "copysign", "fmod", "nextafter", "hypot", "log", "isclose", "remainder"]:
    f = getattr(math, name, None)
    if f is None:
        continue
    out = []
    for a, b in pairs:
        try:
            out.append(repr(f(a, b)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__[0])
    print(name, " ".join(out))

for x, e in [(1.0, 10), (0.75, -1074), (0.75, -1075), (1.0, -1075), (0.5, -1073), (1.5, 1023), (1.0, 1024),
             (-3.0, 5), (0.0, 10**40), (1.0, -10**40), (float('inf'), -5), (2**52 + 1, -1080)]:
    try:
        print("ldexp", x, e, repr(math.ldexp(x, e)))
    except OverflowError as err:
        print("ldexp", x, e, "OverflowError:", err)

print(math.log(8, 2), math.log(100, 10), math.log(10**400, 10), math.log(2**3000, 2), math.log10(10**500))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(1, 2, 3, 4), math.hypot(1e-320, 1e-320),
      math.hypot(1.5, 2.5, 3.5), math.hypot(float('nan'), float('inf')))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], (1.7, -2.2, 9.9)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(1000)), math.fsum([float('inf'), 1.0]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0**53, 1.0, 2.0**-60]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
erf_args = [0.0, -0.0, 1e-310, 1e-20, 0.1, 0.25, 0.3, 0.5, 0.84375, 0.9, -1.0, 1.2, 1.25, 1.4, 2.0, 2.857,
            2.86, 3.5, 5.9, -6.0, 6.5, 27.0, 28.0, 40.0, math.inf, -math.inf, math.nan]
for x in erf_args:
    print(repr(x), repr(math.erf(x)), repr(math.erf(-x)), repr(math.erfc(x)), repr(math.erfc(-x)))
print([math.gamma(x) for x in [0.5, 1.0, 5.0, 23.0, 24.0, 30.5, 150.5, -0.5, -2.5, -150.5, 1e-25]])
print([math.lgamma(x) for x in [0.5, 3.0, 10.5, 1000.0, 1e300, -0.5, -2.5, 1e-25]])
