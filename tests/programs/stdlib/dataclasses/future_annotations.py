# Postponed annotations (from __future__ import annotations) with dataclasses,
# typing generics, get_type_hints, NamedTuple and runtime protocols.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar, Generic, TypeVar, Optional, List, Dict, get_type_hints
import typing

T = TypeVar("T")

@dataclass
class Node(Generic[T]):
    value: T
    children: List[Node[T]] = field(default_factory=list)
    count: ClassVar[int] = 0
    parent: Optional[Node[T]] = None

n = Node(1)
n.children.append(Node(2, parent=n))
print(n.children[0].value, Node.count, [f.name for f in dataclasses.fields(Node)])
print(Node[int], Node.__parameters__)
print(get_type_hints(Node))

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
    def __str__(self): return f"{self.rank}{self.suit}"

cards = sorted([Card(3, "h"), Card(1, "s")])
print(cards, str(cards[0]), {Card(1, "x"), Card(1, "y")} == {Card(1, "z")})

@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
    def total(self): return self.x + self.y
print(Derived(2, 3).total(), Derived(), dataclasses.asdict(Derived()))
print(dataclasses.fields(Derived)[0].type)

class P(typing.NamedTuple):
    a: int
    b: "str" = "x"
print(P(1), P.__annotations__)

@typing.runtime_checkable
class HasArea(typing.Protocol):
    @property
    def area(self) -> float: ...
class Sq:
    area = 4.0
print(isinstance(Sq(), HasArea))
