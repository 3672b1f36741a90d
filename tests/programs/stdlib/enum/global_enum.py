# global_enum: members copied into the module, with module-style reprs.
import enum

@enum.global_enum
class Signal(enum.IntEnum):
    SIGINT = 2
    SIGTERM = 15

@enum.global_enum
class Mode(enum.IntFlag):
    READ = 1
    WRITE = 2

@enum.global_enum
class Level(enum.Enum):
    LOW = 1
    HIGH = 2

print(SIGINT, repr(SIGTERM), SIGINT is Signal.SIGINT, SIGTERM + 0)
print(repr(READ), repr(READ | WRITE), str(READ | WRITE), repr(Mode(0)), str(Mode(0)))
print(repr(LOW), str(HIGH), Level(2) is HIGH, [repr(m) for m in Level])
