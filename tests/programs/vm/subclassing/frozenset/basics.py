# Subclasses of frozenset: hashable, immutable.
class FS(frozenset):
    pass

f = FS([1, 2])
print(f, repr(f), type(f).__name__, hash(f) == hash(frozenset([1, 2])), {f: 'v'}[frozenset([1, 2])])
print(f | {3}, type(f | {3}).__name__, FS(), f == frozenset([1, 2]), f.union([4]), type(f.union([4])).__name__)
print(f.issubset({1, 2, 3}), frozenset(f), type(frozenset(f)).__name__, 1 in f, len(f))
try:
    f.add(3)
except AttributeError as e:
    print('AttributeError:', e)
