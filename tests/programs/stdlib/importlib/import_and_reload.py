import importlib
import importlib.util
import os
import sys
import tempfile

json = importlib.import_module("json")
print(json.dumps([1]), json is sys.modules["json"])
decoder = importlib.import_module(".decoder", "json")
print(decoder.__name__)
print(importlib.import_module("os.path") is os.path)

for args in [(".x",), ("nonexistent_module_xyz",), ("..x", "a"), ("",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [5, __import__("types").ModuleType("zz")]:
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)

print(importlib.util.resolve_name(".b", "a"), importlib.util.resolve_name("..c", "a.b"),
      importlib.util.resolve_name("plain", None))
try:
    importlib.util.resolve_name(".b", None)
except ImportError as e:
    print(e)

for name in ["json", "sys", "math", "nonexistent_module_xyz", "json.decoder", "json.nope"]:
    spec = importlib.util.find_spec(name)
    print(name, spec is not None, spec and spec.name, spec and spec.parent)
print(importlib.util.find_spec("json").submodule_search_locations is not None)
try:
    importlib.util.find_spec("math.sub")
except ModuleNotFoundError as e:
    print(e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "counter_mod.py")
    with open(path, "w") as f:
        f.write("value = 1\nhits = globals().get('hits', 0) + 1\n")
    sys.path.insert(0, d)
    try:
        m = importlib.import_module("counter_mod")
        print(m.value, m.hits)
        with open(path, "w") as f:
            f.write("value = 2\nhits = globals().get('hits', 0) + 1\n")
        m2 = importlib.reload(m)
        print(m2 is m, m.value, m.hits)
        spec = importlib.util.find_spec("counter_mod")
        print(spec.name, os.path.basename(spec.origin), spec.has_location, spec.parent == "")

        other = os.path.join(d, "loaded_by_hand.py")
        with open(other, "w") as f:
            f.write("def greet():\n    return 'hello from ' + __name__\n")
        spec = importlib.util.spec_from_file_location("by_hand", other)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(module.greet(), os.path.basename(module.__file__), "by_hand" in sys.modules)
        print(spec.loader.is_package("by_hand"), os.path.basename(spec.loader.get_filename()))
    finally:
        sys.path.remove(d)
        sys.modules.pop("counter_mod", None)
