class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i, 0] for i in range(*key.indices(self.w))]
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return self.w * self.h
    def __bool__(self):
        return bool(self.cells)
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]

g = Grid(3, 2)
print(bool(g), len(g))
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], "@" in g, "z" in g, bool(g))
print("".join(g), g[0:2], g[::2])
del g[0, 0]
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError", e)
try:
    g[5, 5]
except IndexError as e:
    print(e)
print(list(reversed([1, 2])), sorted(g, reverse=True)[:2])

class Slicer:
    def __getitem__(self, item):
        return item
s = Slicer()
print(s[1], s[1:2], s[::3], s[1, 2:3], s[...], s[:, None], s["k"])
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-3, None).indices(10))

class Len0:
    def __len__(self):
        return 0
class LenNeg:
    def __len__(self):
        return -1
class LenBig:
    def __len__(self):
        return 2 ** 70
print(bool(Len0()), not Len0())
for obj in [LenNeg()]:
    try:
        len(obj)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class BoolStr:
    def __bool__(self):
        return "yes"
try:
    bool(BoolStr())
except TypeError as e:
    print(e)

lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [9, 9, 9, 9]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
del lst[::3]
print(lst)
lst[len(lst):] = [7]
print(lst, lst[-1], lst[-100:2])
try:
    lst[100]
except IndexError as e:
    print(e)
try:
    lst["x"]
except TypeError as e:
    print(e)
t = (1, 2, 3)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
d = {"a": 1}
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
print(d.get("z"), d.setdefault("b", []), d, d.pop("a"), d.pop("q", None), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(e)
try:
    {}.pop("missing")
except KeyError as e:
    print(repr(e))
