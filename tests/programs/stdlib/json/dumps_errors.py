# json.dumps: what it refuses.
import json


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


attempt(lambda: json.dumps(float("nan"), allow_nan=False))
attempt(lambda: json.dumps([float("inf")], allow_nan=False))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps(object()))
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps(b"bytes"))
loop = []
loop.append(loop)
attempt(lambda: json.dumps(loop))
d = {}
d["self"] = d
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True))
attempt(lambda: json.dumps(object(), default=lambda o: "stand-in"))
