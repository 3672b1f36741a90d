# fractions.Fraction: construction from ints, strings, floats and other
# fractions; arithmetic mixed with int, float and complex; comparisons,
# hashing, rounding, limit_denominator and the errors.
import math
from fractions import Fraction

print(Fraction(3, 4), Fraction(6, -8), Fraction(5), Fraction(), repr(Fraction(1, 3)))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("1e-3"), Fraction("2.5E2"), Fraction("1_000/3"))
print(Fraction(0.1), Fraction.from_float(0.5), Fraction(Fraction(1, 2), Fraction(3, 4)))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3)
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a + 1j, 2 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2))
print(-a, +a, abs(Fraction(-3, 7)), int(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2), float(Fraction(1, 8)))
print(a < b, a > b, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1) == 1, a <= 0.4)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)) == hash(-1))
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(1, 3)]), bool(Fraction(0)), bool(a))
print(Fraction(math.pi).limit_denominator(100), Fraction(3.14159).limit_denominator(1000))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(10, 4).as_integer_ratio())
print({Fraction(1, 2): "half"}[Fraction(2, 4)], max(Fraction(1, 2), Fraction(2, 3)))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x/2"), lambda: Fraction("1/0"),
            lambda: Fraction([1]), lambda: Fraction(1.5, 2), lambda: a / 0,
            lambda: Fraction.from_float("1"), lambda: a.limit_denominator(0),
            lambda: Fraction("1.5/2")]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
