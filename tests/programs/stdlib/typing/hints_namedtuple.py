# get_type_hints on classes (through the MRO, forward references,
# ClassVar, Annotated with and without include_extras), NamedTuple and
# TypedDict details, overload, final, Literal, Self, assert_never.
from typing import (Annotated, ClassVar, Final, List, Literal, NamedTuple,
                    NotRequired, Optional, Required, Self, TypedDict,
                    assert_never, final, get_args, get_origin, get_overloads,
                    get_type_hints, overload, no_type_check)
import typing


class Base:
    ident: int
    tags: "List[str]"


class Node(Base):
    parent: Optional["Node"]
    count: ClassVar[int] = 0
    weight: Annotated[float, "kg"]
    limit: Final = 3


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["weight"])
print(get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x", 2]))
print(Annotated[Annotated[int, 1], 2])
print(get_origin(ClassVar[int]) is ClassVar, get_args(Literal["a", "b"]))
print(Literal[1, 1, 2], Literal[1, Literal[2, 3]], Literal[True] == Literal[1])


class Employee(NamedTuple):
    """A person on the payroll."""
    name: str
    dept: str = "eng"
    salary: float = 1.0

    def describe(self) -> str:
        return f"{self.name} in {self.dept}"


e = Employee("ann")
print(e, e.describe(), e._asdict(), e._replace(dept="ops"))
print(Employee.__doc__, Employee.__annotations__, isinstance(e, tuple))
print(Employee._make(["bo", "hr", 2.0]))
Point = NamedTuple("Point", x=int, y=int)
print(Point(1, 2), Point.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as err:
    print("TypeError:", err)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self):
            return {}
except AttributeError as err:
    print("AttributeError:", err)


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


class Film(Movie):
    director: NotRequired[str]
    rating: float


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Film.__required_keys__), sorted(Film.__optional_keys__))
print(Film(title="x", rating=2.0), typing.is_typeddict(Film), typing.is_typeddict(dict))
Book = TypedDict("Book", {"isbn": str, "pages": int})
print(Book(isbn="1", pages=3), Book.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as err:
    print("TypeError:", err)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)))
try:
    get_overloads(double)[0](1)
except NotImplementedError as err:
    print("NotImplementedError:", str(err)[:40])


@final
class Leaf:
    @final
    def method(self):
        pass


print(Leaf.__final__, Leaf.method.__final__)


@no_type_check
def loose(a: "not a valid type expression !"):
    return a


print(get_type_hints(loose), loose.__no_type_check__)


class Shape:
    def set_scale(self, scale: float) -> Self:
        return self


print(get_type_hints(Shape.set_scale), typing.Self, typing.Never, typing.LiteralString)
try:
    assert_never(42)
except AssertionError as err:
    print("AssertionError:", err)
print(typing.TYPE_CHECKING, typing.Text, typing.AnyStr, typing.AnyStr.__constraints__)
print(typing.Generator[int, None, str], typing.Coroutine[int, int, int], typing.Hashable, typing.Sized)
print(typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str, int], typing.Deque[int])
print(typing.ChainMap[str, int], typing.AsyncIterator[int], typing.ContextManager[int], typing.Pattern[str])
print(issubclass(list, typing.Sequence), issubclass(dict, typing.Sequence), isinstance({}, typing.Mapping))
