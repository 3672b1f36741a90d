# Enum: members, aliases, lookups by value and name, reprs, iteration,
# methods and the errors of 3.11.
from enum import Enum, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name.lower(), self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f"{Color.RED:>12}|")
print(Color(1), Color["GREEN"], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(list(Color.__members__), Color, type(Color), type(Color.RED))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.favourite())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), isinstance(Color.GREEN, Color))
print(Color.RED in Color, {Color.RED: "r"}[Color.CRIMSON], hash(Color.RED) == hash("RED"))
print(sorted(Color, key=lambda c: c.value), max(Color, key=lambda c: c.name))

def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("missing value", lambda: Color(7))
attempt("missing name", lambda: Color["PURPLE"])

def extend():
    class More(Color):
        PURPLE = 4

def duplicate():
    @unique
    class Mood(Enum):
        HAPPY = 1
        GLAD = 1
        SAD = 2
        BLUE = 2

attempt("extend", extend)
attempt("unique", duplicate)

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.gravity)

class Status(Enum):
    def __new__(cls, code, text):
        member = object.__new__(cls)
        member._value_ = code
        member.text = text
        return member
    OK = (200, "fine")
    MISSING = (404, "not found")

print(Status(404), Status.OK.text, Status.MISSING.value)

class Lenient(Enum):
    YES = "y"
    NO = "n"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls._value2member_map_.get(value[:1].lower())
        return None

print(Lenient("Yes"), Lenient("NOPE"))
attempt("lenient miss", lambda: Lenient(5))
Animal = Enum("Animal", "ANT BEE CAT")
Pair = Enum("Pair", [("LEFT", "l"), ("RIGHT", "r")])
print(list(Animal), Animal.BEE.value, Animal.__module__, list(Pair), Pair("r"))

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")
