# wraps/update_wrapper, total_ordering, cmp_to_key, cached_property,
# partialmethod, singledispatch and singledispatchmethod.
import functools
from functools import (wraps, update_wrapper, total_ordering, cmp_to_key,
                       cached_property, partialmethod, singledispatch,
                       singledispatchmethod)


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.__wrapped__.__name__)


def plain():
    pass


plain.custom = 1


def other():
    pass


update_wrapper(other, plain, assigned=("__doc__",), updated=())
print(other.__name__, hasattr(other, "custom"), other.__wrapped__ is plain)
update_wrapper(other, plain)
print(other.__name__, other.custom)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __ge__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts >= other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) < Version(2), Version(1) > Version(2), Version(2) <= Version(2))
print(Version.__lt__.__name__, Version.__le__.__name__, Version.__gt__.__name__)
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError", e)
try:
    total_ordering(type("Plain", (), {}))
except ValueError as e:
    print("ValueError", e)

words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
print(K.__hash__)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)


@singledispatch
def describe(x):
    return f"thing {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(float)
@describe.register(complex)
def _(x):
    return f"number {x}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


print(describe(1), describe(2.5), describe(1j), describe("s"), describe(True))
print(describe([1, 2.0, "x"]))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))


class Shape:
    pass


class Square(Shape):
    pass


@describe.register
def _(x: Shape):
    return "a shape"


print(describe(Square()))
try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    describe.register(3)
except TypeError as e:
    print("TypeError", e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg:03}"

    @fmt.register
    def _(self, arg: str):
        return f"str {arg.upper()}"


f = Formatter()
print(f.fmt(7), f.fmt("x"), f.fmt(1.5))
