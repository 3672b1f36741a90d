# dir() of enumerations and members, members named like member attributes,
# and the errors for missing attributes.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    def describe(self): return 1
    @property
    def shade(self): return 2
class Num(enum.IntEnum):
    ONE = 1
class Odd(enum.Enum):
    name = 5
    value = 6
print(dir(Color)); print(dir(Color.RED)); print(dir(Num)[:5], len(dir(Num)), dir(Num.ONE)[:5], len(dir(Num.ONE)))
print(Odd.name, Odd.value, Odd.name.name, Odd.value.value, list(Odd))
for expr in ["Color.PURPLE", "Color.RED.PURPLE", "Color.__foo__"]:
    try: eval(expr)
    except AttributeError as e: print(repr(e))
c = Color.RED; c.extra = 1; print('extra' in dir(c))
