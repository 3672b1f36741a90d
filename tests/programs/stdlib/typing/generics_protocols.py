# Generic classes with several parameters, substitution, inheritance of
# parameters, Protocol checks (methods and data members), and the errors
# typing raises for misuse.
from typing import (Any, Callable, Dict, Generic, Iterator, List, Mapping,
                    Optional, ParamSpec, Protocol, Tuple, TypeVar, Union,
                    runtime_checkable, Concatenate)

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value


class StrPair(Pair[str, V]):
    pass


print(Pair.__parameters__, StrPair.__parameters__)
print(Pair[int, str], StrPair[float])
print(StrPair.__orig_bases__, StrPair.__mro__)
Alias = Dict[K, List[V]]
print(Alias[str, int], Alias.__parameters__)
print(Mapping[str, Tuple[T, ...]][bytes])
print(Callable[[T], List[T]][int])

P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], str])


class Wrapper(Generic[P, T]):
    pass


print(Wrapper[[int, str], bool], Wrapper[..., bool])


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    name = "n"


print(isinstance([], Sized2), isinstance(5, Sized2), issubclass(dict, Sized2))
print(isinstance(Named(), HasName), isinstance(object(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print("TypeError:", e)


class NotRuntime(Protocol):
    def run(self) -> None: ...


try:
    isinstance(1, NotRuntime)
except TypeError as e:
    print("TypeError:", e)
try:
    NotRuntime()
except TypeError as e:
    print("TypeError:", e)


class Impl(NotRuntime):
    def run(self):
        return "ran"


print(Impl().run(), isinstance(Impl(), Impl))

for bad in [
    lambda: Generic[int],
    lambda: Generic[T, T],
    lambda: Pair[int],
    lambda: Union[()],
    lambda: Optional[int, str],
    lambda: List[int][str],
    lambda: Callable[int, str],
    lambda: isinstance(1, Any),
    lambda: isinstance(1, Union),
    lambda: TypeVar("X", int),
    lambda: TypeVar("X", covariant=True, contravariant=True),
    lambda: Any(),
    lambda: List(),
    lambda: runtime_checkable(Pair),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Generic[K], Dict[T, V]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(Union):
        pass
except TypeError as e:
    print("TypeError:", e)
