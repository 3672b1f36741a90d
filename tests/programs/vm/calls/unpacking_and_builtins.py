def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw

print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*[1, 2], *(3, 4), d=0, **{"e": 9, "q": 1}))
print(f(1, **{"d": 2}, **{"c": 7}))
for call in [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, a=2, d=3),
    lambda: f(1, d=1, **{"d": 2}),
    lambda: f(1, d=1, d2=3, **{"e": 1}, e=2),
    lambda: f(1, 2, 3, d=4, c=5),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def g(*, only):
    return only
for call in [lambda: g(1), lambda: g(), lambda: g(only=1, other=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def h(x, y):
    return x - y
print(h(y=1, x=10), h(*(5,), **{"y": 2}))
try:
    h(*5)
except TypeError as e:
    print(e)
try:
    h(**[1])
except TypeError as e:
    print(e)
try:
    h(**{1: 2})
except TypeError as e:
    print(e)

a, *rest = range(5)
*init, last = "hello"
x, (y, z), w = 1, [2, 3], 4
print(a, rest, init, last, x, y, z, w)
first, *middle, final = [1, 2]
print(first, middle, final)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, {*[1, 2], *[2, 3]})
print(max([3, 1, 2], key=lambda v: -v), min("b", "a", "c"), max([], default="empty"))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0], reverse=True))
print(list(zip([1, 2, 3], "ab")), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(enumerate("ab", start=10)), dict(zip("ab", range(2))))
print(isinstance(3, (str, (int, float))), issubclass(bool, int))
print(getattr(3, "real"), getattr(3, "nope", "default"), hasattr([], "append"))
try:
    getattr(3, "nope")
except AttributeError as e:
    print(e)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2), divmod(-7, 2), divmod(7.5, 2))
print(abs(-3), abs(-2.5), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 0.5))
print(int("0x1f", 16), int("  42  "), int("1_000"), float(" 1e3 "), int(3.99), int(-3.99))
for bad in ["", "1.5", "abc", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(chr(65), ord("€"), hex(255), oct(8), bin(-5), format(255, "#x"), ascii("é"))
print(sum([[1], [2]], []), sum((0.1,) * 10), any([]), all([]), any(x > 2 for x in range(4)))
