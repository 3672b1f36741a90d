# The lecture's "user defined function object": attributes of functions.
def f():
    "f's docstring"
    pass


g = lambda x: x
print(f.__code__.co_name, g.__code__.co_name, f.__name__, g.__name__)
print(f.__doc__, g.__doc__, f.__dict__, f.__defaults__, f.__closure__)
print(f.__globals__ is globals(), f.__module__, type(f).__name__, type(f.__code__).__name__)


def h(a, b=2, *, c=3):
    return a + b + c


h.note = "attached"
print(h.__defaults__, h.__kwdefaults__, h.__dict__, h.note)
print(h.__code__.co_varnames, h.__code__.co_argcount, h.__code__.co_kwonlyargcount)
