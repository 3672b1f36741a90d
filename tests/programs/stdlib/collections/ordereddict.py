# OrderedDict: order-sensitive equality, move_to_end, popitem(last=),
# its views and reprs.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)], z=7)
print(od, list(reversed(od)), list(reversed(od.items())))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict.fromkeys("abc", 0), OrderedDict())
print(od.setdefault("new", []), od.setdefault("x", 0), od.pop("y"), od)
print(od | {"q": 1}, type(od | {"q": 1}).__name__)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print("lru", list(lru))
for label, action in [("empty popitem", lambda: OrderedDict().popitem()),
                      ("move missing", lambda: od.move_to_end("nope"))]:
    try:
        action()
    except KeyError as e:
        print(label, "KeyError", e)
c = od.copy()
c["extra"] = 1
print(c, od == c)
self_ref = OrderedDict(a=1)
self_ref["me"] = self_ref
print(self_ref)
