# set operations.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, {1} < a, a.isdisjoint({9}))
a.add(10)
a.discard(1)
a.remove(2)
print(a, a.union([7]), a.intersection(b), a.difference(b), len(a), 10 in a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
fs = frozenset("hello")
print(sorted(fs), len(fs), "h" in fs, {fs: "frozen key"}[frozenset("olleh")])
print(set(), set("aab") == {"a", "b"}, sorted({x % 3 for x in range(10)}))
