# Code object attributes are views of the compiled code.
def sample(a, b=1, *args, c, d=2, **kw):
    local_value = a + b

    def inner():
        return local_value + c

    return inner


co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_firstlineno)
inner = sample(1, c=3)
print(inner.__code__.co_freevars, inner.__code__.co_name, inner.__qualname__, inner())
print(type(co.co_code).__name__, len(co.co_code) % 2 == 0, isinstance(co.co_consts, tuple))
print(sample.__defaults__, sample.__kwdefaults__, sample.__name__, sample.__module__)


def gen():
    yield 1


print(gen.__code__.co_flags & 0x20 != 0, (lambda: 0).__code__.co_name)
