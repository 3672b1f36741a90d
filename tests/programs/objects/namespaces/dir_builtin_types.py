# dir() of the built-in types, exceptions and interpreter classes whose
# namespaces are complete: every method and data descriptor CPython lists.
import builtins

def cellf():
    x = 1
    def g(): return x
    return g.__closure__[0]

types = [object, int, bool, float, complex, dict, set, frozenset, slice,
         classmethod, enumerate, map, filter, type(cellf()), type(builtins),
         type(None), type(NotImplemented), type(...), type(len)]
for t in types:
    print(t.__name__, sorted(dir(t)))
for name in dir(builtins):
    obj = getattr(builtins, name)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        print(name, len(dir(obj)), sorted(set(dir(obj)) - set(dir(BaseException))))
print(sorted(dir(BaseException)))
