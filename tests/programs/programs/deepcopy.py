# copy.deepcopy of nested structures: dicts of lists of tuples, shared
# and cyclic references kept shared in the copy, and dataclass instances
# and plain objects with their own __deepcopy__.
import copy
import sys
from dataclasses import dataclass, field

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 2


@dataclass
class Point:
    x: float
    y: float
    tags: list = field(default_factory=list)


@dataclass
class Shape:
    name: str
    points: list
    meta: dict


class Cache:
    def __init__(self, size):
        self.size = size
        self.entries = {}

    def __deepcopy__(self, memo):
        fresh = Cache(self.size)
        fresh.entries = copy.deepcopy(self.entries, memo)
        return fresh


def build():
    shared = [1, 2, 3]
    shapes = []
    for i in range(20):
        points = [Point(i * 0.5, j * 1.5, ["p%d" % j]) for j in range(5)]
        shapes.append(Shape("shape%d" % i, points, {"shared": shared, "id": i, "pair": (i, str(i))}))
    cache = Cache(64)
    cache.entries = {"k%d" % i: (i, [i] * 3) for i in range(10)}
    data = {
        "shapes": shapes,
        "cache": cache,
        "matrix": [[float(i * j) for j in range(10)] for i in range(10)],
        "text": "hello " * 3,
        "numbers": tuple(range(30)),
        "frozen": frozenset({1, 2, 3}),
        "nested": {"a": {"b": {"c": [shared, shared]}}},
    }
    data["self"] = data
    return data


original = build()
for _ in range(ITERATIONS):
    duplicate = copy.deepcopy(original)
print(duplicate["self"] is duplicate, duplicate is not original)
print(duplicate["nested"]["a"]["b"]["c"][0] is duplicate["shapes"][0].meta["shared"])
print(duplicate["shapes"][3] == original["shapes"][3], duplicate["shapes"][3] is original["shapes"][3])
print(duplicate["numbers"] is original["numbers"], duplicate["text"] is original["text"])
print(sorted(duplicate["cache"].entries.items())[:2], duplicate["cache"].size)
print(duplicate["shapes"][19])
