# auto() values are given as the class body runs, so later lines of the
# body can combine them.
from enum import Flag, Enum, auto

class Day(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    THU = auto()
    FRI = auto()
    SAT = auto()
    SUN = auto()
    WEEKEND = SAT | SUN

print(Day.WEEKEND, list(Day.WEEKEND), Day.MON | Day.SAT | Day.SUN, ~Day.WEEKEND)
print([d.value for d in Day], Day(0b1111111), Day.MON & Day.TUE)

class Size(Enum):
    SMALL = auto()
    LARGE = auto()
    DEFAULT = SMALL
    DOUBLE = LARGE * 2

print(list(Size), Size.DEFAULT, Size(4))
