# Generators take their names from the function at the time they are made.
def producer():
    yield 1


class Holder:
    def method(self):
        yield self

    @staticmethod
    def nested():
        def inner():
            yield
        return inner()


p = producer()
print(p.__name__, p.__qualname__, p.gi_code.co_name)
producer.__name__ = "renamed"
producer.__qualname__ = "Renamed.qual"
q = producer()
print(q.__name__, q.__qualname__, q.gi_code.co_name, p.__name__)
print(Holder().method().__qualname__)
print(Holder.nested().__qualname__)
print((x for x in []).__qualname__)
print(type(p) is type(q), type(p).__name__, type(p).__module__)
print(repr(p).startswith("<generator object producer at 0x"))
print(repr(q).startswith("<generator object Renamed.qual at 0x"))
code = p.gi_code
print(code.co_flags & 0x20 != 0, code.co_varnames, code.co_argcount)
