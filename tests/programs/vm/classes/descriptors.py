# property, classmethod, staticmethod and user descriptors.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def describe():
        return "a temperature"


t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._c, Temperature.freezing().fahrenheit, Temperature.describe(), t.describe())
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)


class Order:
    qty = Positive()

    def __init__(self, qty):
        self.qty = qty


o = Order(5)
print(o.qty, o._qty, type(Order.qty).__name__)
try:
    o.qty = -1
except ValueError as e:
    print(e)


class Lazy:
    def __getattr__(self, name):
        return name.upper()


lz = Lazy()
lz.real = 1
print(lz.real, lz.anything)
