# A class's __dict__ is a read-only, live mappingproxy; types.MappingProxyType
# over any mapping.
class A:
    x = 1
    def m(self): pass
p = A.__dict__
print(type(p).__name__, p['x'], 'x' in p, 'y' in p, len(p) == len(dict(p)), p.get('x'), p.get('zz', 5), sorted(p.keys())[:3])
print(repr(p)[:24], str(p)[:14], list(p)[:2], type(p.copy()).__name__)
for stmt in ["p['x'] = 2", "p.y = 1"]:
    try: exec(stmt)
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
A.z = 3
print(p['z'], 'z' in p)
import types
m = types.MappingProxyType({'a': 1})
print(m, repr(m), m | {'b': 2}, {'c': 3} | m, m == {'a': 1}, m != {'a': 2}, list(reversed(m)), m.copy(), len(m), 'a' in m, m.get('z', 0), m.keys(), m.values(), m.items())
for stmt in ["types.MappingProxyType([1])", "hash(m)", "m |= {}", "m['q']"]:
    try: exec(stmt)
    except (TypeError, KeyError) as e: print(type(e).__name__, e)
print(type.__dict__['__name__'], int.__dict__['real'], vars(A)['x'])
