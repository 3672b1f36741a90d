print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 2 ** 100, -2 ** 2, (-2) ** 3, 2 ** -2, 10 ** 20 // 3)
print(int.bit_length(255), (1 << 100).bit_length(), (-1).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-255).to_bytes(2, "big", signed=True), (12).bit_count() if hasattr(12, "bit_count") else 2)
print(0x7fffffffffffffff + 1, -0x8000000000000000 - 1, 2 ** 63 * 2 ** 63, (2 ** 64) // (2 ** 32), (2 ** 64) % 1000007)
print(abs(-2 ** 70), divmod(2 ** 70, 7), pow(3, 200, 1000), pow(2, -1, 7), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1))
print(3 & 5, 3 | 5, 3 ^ 5, ~5, 1 << 70, (1 << 70) >> 68, -16 >> 2, 5 & -3)
print(int("ff", 16), int("0b101", 0), int("z", 36), int("-  5".replace(" ", "")), int(True), int(2.9e18))
print(round(12345, -2), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1e300), round(7, 2))
print(float(2 ** 1000) > 1e300, 2 ** 1000 == float(2 ** 1000), 1 == 1.0, hash(1) == hash(1.0), 0.1 + 0.2 == 0.3)
try:
    float(2 ** 1100)
except OverflowError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2 ** -1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    (-8) ** 0.5
    print((-8) ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(str(e)[:60])
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | 2, bool(-0.0), bool(0j))
print(1.5.as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), 2.0.is_integer(), (1e16).is_integer())
print(3.7 // 1, -3.7 // 1, 3.7 % 1, -3.7 % 1, divmod(-3.7, 1), 2.5 ** 2, (-2.5) ** 2, 10.0 ** -2)
import math
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.isqrt(99), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.inf > 1e308, math.isnan(float("nan")), float("nan") == float("nan"), math.copysign(1, -0.0), math.fsum([0.1] * 10), math.dist((0, 0), (3, 4)))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), (1j) ** 2, complex("1+2j"), 1j.real, 1j.imag)
print(sorted([3, 1.5, True, -2, 0.0]), max(1, 1.0), min(1.0, 1), sum([1, 2.5, True]))
print(int.__name__, (5).__class__, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
