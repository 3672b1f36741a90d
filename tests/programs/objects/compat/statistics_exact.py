# statistics keeps Decimal and Fraction data in their own type.
import statistics
from decimal import Decimal
from fractions import Fraction

D = [Decimal("1.5"), Decimal("2.5"), Decimal("4.25")]
F = [Fraction(1, 3), Fraction(2, 3), Fraction(7, 5)]
for data in (D, F, [1, 2, 3, 4], [1.5, 2.5]):
    print(repr(statistics.mean(data)), repr(statistics.median(data)))
    print(repr(statistics.fmean(data)), repr(statistics.median_low(data)),
          repr(statistics.median_high(data)))
    print(repr(statistics.variance(data)), repr(statistics.pvariance(data)))
    print(repr(statistics.stdev(data)), repr(statistics.pstdev(data)))
print(repr(statistics.mean([Decimal("1.5"), Decimal("2.5")])))
print(repr(statistics.median([Decimal("1"), Decimal("2")])))
print(repr(statistics.mean([Fraction(1, 2), 1])))
print(repr(statistics.harmonic_mean([Decimal("2"), Decimal("4")])))
print(repr(statistics.geometric_mean([Decimal("2"), Decimal("8")])))
print(repr(statistics.mode(D + [Decimal("2.5")])))
print(repr(statistics.median_grouped([Decimal("1"), Decimal("2"), Decimal("2")])))
try:
    statistics.mean([Decimal("1"), Fraction(1, 2)])
except TypeError as e:
    print("TypeError", e)
