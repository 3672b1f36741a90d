# What a class statement's namespace gets: __dict__ and __weakref__
# descriptors when its instances gain them, and __doc__.
import weakref

class A: pass
class B(A): pass
class N(int): pass
class E(Exception): pass
class M(type): pass
class S:
    __slots__ = ('x',)
class S2(S): pass
class L(list): pass
class T(tuple): pass
class D:
    "a docstring"
for c in [A, B, N, E, M, S, S2, L, T, D]:
    print(c.__name__, [k for k in c.__dict__ if k not in ('__slots__', 'x')], c.__doc__)
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
a.y = 2
a.__dict__ = {'x': 1}
print(a.x, a.__dict__, hasattr(a, 'y'))
for stmt in ["a.__dict__ = 5", "a.__weakref__ = 5", "del a.__dict__"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as err:
        print(type(err).__name__, err)
n = N(3)
n.__dict__ = {'z': 1}
print(n.z, n + 1)
