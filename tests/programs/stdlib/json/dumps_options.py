# json.dumps: types, indent, separators, sort_keys, ensure_ascii, default.
import json
from collections import OrderedDict

data = {"b": [1, 2.5, {"x": None}], "a": "é\n\u2028\t\"q\"\\", 3: True, 1.5: False, None: 0}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps([1, [2, [3, {}]], []], indent=0))
print(json.dumps({"k": [1, 2]}, indent="\t"))
print(json.dumps({"k": [1, 2]}, separators=(",", ":")))
print(json.dumps({"k": [1, 2]}, indent=1, separators=(", ", " = ")))
print(json.dumps({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_keys=True))
print(json.dumps([1e16, 1e-7, 0.1, 1 / 3, float("inf"), -float("inf"), float("nan"),
                  123456789.0, 1.0, -0.0, 2**70, -5, True, False, None]))
print(json.dumps("é😀\x00\x1f\x7f"), json.dumps("é😀\x00\x7f", ensure_ascii=False))
print(json.dumps((1, "tuple")), json.dumps("plain"), json.dumps(7), json.dumps(None))
print(json.dumps(OrderedDict([("second", 2), ("first", 1)])))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda p: {"x": p.x, "y": p.y}))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
print("".join(json.JSONEncoder().iterencode({"a": [1]})))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyStr(str):
    pass


print(json.dumps([MyInt(5), MyStr("s"), {MyStr("k"): 1}]))
