# dir(obj) calls type(obj).__dir__(obj), makes a list of what it returns
# and sorts it; object.__dir__ and type.__dir__ are callable directly and
# return unsorted lists; dir() lists the current scope.
class Plain:
    cls_attr = 1
    def method(self):
        pass

p = Plain()
p.zeta = 1
p.alpha = 2
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Plain) if not n.startswith("__")])
print(type(object.__dir__(p)).__name__, sorted(object.__dir__(p)) == dir(p))
print(sorted(type.__dir__(Plain)) == dir(Plain))

class Custom:
    def __dir__(self):
        return ("b", "c", "a")

print(dir(Custom()))

class Gen:
    def __dir__(self):
        yield "y"
        yield "x"

print(dir(Gen()))

class Meta(type):
    def __dir__(cls):
        return ["from_meta", "another"]

class WithMeta(metaclass=Meta):
    x = 1

print(dir(WithMeta))
print("x" in dir(WithMeta()))

class Unsortable:
    def __dir__(self):
        return [1, "a"]

try:
    dir(Unsortable())
except TypeError as e:
    print("TypeError:", e)

class NotIterable:
    def __dir__(self):
        return 5

try:
    dir(NotIterable())
except TypeError as e:
    print("TypeError:", e)

class Extending:
    attr = 0
    def __dir__(self):
        return list(super().__dir__()) + ["virtual"]

print([n for n in dir(Extending()) if not n.startswith("__")])

def scope():
    b = 1
    a = 2
    return dir()

print(scope())
import math
print("sqrt" in dir(math), dir(math) == sorted(math.__dict__))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
