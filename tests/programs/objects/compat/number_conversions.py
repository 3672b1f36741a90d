# complex() keeps signed zeros; float() falls back to __index__; printf-style
# formatting converts with __float__, __index__ and __int__, and a right
# operand's __rmod__ comes first when its class defines one.
from decimal import Decimal
from fractions import Fraction

for z in (complex(1, -0.0), complex("1-0j"), complex(-0.0, -0.0), complex(0.0, -0.0),
          complex(1, 0.0), complex(-0.0), complex(1j, -0.0), complex(1 + 2j, 3j)):
    print(repr(z), repr(z.real), repr(z.imag))
print(repr(complex("-0-0j")), repr(complex("(-0.0-0.0j)")), repr(-(0j)))


class OnlyIndex:
    def __index__(self):
        return 7


print(float(OnlyIndex()))


class OnlyFloat:
    def __float__(self):
        return 2.5


class OnlyInt:
    def __int__(self):
        return 12


print("%.2f" % Decimal("3.14159"), "%.3e" % Fraction(1, 3), "%g" % OnlyFloat())
print("%d" % OnlyIndex(), "%x" % OnlyIndex(), "%i" % 3.9, "%d" % Decimal("42.7"))
print("%d" % OnlyInt())
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
try:
    "%x" % 3.5
except TypeError as e:
    print("TypeError", e)
try:
    "%f" % "x"
except TypeError as e:
    print("TypeError", e)


class R:
    def __rmod__(self, other):
        return "R.__rmod__(%r)" % (other,)


class S(str):
    def __rmod__(self, other):
        return "S.__rmod__(%r)" % (other,)


print(("%s" % R()).startswith("<__main__.R object"))
print("%s" % S("x"))
print("abc" % S("x"))
print(b"%d" % 3)
