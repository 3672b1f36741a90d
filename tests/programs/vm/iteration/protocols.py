# The iteration protocols: __iter__/__next__, __getitem__ fallback,
# iter() on built-ins, unpacking from iterators, StopIteration.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), [a for a in Squares()])
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
a, b, *c = range(5)
print(a, b, c)
d = {"k1": 1, "k2": 2}
for k, v in d.items():
    print(k, v)
print(list(enumerate(range(3), 10)), dict(zip("ab", "xy")))
r = range(10, 0, -2)
print(list(r), len(r), r[1], 4 in r, 5 in r)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1]
except ValueError as e:
    print(e)
try:
    p, q = 7
except TypeError as e:
    print(e)
print(sorted({3: "c", 1: "a"}.items()), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
