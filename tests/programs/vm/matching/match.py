# Structural pattern matching.
def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list starting {x} with {len(rest)} more"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {"type": kind}:
            return f"some {kind}"
        case None:
            return "nothing"
        case _:
            return "unknown"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point():
            return "elsewhere"


for v in [0, -3, 2.5, "", "hi", [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2},
          {"type": "circle"}, None, object]:
    print(describe(v))
print(where(Point(0, 0)), where(Point(3, 0)), where(Point(0, 4)), where(Point(1, 1)))
