def make(a, b=2, *args, c, d=4, **kw):
    """Docstring here."""
    e = a + b
    def inner():
        return e + c
    return inner

print(make.__name__, make.__qualname__, make.__module__, make.__doc__)
print(make.__defaults__, make.__kwdefaults__)
co = make.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars)
print(co.co_name, co.co_qualname, co.co_firstlineno, hex(co.co_flags))
inner = make(1, c=3)
print(inner.__qualname__, inner.__code__.co_freevars, [c.cell_contents for c in inner.__closure__])
print(inner())
make.attr = "custom"
print(make.__dict__, make.attr)
def annotated(x: int, y: "str" = "s") -> list:
    pass
print(annotated.__annotations__)
print(make.__globals__ is globals(), type(make.__builtins__ if hasattr(make, "__builtins__") else None).__name__)
print(callable(make), callable(1), callable(type))
class K:
    def method(self): pass
    @classmethod
    def cm(cls): pass
print(K.method.__qualname__, K().method.__qualname__, K.cm.__self__ is K)
print(K.method.__name__, type(K().method).__name__, type(K.method).__name__)
print(len.__name__, len.__qualname__, type(len).__name__, len.__self__)
print([].append.__name__, type([].append).__name__, [].append.__qualname__)
print(sorted(n for n in dir(make) if not n.startswith("__")))
f = lambda x, *, y=1: x
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_kwonlyargcount)
def posonly(a, b, /, c):
    pass
print(posonly.__code__.co_posonlyargcount, posonly.__code__.co_varnames)
def gen():
    yield 1
print(hex(gen.__code__.co_flags), gen.__code__.co_flags & 0x20 != 0)
