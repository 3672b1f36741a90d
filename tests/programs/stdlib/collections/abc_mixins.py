# Classes built on collections.abc get their mixin methods.
from collections.abc import Sequence, MutableMapping, MutableSet, Set

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

s = Squares(6)
print(list(s), 16 in s, 5 in s, s.index(9), s.count(4), list(reversed(s)))
try:
    s.index(7)
except ValueError:
    print("ValueError from index")

class Registry(MutableMapping):
    def __init__(self):
        self._data = {}
    def __getitem__(self, key):
        return self._data[key.lower()]
    def __setitem__(self, key, value):
        self._data[key.lower()] = value
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

r = Registry()
r["A"] = 1
r.update({"B": 2}, C=3)
print(sorted(r.items()), r.get("a"), r.get("zz", 0), "b" in r, r.setdefault("D", 4), r.pop("c"))
print(r.popitem(), len(r), list(r.keys()), list(r.values()), r == {"b": 2, "d": 4})
r.clear()
print(len(r))

class Bits(MutableSet):
    def __init__(self, items=()):
        self._items = set()
        for item in items:
            self.add(item)
    def __contains__(self, item):
        return item in self._items
    def __iter__(self):
        return iter(sorted(self._items))
    def __len__(self):
        return len(self._items)
    def add(self, item):
        self._items.add(item)
    def discard(self, item):
        self._items.discard(item)

a = Bits([1, 2, 3])
b = Bits([3, 4])
print(list(a | b), list(a & b), list(a - b), list(a ^ b), a <= Bits([1, 2, 3, 4]), a == Bits([3, 2, 1]))
a |= [9]
a -= {1}
print(list(a), a.isdisjoint([7]), type(a | b).__name__)
a.remove(9)
print(list(a), a.pop() in (2, 3))
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)
print(Set._hash(frozenset()) == hash(frozenset()), Set._hash(Bits([1, 2])) == hash(frozenset([1, 2])))
