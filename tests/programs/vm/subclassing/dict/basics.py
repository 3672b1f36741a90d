# A subclass of dict.
class D(dict):
    pass

d = D(a=1, b=2)
d['c'] = 3
print(d, type(d).__name__, len(d), d['a'], 'a' in d, list(d), d.get('z', 0), d.keys(), d.items())
print(d == {'a': 1, 'b': 2, 'c': 3}, dict(d), type(dict(d)).__name__, d.copy(), type(d.copy()).__name__)
print(D([('x', 1)]), D({'y': 2}, z=3), D(), bool(D()))
d.extra = 'attr'
print(d.extra, vars(d))
for k in d:
    print(k, end=' ')
print()
print(isinstance(d, dict), D.__mro__, d | {'z': 0}, type(d | {'z': 0}).__name__)
d2 = D(a=1)
d2 |= {'b': 2}
print(d2, type(d2).__name__)
