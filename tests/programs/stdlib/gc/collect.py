# gc: collecting cycles, switching the collector off and on, thresholds.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print(gc.collect() > 0)
print(gc.collect())

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

old = gc.get_threshold()
print(old)
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 6)
print(gc.get_threshold())
gc.set_threshold(*old)
count = gc.get_count()
print(type(count).__name__, len(count))
print(gc.garbage, gc.callbacks)

for args in [(), (1, 2, 3, 4), ("x",)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(e)
for g in (3, -1):
    try:
        gc.collect(g)
    except ValueError as e:
        print(e)
print(gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
