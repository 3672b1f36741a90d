# defaultdict: factories, __missing__, repr, copy and the | operator.
from collections import defaultdict

groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups)
print(dict(groups), len(groups), "z" in groups, groups.get("z"), "z" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["b"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None, {"k": 1})
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(42)
except TypeError as e:
    print("TypeError", e)
s = defaultdict(set, a={1})
s["b"].add(2)
c = s.copy()
c["c"]
print(s, c, type(c).__name__, c.default_factory is set)
print(s | {"z": {0}}, {"z": {0}} | s)
print(isinstance(s, dict), s == {"a": {1}, "b": {2}})
print(counts.__missing__("q"), counts["q"], sorted(counts))
counts.default_factory = str
print(repr(counts["new"]), counts.default_factory)
