# A subclass of tuple.
class T(tuple):
    pass

t = T([1, 2, 3])
print(t, repr(t), type(t).__name__, len(t), t[0], t[1:], type(t[1:]).__name__)
print(t + (4,), type(t + (4,)).__name__, 2 in t, t == (1, 2, 3), hash(t) == hash((1, 2, 3)))
print({t: 'x'}[(1, 2, 3)], t.count(1), t.index(3), tuple(t), type(tuple(t)).__name__, T())
a, b, c = t
print(a, b, c, *t, sorted(T([3, 1])), max(t), T(x * 2 for x in range(3)))
