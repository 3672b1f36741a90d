# object.__new__ refuses a class whose own __abstractmethods__ is non-empty,
# naming the methods sorted; the check follows assignments to the attribute.
from abc import ABC, abstractmethod

class Base(ABC):
    @abstractmethod
    def run(self):
        ...

def attempt(cls):
    try:
        obj = cls()
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("made", type(obj).__name__)

attempt(Base)

class Plain:
    pass

Plain.__abstractmethods__ = frozenset({"zeta", "alpha", "mid"})
attempt(Plain)
Plain.__abstractmethods__ = ("only",)
attempt(Plain)
Plain.__abstractmethods__ = frozenset()
attempt(Plain)
Plain.__abstractmethods__ = [1, 2]
attempt(Plain)
try:
    object.__new__(Plain)
except TypeError as e:
    print("object.__new__:", e)
del Plain.__abstractmethods__
attempt(Plain)

class Child(Plain):
    pass

Plain.__abstractmethods__ = frozenset({"x"})
attempt(Child)

class WithNew(Base):
    def __new__(cls):
        return object.__new__(cls)

attempt(WithNew)

class Done(Base):
    def run(self):
        return "ran"

print(Done().run())

# property, classmethod and staticmethod report an abstract function inside.
def plain(self):
    pass

print(property(plain).__isabstractmethod__, property().__isabstractmethod__,
      property(None, abstractmethod(plain)).__isabstractmethod__,
      classmethod(abstractmethod(plain)).__isabstractmethod__,
      staticmethod(plain).__isabstractmethod__)
