# Inheritance details: overriding, class attributes, isinstance with tuples,
# calling base methods explicitly, multiple inheritance of data.
class Shape:
    sides = 0
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} has no area")

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Named:
    def label(self):
        return f"<{self.name}>"


class LabeledSquare(Named, Square):
    pass


shapes = [Rect(2, 3), Square(4), LabeledSquare(1)]
for s in shapes:
    print(s.describe(), isinstance(s, (Rect, Named)), type(s).__mro__[1].__name__)
print(shapes[2].label(), Shape.registry, Square.sides, Shape.sides)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(LabeledSquare, Shape), LabeledSquare.__bases__, Rect.area(shapes[1]))
