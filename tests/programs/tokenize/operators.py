# pyrite-args: -m tokenize -e
x = 1
x += 1; x -= 1; x *= 2; x /= 2; x //= 1; x %= 7; x **= 2; x @= x
x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1
y = (x < 1, x > 2, x == 3, x != 4, x <= 5, x >= 6, ~x, -x, +x)
z = [x & 1 | 2 ^ 3 << 4 >> 5, x @ x, x[1:2], {1: 2}]
w = ...
def f() -> None: pass
if (n := 10) > 5: print(n)
