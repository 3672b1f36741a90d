# Indexing, item assignment and unpacking of exact lists and tuples, and the
# same operations on subclasses and out-of-range or wrongly typed indexes.
a = [10, 20, 30]
t = (1, 2, 3)
print(a[0], a[-1], a[-3], t[1], t[-2])
for bad in (3, -4, 10**20, -(10**20)):
    for seq in (a, t):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad, e)
try:
    a[1.0]
except TypeError as e:
    print(e)
try:
    t["x"]
except TypeError as e:
    print(e)
print(a[True], t[False])

a[0] = "x"
a[-1] = "z"
print(a)
for bad in (3, -4):
    try:
        a[bad] = 1
    except IndexError as e:
        print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
a[True] = "y"
print(a)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("set", i, v)


class T(tuple):
    def __getitem__(self, i):
        return ("T", i)


sub = L([1, 2, 3])
print(sub[0], T((4, 5))[1])
sub[0] = 9
print(list.__getitem__(sub, 0))


class Dying:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


d = [Dying("first")]
d[0] = Dying("second")
print("replaced")
d[0] = 0
print("cleared")

x, y, z = [1, 2, 3]
p, q = (4, 5)
print(x, y, z, p, q)
for seq in ([1, 2], (1, 2, 3, 4), [], ()):
    try:
        m, n, o = seq
    except ValueError as e:
        print(e)
(i, j), k = [(1, 2), 3]
print(i, j, k)
print([(u, v) for u, v in [[1, 2], (3, 4)]])


class U(tuple):
    def __iter__(self):
        yield "from"
        yield "iter"


g, h = U((1, 2))
print(g, h)

s = list(range(10))
s[2:5] = s[5:8]
print(s)
s[:] = s
print(s)
s[1:3] = []
print(s)
s[0:0] = ["a", "b"]
print(s)
s[::2] = "ABCDE"
print(s)
try:
    s[::2] = "AB"
except ValueError as e:
    print(e)
s[len(s):] = [99]
print(s, s[1:8:3], s[::-3], s[-2:2:-2], s[5:1], "hello"[1:4], "héllo"[1:4], "abc"[5:9])
