# ChainMap: lookups through the chain, writes to the first map, children
# and parents.
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.get("nope", "-"))
cm["color"] = "blue"
print(cli, cm.maps)
print(cm)
child = cm.new_child({"color": "green"})
print(child["color"], child.parents["color"], child.maps[0])
print(cm.new_child(), ChainMap())
del cm["color"]
print(cm["color"], "color" in cm, list(cm.items()))
for label, action in [("delete missing", lambda: cm.__delitem__("user")),
                      ("pop missing", lambda: cm.pop("user")),
                      ("popitem empty", lambda: cm.popitem()),
                      ("lookup missing", lambda: cm["nothing"])]:
    try:
        action()
    except KeyError as e:
        print(label, "KeyError", e)
print(cm.pop("user", "fallback"))
merged = ChainMap({"a": 1}) | {"b": 2}
print(merged, {"z": 0} | ChainMap({"a": 1}))
print(bool(ChainMap({})), bool(ChainMap({}, {1: 2})))
print(list(ChainMap({"a": 1}, {"b": 2}, {"a": 3, "c": 4})))
print(ChainMap.fromkeys("ab", 0), cm.copy().maps == cm.maps)
