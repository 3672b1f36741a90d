# A metaclass's __setattr__, __delattr__ and __getattr__ apply to its
# classes; type.__setattr__ and super() reach the plain store; a class's
# __name__/__qualname__ can be reassigned; a property raising AttributeError
# falls back to __getattr__.
class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith("locked"):
            raise AttributeError("cannot rebind %r" % name)
        print("set", name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("del", name)
        type.__delattr__(cls, name)
    def __getattr__(cls, name):
        if name.startswith("virtual"):
            return name.upper()
        raise AttributeError(name)

class C(metaclass=Guarded):
    locked_a = 1

C.x = 5
print(C.x)
try:
    C.locked_a = 2
except AttributeError as e:
    print("AttributeError:", e)
type.__setattr__(C, "locked_b", 3)
print(C.locked_b)
del C.x
print(hasattr(C, "x"), C.virtual_thing)
try:
    C.missing
except AttributeError as e:
    print("AttributeError:", repr(e))

class Plain:
    pass

try:
    del Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    type.__setattr__(1, "a", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__setattr__(int, "a", 2)
except TypeError as e:
    print("TypeError:", e)

Plain.__qualname__ = "Outer.Renamed"
print(Plain, Plain.__qualname__, Plain.__name__)
Plain.__name__ = "Other"
print(Plain.__name__, Plain.__qualname__)
try:
    Plain.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)

class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner")
    @property
    def failing(self):
        raise ValueError("not an attribute error")
    def __getattr__(self, name):
        return "fallback for " + name

f = Fallback()
print(f.broken, f.other)
try:
    f.failing
except ValueError as e:
    print("ValueError:", e)

class NoFallback:
    @property
    def broken(self):
        raise AttributeError("inner")

try:
    NoFallback().broken
except AttributeError as e:
    print("AttributeError:", e)
