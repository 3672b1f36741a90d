# A ChainMap (any object with keys() and __getitem__) turned into a dict:
# dict(), dict.update() and ** unpacking read it through keys().
from collections import ChainMap

layers = ChainMap({"a": 1, "b": 2}, {"b": 3, "c": 4})
print(dict(layers))
merged = {"z": 0}
merged.update(layers)
print(merged)
print({**layers, "extra": True})

def show(**options):
    return sorted(options.items())

print(show(**layers))
