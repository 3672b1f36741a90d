import sys
import types

m = types.ModuleType("zz")
print(m, sorted(m.__dict__.items()))
m = types.ModuleType("zz", "docs")
print(m.__doc__, m.__name__)
m = types.ModuleType(name="kw", doc=None)
print(m, type(m) is types.ModuleType)
m.value = 3
print(m.value, vars(m)["value"])
for args in [(), (1,), ("a", "b", "c")]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print(e)

fake = types.ModuleType("fake_config")
exec("settings = {'debug': True}\ndef get(k):\n    return settings[k]\n", fake.__dict__)
sys.modules["fake_config"] = fake
import fake_config
print(fake_config.get("debug"), fake_config is fake)
from fake_config import settings
print(settings)
del sys.modules["fake_config"]
