# Properties: read-only, computed, validated, inherited and overridden.
class Circle:
    def __init__(self, r):
        self.radius = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._r = value

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)


class Wheel(Circle):
    @property
    def area(self):
        return "wheel " + str(super().area)


c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.area, Wheel(1).area)
for bad in (lambda: setattr(c, "radius", -1), lambda: setattr(c, "area", 5)):
    try:
        bad()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(Circle.radius).__name__, Circle.area.fget(c), isinstance(Circle.__dict__["area"], property))
