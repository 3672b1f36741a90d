# dict methods and iteration order.
d = dict(b=2, a=1)
d["c"] = 3
d.update({"a": 10}, )
d.update(e=5)
print(d, list(d), d.get("z", "none"), d.setdefault("f", 6), d.pop("b"), d.popitem())
print(len(d), "a" in d, "b" in d, sorted(d), {k: v for k, v in sorted(d.items()) if v > 5})
c = d.copy()
c.clear()
print(c, d, dict.fromkeys("ab", 0) if hasattr(dict, "fromkeys") else {"a": 0, "b": 0})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].get("w"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: kv[1]))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple key"}[(1, 2)])
