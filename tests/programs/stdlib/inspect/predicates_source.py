# inspect predicates, getmembers, getdoc/cleandoc, generator and
# coroutine states, currentframe, getsource, unwrap and getattr_static.
import functools
import inspect


class Animal:
    """An animal.

        Indented detail.
    """

    legs = 4

    def speak(self):
        """Make a sound."""
        return "..."

    @property
    def kind(self):
        return "animal"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper():
        return 1


class Dog(Animal):
    def speak(self):
        return "woof"


def gen():
    yield 1
    yield 2


async def coro():
    return 1


async def agen():
    yield 1


def plain(x):
    return x


class Managed:
    def __get__(self, obj, owner=None):
        return 1

    def __set__(self, obj, value):
        pass


objects = [Animal, Dog(), Dog().speak, Animal.speak, plain, gen, gen(), coro, agen, len, inspect,
           Managed(), 3]
checks = [inspect.isclass, inspect.ismethod, inspect.isfunction, inspect.isgeneratorfunction,
          inspect.isgenerator, inspect.iscoroutinefunction, inspect.isasyncgenfunction,
          inspect.isbuiltin, inspect.ismodule, inspect.isroutine, inspect.isdatadescriptor]
for obj in objects:
    print(type(obj).__name__, [int(check(obj)) for check in checks])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()

print([name for name, _ in inspect.getmembers(Dog, inspect.isfunction)])
print([name for name, value in inspect.getmembers(Dog()) if not name.startswith("__")])
print(inspect.getmembers(Animal, lambda v: isinstance(v, int)))
print(repr(inspect.getdoc(Animal)))
print(inspect.getdoc(Dog.speak), inspect.getdoc(Dog().speak), inspect.getdoc(plain))
print(repr(inspect.cleandoc("\n   first\n     second\n   third\n\n")))

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))


def report_running():
    print(inspect.getgeneratorstate(running))
    yield


running = report_running()
next(running)
c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print(inspect.getcoroutinestate(c))


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name


print(where())
print(inspect.getsource(plain), end="")
print(inspect.getsource(Dog), end="")
print(inspect.getsourcelines(Animal.create)[1])


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
@deco
def deep():
    pass


print(inspect.unwrap(deep) is deep.__wrapped__.__wrapped__, inspect.isabstract(Animal))
print(type(inspect.getattr_static(Dog(), "kind")).__name__, inspect.getattr_static(Dog, "legs"))
print(inspect.getmodule(Dog).__name__, inspect.ismethoddescriptor(Animal.__dict__["helper"]))
