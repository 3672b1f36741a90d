# abstractmethod: classes with abstract methods left cannot be
# instantiated; CPython's message lists them sorted.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Half(Shape):
    def area(self):
        return 1

class Square(Half):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), type(Square), ABC.__abstractmethods__)

class WithProperty(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

try:
    WithProperty()
except TypeError as e:
    print(e)

class Done(WithProperty):
    name = "done"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 42

print(Done.make().name, Done.helper(), Done.__abstractmethods__)
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Square.area, "__isabstractmethod__", False))
