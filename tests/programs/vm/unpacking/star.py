# Star unpacking in assignments, calls, literals and for-loops.
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
first, *middle, last = range(6)
print(first, middle, last)
print(*[1, 2], *"ab", sep="-")
merged = [*range(3), *(7, 8)]
both = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged, both, {*"abc", *"bcd"} == set("abcd"), (*merged,))
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=" ")
print()
def f(*args, **kwargs):
    return args, kwargs
print(f(*range(2), *[5], k=1, **{"m": 2}))
(p, q), r = "xy", "z"
print(p, q, r)
x = y = z = 0
x += 1
print(x, y, z)
i, j = j, i = 1, 2
print(i, j)
