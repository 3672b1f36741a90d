# statistics: averages and spread over ints, floats and Fractions (with
# the result types CPython gives), medians, modes, quantiles, regression,
# NormalDist, and the StatisticsError cases.
import statistics as st
from fractions import Fraction

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.5, 3.25, 5.75, 1.0]
fracs = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 6)]
print(st.mean(ints), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean(floats), st.mean(fracs))
print(st.fmean(ints), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([1, 2, 4]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]))
print(st.median(ints), st.median([3, 1, 2]), st.median_low(ints), st.median_high(ints))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3]), st.mode("abracadabra"), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(ints), st.pvariance(ints), st.variance(floats), st.variance(fracs), st.pvariance([1, 2]))
print(st.stdev(ints), st.pstdev(ints), st.stdev(floats), st.stdev(fracs), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1.0, 2.0, 3.0], mu=2))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=4))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True), st.mean([True, False, True, True]))
print(st.mean([1, float("inf")]), st.mean([Fraction(1), 2.0]))
n = st.NormalDist(100, 15)
print(n, n.pdf(100), round(n.cdf(130), 10), n.zscore(115), n.variance, n + 5, n * 2, n - st.NormalDist(10, 20))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), n == st.NormalDist(100, 15), -n, 10 - n)
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]),
            lambda: st.median([]), lambda: st.mode([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
            lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.fmean([]),
            lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1, 2]), lambda: st.NormalDist(0, -1),
            lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.mean(["a"]), lambda: st.quantiles([1, 2], method="x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(st.StatisticsError, ValueError))
