# The namespace __prepare__ returns is used through its own __getitem__,
# __setitem__ and __delitem__ while the class body runs, unless it is an
# exact dict; a name it does not have falls back to globals and builtins.
log = []

class Recording(dict):
    def __setitem__(self, key, value):
        log.append(("set", key))
        super().__setitem__(key, value)
    def __getitem__(self, key):
        log.append(("get", key))
        if key == "magic":
            return 42
        return super().__getitem__(key)
    def __delitem__(self, key):
        log.append(("del", key))
        super().__delitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))

outside = "global"

class C(metaclass=Meta):
    a = 1
    b = a + magic
    c = outside
    d = len("xy")
    tmp = 0
    del tmp
    try:
        del missing
    except NameError as e:
        caught = str(e)

print(C.a, C.b, C.c, C.d, C.caught, hasattr(C, "tmp"))
print([entry for entry in log if not entry[1].startswith("__")])

class Counting(dict):
    def __init__(self):
        super().__init__()
        self.count = 0
    def __setitem__(self, key, value):
        if key.startswith("item"):
            self.count += 1
            value = self.count
        super().__setitem__(key, value)

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Counting()

class Auto(metaclass=AutoMeta):
    item_one = None
    item_two = None
    total = item_one + item_two

print(Auto.item_one, Auto.item_two, Auto.total)

class Failing(dict):
    def __getitem__(self, key):
        raise RuntimeError("lookup of " + key)

class FailMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Failing()

try:
    class Bad(metaclass=FailMeta):
        x = len
except RuntimeError as e:
    print("RuntimeError:", e)
