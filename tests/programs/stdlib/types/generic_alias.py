# Parameterized generics (PEP 585) of the collections classes and ABCs,
# as annotations, calls and bases; types.MappingProxyType.
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap
from collections.abc import Iterable, Mapping, Callable, Sequence
import types
def f(x: Iterable[int], y: Mapping[str, list[int]] = None) -> Sequence[tuple[int, ...]]: pass
print(f.__annotations__)
print(deque[int], defaultdict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int], Iterable[int], Mapping[str, int])
a = deque[int]([1, 2]); print(a, type(a))
print(types.GenericAlias, types.MappingProxyType, Iterable[int] == Iterable[int], Iterable[int].__origin__, Iterable[int].__args__)
class My(Iterable[int]):
    def __iter__(self): return iter([])
print(My.__mro__[1], My.__orig_bases__)
try: isinstance([], Iterable[int])
except TypeError as e: print(e)
m = types.MappingProxyType({'a': 1}); print(m, m['a'], len(m), list(m), 'a' in m)
try: m['b'] = 2
except TypeError as e: print(e)
