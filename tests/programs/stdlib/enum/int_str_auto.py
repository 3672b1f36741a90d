# IntEnum, StrEnum, int-mixed enums and auto(): 3.11's str() and format()
# follow the data type for IntEnum/StrEnum, the enum for plain mixins.
from enum import Enum, IntEnum, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Priority.HIGH, repr(Priority.HIGH), str(Priority.LOW), f"{Priority.MEDIUM:03d}", format(Priority.LOW))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority(2), [1, 2, 3, 4][Priority.LOW])
print(isinstance(Priority.LOW, int), Priority.__mro__)

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"

print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode.READ == "read", f"[{Mode.WRITE}]", Mode("w"))
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError", e)

class Code(int, Enum):
    A = 10
    B = 20

print(Code.A, repr(Code.A), f"{Code.B}", Code.A + Code.B, Code(20))

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()

print(list(Step), [s.value for s in Step])

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d" % (name.lower(), count)
    ALPHA = auto()
    BETA = auto()

print(list(Named))
Level = IntEnum("Level", "DEBUG INFO WARN")
print(list(Level), Level.WARN + 0, Level(2))
