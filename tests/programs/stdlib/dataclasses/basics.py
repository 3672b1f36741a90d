# @dataclass: generated __init__/__repr__/__eq__, defaults and factories,
# field options, inheritance, __post_init__ and InitVar, fields(),
# asdict/astuple/replace, and the class docstring.
from dataclasses import (InitVar, asdict, astuple, dataclass, field, fields,
                         is_dataclass, replace)
from typing import ClassVar, List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p == (1, 0))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__init__.__annotations__)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    total: ClassVar[int] = 0
    note: Optional[str] = field(default=None, metadata={"unit": "text"})


a = Inventory("a")
b = Inventory("a")
a.items.append("x")
print(a, a == b, a.items is not b.items, Inventory.total)
print(Inventory.__doc__)
print([f.name for f in fields(Inventory)], fields(a)[4].metadata["unit"])
print(asdict(a), astuple(a))
print(replace(a, name="b"), is_dataclass(a), is_dataclass(Inventory), is_dataclass(1))


@dataclass
class Point3(Point):
    z: int = 0
    x: int = 5


print(Point3(), Point3(1, 2, 3), [f.name for f in fields(Point3)])


@dataclass
class Temperature:
    celsius: float
    scale: InitVar[str] = "C"
    kelvin: float = field(init=False)

    def __post_init__(self, scale):
        self.kelvin = self.celsius + 273.15
        self.scale_seen = scale


t = Temperature(10.0, "K")
print(t, t.scale_seen, [f.name for f in fields(t)])
print(replace(t, celsius=20.0, scale="C"))


@dataclass
class Nested:
    points: List[Point]
    mapping: dict
    pair: tuple


n = Nested([Point(1, 2)], {"k": Point(3)}, (Point(4), 5))
print(asdict(n))
print(astuple(n))


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


root = Tree(1)
root.children.append(root)
print(root)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)), Plain.__hash__ is object.__hash__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "custom!"


print(Custom(1), Custom.__doc__)


@dataclass
class WithSelf:
    self: int


print(WithSelf(3))
