# typing at run time: alias reprs, TypeVar, user generics, get_origin and
# get_args, NamedTuple, TypedDict, NewType, runtime protocols, hints.
import typing
from typing import *
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None], Union[int])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], float], Callable[..., int], Type[int], FrozenSet[str])
print(Literal[1, "a"], Final[int], ClassVar[List[int]], Annotated[int, "meta", 3], Iterable[int], typing.Any, typing.NoReturn)
T = TypeVar("T"); K = TypeVar("K", covariant=True); V = TypeVar("V", bound=int)
print(T, K, V, V.__bound__, Dict[str, T], Dict[str, T][int], List[T].__parameters__)
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
print(Box[int], Box.__parameters__, Box[int](3).item, Box[int](3).__orig_class__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Optional[int]), get_args(Optional[int]))
class P(NamedTuple):
    x: int
    y: float = 0.5
    def norm(self): return self.x + self.y
print(P(1), P(1, 2).norm(), P._fields, P.__annotations__, P._field_defaults)
Q = NamedTuple("Q", [("a", int), ("b", str)])
print(Q(1, "z"))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m), Movie.__required_keys__ == {"name", "year"}, Movie.__total__)
UserId = NewType("UserId", int)
print(UserId, UserId(5))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
def f(a: int, b: "List[str]" = None) -> Optional[str]: pass
print(get_type_hints(f))
print(isinstance([], List), isinstance(3, typing.Iterable), isinstance(3, SupportsInt), cast(int, "x"))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] | str)
