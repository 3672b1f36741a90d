# collections.abc: the structural ABCs recognise classes by their methods;
# the built-in containers are registered with the nominal ones.
from collections import abc, deque, OrderedDict, Counter, defaultdict

def g():
    yield 1

samples = [[], (), "", b"", {}, set(), frozenset(), range(3), iter([]), g(),
           len, 3, deque(), OrderedDict(), Counter(), {}.keys(), {}.items(), {}.values()]
names = ["Iterable", "Iterator", "Generator", "Sized", "Container", "Collection",
         "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set",
         "MutableSet", "Hashable", "Callable", "Reversible", "ByteString",
         "KeysView", "ItemsView", "ValuesView", "MappingView"]
for name in names:
    cls = getattr(abc, name)
    hits = [type(s).__name__ for s in samples if isinstance(s, cls)]
    print(name, hits)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class NoIter:
    __iter__ = None

print(isinstance(Countdown(3), abc.Iterator), issubclass(Countdown, abc.Iterable))
print(isinstance(NoIter(), abc.Iterable), issubclass(list, abc.Hashable), issubclass(tuple, abc.Hashable))
print(issubclass(defaultdict, abc.MutableMapping), issubclass(dict, abc.Sequence))
print(abc.Sequence, abc.Iterable.__module__, sorted(abc.MutableMapping.__abstractmethods__))
print(list(Countdown(3)))
