# dict views: live, sized, iterable, with CPython's repr.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["c"] = 3
print(keys, len(values), list(items), "a" in keys, 3 in values, ("b", 2) in items, ("b", 3) in items)
for k, v in d.items():
    print(k, v, end="; ")
print()
a, b, c = d.values()
print(a, b, c, sorted(d.keys(), reverse=True), bool({}.keys()), type(keys).__name__)
del d["a"]
print(keys, [k.upper() for k in keys], dict(d.items()), max(d.values()))
