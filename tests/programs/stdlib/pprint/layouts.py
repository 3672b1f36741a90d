# pprint: nested containers broken over lines within the width, sorted
# dict keys (or insertion order), depth limits, compact mode, long
# strings split into chunks, collections types, recursion markers.
import collections
import pprint

data = {"name": "x" * 30, "items": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, "long string " * 8)}]},
        "t": (1,), "od": collections.OrderedDict(a=1, b=[2] * 30), "dd": collections.defaultdict(list, {"k": [1] * 30}),
        "c": collections.Counter("abracadabra"), "dq": collections.deque(range(25), maxlen=40), 3: None, 1.5: "z",
        "s": set(range(25)), "fs": frozenset(range(20, 45))}
pprint.pprint(data)
print(pprint.pformat(data, width=50, compact=True))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data["nested"], indent=4, width=30))
pprint.pp({"z": 1, "a": [1, 2]}, width=10)
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(loop))
print(pprint.isreadable({"a": 1}), pprint.isreadable([object]), pprint.saferepr({"b": 1, "a": [2, 3]}))
pprint.pprint("word " * 25)
pprint.pprint(["word " * 25])
print(pprint.pformat(12345678, underscore_numbers=True), pprint.PrettyPrinter(width=20).pformat(list(range(12))))

import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "a fairly long label that makes the repr wider than the line"
    hidden: list = dataclasses.field(default_factory=list, repr=False)


@dataclasses.dataclass
class Shape:
    name: str
    points: list


shape = Shape("triangle", [Point(0, 0), Point(1, 0), Point(0, 1, "short")])
pprint.pprint(shape)
pprint.pprint([Point(1, 2)], width=40)
print(pprint.pformat(Point(3, 4, "x")))
