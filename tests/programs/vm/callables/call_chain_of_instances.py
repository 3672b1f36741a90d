# A class whose __call__ is an instance of itself calls without end: the
# chain counts against the recursion limit and ends in RecursionError.
class A:
    pass


A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError:", e)


class Exc(Exception):
    pass


class BadCmp:
    def __eq__(self, other):
        raise Exc


# Slices compare as the tuples of their fields, so a field's __eq__ runs.
for s1, s2 in [(slice(BadCmp()), slice(BadCmp())), (slice(1, BadCmp()), slice(1, BadCmp())),
               (slice(1, 2, BadCmp()), slice(1, 2, BadCmp()))]:
    try:
        s1 == s2
    except Exc:
        print("Exc")
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1) < slice(2))
# A slice held in a namespace whose field reaches back to it is a cycle
# the collector frees.
import gc
s = slice(BadCmp())

gc.collect()
