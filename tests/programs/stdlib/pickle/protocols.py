# The bytes pickle.dumps writes for built-in values at every protocol, and
# that loads gives the values back.
import pickle

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31,
    2**31, -2**31 - 1, 2**64, -2**100, 1.5, -0.0, 1e300, float("inf"),
    "", "abc", "a\nb\\c", "é€😀", "x" * 300, b"", b"xy", b"z" * 300,
    bytearray(b"ab"), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    [], [1, [2, [3]]], {}, {"a": 1, "b": [2]}, set(), {1, 2, 3},
    frozenset(), frozenset({"k"}), 1 + 2j, range(1, 10, 3), slice(1, 2),
    ..., NotImplemented, len, int, type(None), pickle.Pickler,
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or back is v
        print(" ", repr(v)[:40], data[:70], len(data), same)

print(pickle.dumps(list(range(2000)), 2)[:20], len(pickle.dumps(list(range(2000)), 2)))
big = {i: str(i) for i in range(1500)}
for proto in range(6):
    data = pickle.dumps(big, proto)
    print(proto, len(data), pickle.loads(data) == big)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2], pickle.DEFAULT_PROTOCOL))
print(pickle.dumps(5, -1)[:2])
