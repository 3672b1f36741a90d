class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(obj):
    match obj:
        case None:
            return "none"
        case 0 | 1 as small:
            return f"small int {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | int():
            return f"number {obj}"
        case "quit" | "exit":
            return "command"
        case str(s) if len(s) > 5:
            return f"long string {s[:5]}..."
        case [x, y, *rest]:
            return f"sequence starting {x}, {y} (+{len(rest)})"
        case [single]:
            return f"one item {single}"
        case []:
            return "empty sequence"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case (1, 2) | (2, 1):
            return "pair"
        case _:
            return f"other {type(obj).__name__}"

for value in [None, 0, 1, -5, 2.5, 7, "quit", "a long string", [1, 2, 3, 4], [9], [], (1, 2),
              {"type": "user", "name": "ann", "age": 3}, {"type": "admin"}, {"name": "x"},
              Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), "short", {1, 2}, b"xy"]:
    print(repr(value) if not isinstance(value, Point) else f"Point({value.x}, {value.y})", "->", describe(value))

def literal_kinds(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "a" "b":
            return "concatenated"
    return "none matched"
print([literal_kinds(v) for v in [True, 1, False, 0, -1, 1.5, 2 + 3j, "ab"]])

import sys as _sys
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"
print(color("red"), color("green"), color("blue"))

match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, d)}]):
        print("nested", a, b, c, d)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match "text":
    case str() as s if s.startswith("t"):
        print("guard with as", s)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
