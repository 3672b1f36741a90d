# reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key,
# cached_property and singledispatch at a glance.
import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords)
def f(a, b, c=0, *, d=1): return (a, b, c, d)
q = partial(f, 1, d=5)
print(q(2), q(2, 3, d=7), partial(q, 9)(), partial(q, 9).args, partial(q, 9).func is f)
print(repr(partial(f, 1, d=5)).startswith('functools.partial(<function f at'))
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello(x):
    "doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__ is not None, hello(3))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) >= V(2), V(2) >= V(2), V(3) > V(2), V(1) <= V(1), V.__gt__.__name__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def val(self):
        print('computing val'); return 42
c = C(); print(c.val, c.val)
@singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
try: reduce(lambda a,b:a, [])
except TypeError as e: print(e)
