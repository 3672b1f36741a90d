# Tuple unpacking into many names in a tight loop.
def f(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10); tot = 0
    for _ in range(n):
        a, b, c, d, e, f_, g, h, i, j = t
        a, b, c, d, e, f_, g, h, i, j = t
        tot += a + j
    return tot
print(f(1000000))
