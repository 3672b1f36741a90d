# numbers: the abstract numeric tower and which built-in types belong to
# which level; a user class registered and one implementing Real.
import numbers
from fractions import Fraction

for value in [1, True, 2.5, 1j, Fraction(1, 2), "1"]:
    print(repr(value), [isinstance(value, cls) for cls in
                        (numbers.Number, numbers.Complex, numbers.Real,
                         numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Rational))


class Meters:
    def __init__(self, value):
        self.value = value


numbers.Real.register(Meters)
print(isinstance(Meters(1), numbers.Real), isinstance(Meters(1), numbers.Complex),
      isinstance(Meters(1), numbers.Integral))
try:
    numbers.Real()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])
print(numbers.Integral.__mro__[1:-1])
print(numbers.Number.__hash__, sorted(numbers.Integral.__abstractmethods__)[:5])
