# Any object with keys() and __getitem__ is a mapping to dict(), dict.update,
# ** in calls and {**...} displays: keys() is called once, then each key is
# looked up. Without keys() it is not a mapping.
class Mapping:
    def __init__(self, data):
        self.data = data
        self.log = []
    def keys(self):
        self.log.append("keys")
        return iter(list(self.data))
    def __getitem__(self, key):
        self.log.append(key)
        return self.data[key]

m = Mapping({"a": 1, "b": 2})
print(dict(m), m.log)
d = {"z": 0}
m.log.clear()
d.update(m)
print(d, m.log)
print({**m, "c": 3})

def f(**kw):
    return sorted(kw.items())

print(f(**m))
print(f(x=1, **m))
try:
    f(a=0, **m)
except TypeError as e:
    print("TypeError:", e)

class Missing(Mapping):
    def __getitem__(self, key):
        raise KeyError(key)

for attempt in (lambda: dict(Missing({"k": 1})), lambda: {**Missing({"k": 1})},
                lambda: f(**Missing({"k": 1}))):
    try:
        attempt()
    except KeyError as e:
        print("KeyError:", e)

class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, key):
        return key

for attempt in (lambda: dict(BadKeys()), lambda: {}.update(BadKeys()), lambda: {**BadKeys()}):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

class OnlyGetitem:
    def __getitem__(self, key):
        return key

for attempt in (lambda: {**OnlyGetitem()}, lambda: f(**OnlyGetitem())):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

class Pairs:
    def __iter__(self):
        return iter([("p", 1), ("q", 2)])

print(dict(Pairs()))
e = {}
e.update(Pairs())
print(e)
