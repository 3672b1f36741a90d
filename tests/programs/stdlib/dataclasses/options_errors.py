# dataclass options: order, frozen, unsafe_hash, kw_only and KW_ONLY,
# slots, make_dataclass, and the errors for misuse.
from dataclasses import (KW_ONLY, FrozenInstanceError, dataclass, field,
                         fields, make_dataclass, replace)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, "x"), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 3.0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.other = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(c, lon=0.0))


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)


print(hash(Tag("a", 1)) == hash(Tag("a", 2)), Tag("a") == Tag("a", 2))


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options.__match_args__)
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed.__doc__, [f.kw_only for f in fields(Mixed)])


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError:
    print("AttributeError on new attribute")

Dyn = make_dataclass("Dyn", ["a", ("b", int), ("c", int, field(default=5))],
                     namespace={"total": lambda self: self.b + self.c})
d = Dyn(1, 2)
print(d, d.total(), Dyn.__module__)

try:
    Point = make_dataclass("Point", ["x", "x"])
except TypeError as e:
    print("TypeError:", e)

errors = []


def attempt(build):
    try:
        build()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def non_default_after_default():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def both_defaults():
    field(default=1, default_factory=list)


def unannotated_field():
    @dataclass
    class Bad:
        a = field(default=1)


def overwrite_order():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class Base:
        a: int

    @dataclass(frozen=True)
    class Child(Base):
        b: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        a: int

    @dataclass
    class Child(Base):
        b: int


def explicit_hash():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int

        def __hash__(self):
            return 1


def two_kw_only():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: KW_ONLY


def missing_arg():
    Coord(1.0)


def extra_arg():
    Coord(1.0, 2.0, 3.0)


def init_false_replace():
    @dataclass
    class WithHidden:
        a: int
        b: int = field(init=False, default=0)

    replace(WithHidden(1), b=2)


def fields_of_non_dataclass():
    fields(3)


for case in (mutable_default, order_without_eq, non_default_after_default, both_defaults,
             unannotated_field, overwrite_order, frozen_from_plain, plain_from_frozen,
             explicit_hash, two_kw_only, missing_arg, extra_arg, init_false_replace,
             fields_of_non_dataclass):
    attempt(case)
