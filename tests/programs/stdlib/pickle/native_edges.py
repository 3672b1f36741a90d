# Byte identity of pickle.dumps at every protocol for the shapes where the
# pickler's bookkeeping shows: shared and recursive containers, a tuple
# that reaches itself through a list, memo indexes past 255, batches of
# exactly 1000 items, frames past 64 KiB, text with lone surrogates, and
# values mixed with instances that are reduced.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


def show(label, value, protocols=range(6)):
    for p in protocols:
        data = pickle.dumps(value, p)
        print(label, p, len(data), data[:60], data[-30:])


shared = [1, "two", 3.0]
show("shared", [shared, shared, (shared, shared)])

looped = [1, 2]
looped.append(looped)
show("list-loop", looped)

d = {"k": None}
d["self"] = d
show("dict-loop", d)

holder = []
t = (holder, "t")
holder.append(t)
show("tuple-loop", t)

many = ["s%d" % i for i in range(300)]
show("memo>255", [many, many[::-1]], protocols=(0, 1, 2, 4))

show("list1000", list(range(1000)), protocols=(1, 2, 4))
show("dict1000", {i: i for i in range(1000)}, protocols=(1, 4))
show("set1000", set(range(1000)), protocols=(4, 5))
show("frozen1000", frozenset(range(1000)), protocols=(4,))

show("big-frames", ["x" * 40000, b"y" * 70000, "z" * 30000, [1] * 20000], protocols=(4, 5))
show("surrogates", ["a\ud800b", "\udfff"], protocols=(0, 1, 3, 4))
show("mixed", {"p": [Point(1, 2), Point(1, 2)], "n": (None, True, -5, 2 ** 40, -2 ** 70)})
show("ints", [0, 255, 256, 65535, 65536, -1, -128, -129, 2 ** 31, -2 ** 31 - 1, 2 ** 63, -2 ** 63, 2 ** 2100])
show("floats", [0.1, -0.0, 1e300, float("inf"), float("-inf"), 1e16, 123456789.125], protocols=(0, 1))
show("text0", ["\\", "\x00\n\r\x1a", "\xe9\u20ac\U0001f600"], protocols=(0,))
show("bytearrays", [bytearray(b"abc"), bytearray()], protocols=(2, 3, 4, 5))

for value in (looped, d, t, [many, many], {"p": [Point(1, 2)]}):
    for p in range(6):
        back = pickle.loads(pickle.dumps(value, p))
        print(type(back).__name__, repr(back)[:60])
back = pickle.loads(pickle.dumps(looped, 4))
print(back[2] is back)
back = pickle.loads(pickle.dumps(t, 2))
print(back[0][0] is back)
back = pickle.loads(pickle.dumps(d, 1))
print(back["self"] is back)
