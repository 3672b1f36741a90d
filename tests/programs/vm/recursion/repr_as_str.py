# __repr__ rebound to object.__str__ calls repr() again without a Python
# frame: the recursion limit still stops it.
class Foo:
    pass


Foo.__repr__ = Foo.__str__
for f in (str, repr):
    try:
        f(Foo())
    except RecursionError:
        print(f.__name__, "RecursionError")
