# Arithmetic on ints, floats and big ints through BINARY_OP.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a << 3, a >> 1, a & b, a | b, a ^ b, ~a)
x = 2 ** 100
print(x, x * x, x // 3, -x)
print(1.5 + 2, 7.0 / 2, 2 ** -1, 10 / 4, 3 * 1.1)
n = 10
n += 5
n *= 2
n -= 1
n //= 3
print(n)
print(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000))
print(round(2.675, 2), round(7.5), round(8.5), int("42"), float("1e3"), int(3.99))
print(True + True, 3 > 2 > 1, 1 < 2 < 2, 1 == 1.0, "a" < "b")
