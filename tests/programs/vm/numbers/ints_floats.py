# Integer and float behaviour through the VM.
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 64, 2 ** -2, 10 ** 20 // 3)
print(0.1 + 0.2, 1 / 3, 2.5 * 4, 1e300 * 10, -1e300 * 10, 3.0 // 2, 7.5 % 2)
print(int("-17"), int(" 42 "), int("1_000"), float("3.5"), float(" -inf "), round(-0.5), round(1.5))
print(abs(-0.0), max(1, 2.5), min(-1, -1.5), sum([0.1] * 10), 10 / 4, 10 // 4, 10 % 4)
print(True * 3, False + 1.5, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, (1 << 70) >> 68)
big = 123456789 ** 5
print(big, big % 1000, -big // 7, str(big)[:10], len(str(big)))
print(divmod(-7, 2), divmod(7.5, 2), pow(-2, 3), pow(2, 0.5), (-8) ** (1 / 3) == (-8) ** (1 / 3))
x = 5
x **= 2
x //= 3
x %= 5
x <<= 2
x |= 1
print(x, 3 < 4.5, 2 == 2.0, 0.1 + 0.2 == 0.3, 1_000_000, 0x1F, 0o17, 0b101)
print(int(2.9), int(-2.9), float(10), 1e-5, 1.5e16, 12345678901234567890.0, 3.14159e-10)
