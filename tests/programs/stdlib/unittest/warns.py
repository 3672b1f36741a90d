# assertWarns / assertWarnsRegex as context managers and with callables,
# the captured warning and its location, and the failure messages.
import unittest
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def legacy(x):
    warnings.warn("legacy() is deprecated", DeprecationWarning)
    return x * 2


with t.assertWarns(DeprecationWarning) as cm:
    result = legacy(2)
print(result, type(cm.warning).__name__, cm.warning, cm.lineno, cm.filename.endswith("warns.py"))
print(t.assertWarns(DeprecationWarning, legacy, 5))
with t.assertWarnsRegex(UserWarning, r"disk \d+%"):
    warnings.warn("disk 93% full")
for label, action in [
    ("not triggered", lambda: t.assertWarns(UserWarning, lambda: None)),
    ("regex", lambda: t.assertWarnsRegex(UserWarning, "^x", warnings.warn, "y")),
    ("wrong category", lambda: t.assertWarns(RuntimeWarning, legacy, 1)),
]:
    try:
        action()
    except AssertionError as e:
        print(label, "->", e)
try:
    t.assertWarns(ValueError)
except TypeError as e:
    print("TypeError:", e)
