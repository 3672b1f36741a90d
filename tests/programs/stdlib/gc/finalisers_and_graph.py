# gc: cycles whose objects have __del__, callbacks, referents and referrers.
import gc


class Resource:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("finalising", self.name)


gc.collect()
Resource("r1")
print("collected:", gc.collect() > 0)
print("again:", gc.collect())

phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, info["generation"])))
gc.collect()
gc.callbacks.clear()
print(phases)

inner = [1, 2]
outer = [inner, "x"]
print(inner in gc.get_referents(outer), "x" in gc.get_referents(outer))
print(any(r is outer for r in gc.get_referrers(inner)))
d = {"k": inner}
print(any(r is d for r in gc.get_referrers(inner)))
print(gc.get_referents(1, "s"))
print(any(o is outer for o in gc.get_objects()))
try:
    gc.get_objects(3)
except ValueError as e:
    print(e)
