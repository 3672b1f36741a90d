# set() and frozenset() of another set copy its table: same members, same
# iteration order, and frozenset() of an exact frozenset is that object.
class Bag(set):
    pass


class Frozen(frozenset):
    pass


source = set()
for item in (10, 3, 77, -4, "a", "bb", (1, 2)):
    source.add(item)
for removed in (3, "a"):
    source.discard(removed)
fs = frozenset(source)
copies = [set(source), frozenset(source), set(fs), frozenset(fs), set(Bag(source)),
          frozenset(Bag([5, 6])), Frozen(fs), set(frozenset()), frozenset(set())]
for c in copies:
    print(type(c).__name__, sorted(c, key=repr), list(c) == list(source) or list(c))
print(frozenset(fs) is fs, Frozen(fs) is fs, set(source) is source)
big = set(range(0, 3000, 7))
copy = set(big)
copy.add(-1)
print(len(big), len(copy), -1 in big, list(copy)[:5] == list(big)[:5])
try:
    set(source, source)
except TypeError as e:
    print(e)
try:
    frozenset(fs, x=1)
except TypeError as e:
    print(e)
