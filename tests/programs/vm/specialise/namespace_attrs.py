# Module and class attributes read by warmed-up LOAD_ATTR and LOAD_METHOD
# instructions stay right when the module or class changes.
import math
import types


def root(x):
    return math.sqrt(x)


def pi_ref():
    return math.pi


def warm(f, *args):
    for _ in range(100):
        r = f(*args)
    return r


print(warm(root, 16.0), warm(pi_ref))
saved = math.sqrt
math.sqrt = lambda x: "patched"
print(root(16.0))
del math.sqrt
try:
    root(16.0)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = saved
print(root(25.0))

# A module made at run time, and the same instruction meeting another module.
m = types.ModuleType("made")
m.value = "first"


def read_value(mod):
    return mod.value


print(warm(read_value, m))
m.value = "second"
print(read_value(m))


print(read_value(math) if hasattr(math, "value") else "math has no value")

class Palette:
    RED = "red"
    SIZES = (1, 2, 3)

    def shade(self):
        return "shade"

    @staticmethod
    def mix(a, b):
        return a + "+" + b

    @classmethod
    def make(cls):
        return cls.__name__


class Warm(Palette):
    RED = "warm red"


def red(cls):
    return cls.RED


def mix(cls):
    return cls.mix("a", "b")


def make(cls):
    return cls.make()


def shade_fn(cls):
    return cls.shade


print(warm(red, Palette), warm(mix, Palette), warm(make, Palette))
print(red(Warm), mix(Warm), make(Warm))
print(warm(shade_fn, Palette) is Palette.__dict__["shade"])
Palette.RED = "new red"
print(red(Palette), red(Warm))
del Warm.RED
print(red(Warm))
Palette.mix = staticmethod(lambda a, b: a + "*" + b)
print(mix(Palette), mix(Warm))
print(warm(lambda: Palette.SIZES), Palette.SIZES is Warm.SIZES)


class Meta(type):
    RED = "meta red"

    @property
    def SIZES(cls):
        return "meta property"


class Branded(metaclass=Meta):
    pass


print(red(Branded), Branded.SIZES)
