# assertRaises / assertRaisesRegex as context managers and with callables,
# the caught exception on the context, and their failure messages.
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)

with t.assertRaises((KeyError, IndexError)) as cm:
    [][3]
print(repr(cm.exception))

t.assertRaises(ValueError, int, "nope")
t.assertRaisesRegex(ValueError, r"invalid literal", int, "nope")
with t.assertRaisesRegex(KeyError, "miss"):
    {}["missing"]


def show(label, func):
    try:
        func()
    except AssertionError as e:
        print("--", label, "->", e)
    except Exception as e:
        print("--", label, "escaped", type(e).__name__, e)


def not_raised():
    with t.assertRaises(ValueError):
        pass


def not_raised_msg():
    with t.assertRaises(ValueError, msg="should fail"):
        pass


def not_raised_callable():
    t.assertRaises(TypeError, len, [1])


def wrong_type():
    with t.assertRaises(ValueError):
        raise KeyError("other")


def regex_mismatch():
    with t.assertRaisesRegex(ValueError, r"^\d+$"):
        raise ValueError("letters")


def bad_argument():
    t.assertRaises(42)


def bad_keyword():
    with t.assertRaises(ValueError, color="red"):
        pass


show("not raised", not_raised)
show("not raised msg", not_raised_msg)
show("callable", not_raised_callable)
show("wrong type", wrong_type)
show("regex mismatch", regex_mismatch)
show("bad argument", bad_argument)
show("bad keyword", bad_keyword)


class Cases(unittest.TestCase):
    def test_raises_uncaught(self):
        with self.assertRaises(KeyError):
            raise ValueError("not a key error")


result = unittest.TestResult()
Cases("test_raises_uncaught").run(result)
print(result, len(result.errors))
print(result.errors[0][1].splitlines()[-1])
