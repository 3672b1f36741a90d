# dir() of the built-in types, exceptions and interpreter classes whose
# namespaces are complete: every method and data descriptor CPython lists.
import builtins

def cellf():
    x = 1
    def g(): return x
    return g.__closure__[0]

def f():
    pass

class C:
    def m(self):
        pass

d = {}
types = [object, int, bool, float, complex, str, bytes, bytearray, list, tuple,
         dict, set, frozenset, range, slice, staticmethod, classmethod,
         type(f), type(C().m), type(cellf()), type(builtins),
         type(None), type(NotImplemented), type(...), type(d.keys()),
         type(d.values()), type(d.items()), type(iter(d)), enumerate, map,
         filter, type(len), type(type.__dict__)]
for t in types:
    print(t.__name__, sorted(dir(t)))
for name in dir(builtins):
    obj = getattr(builtins, name)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        print(name, len(dir(obj)), sorted(set(dir(obj)) - set(dir(BaseException))))
print(sorted(dir(BaseException)))
