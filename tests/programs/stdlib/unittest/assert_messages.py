# Failure messages of the assert* methods, caught and printed: diffs for
# strings, lists, tuples, dicts and sets, shortened long reprs, custom
# messages with longMessage on and off, and maxDiff truncation.
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def show(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print("--", label)
        print(e)
    else:
        print("--", label, "passed")


show("equal ints", t.assertEqual, 1, 2)
show("equal strs", t.assertEqual, "abc", "abd")
show("multiline", t.assertEqual, "one\ntwo\nthree\n", "one\n2\nthree\nfour\n")
show("lists", t.assertEqual, [1, 2, 3], [1, 2, 4, 5])
show("tuples", t.assertEqual, (1, "a"), (1, "b"))
show("list vs tuple", t.assertEqual, [1], (1,))
show("dicts", t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4})
show("sets", t.assertEqual, {1, 2, 3}, {2, 3, 4})
show("long", t.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
show("long lists", t.assertEqual, list(range(100)), list(range(1, 101)))
show("not equal", t.assertNotEqual, 3, 3)
show("true", t.assertTrue, 0)
show("false", t.assertFalse, [1])
show("is", t.assertIs, 1, None)
show("is not", t.assertIsNot, None, None)
show("is none", t.assertIsNone, "x")
show("not none", t.assertIsNotNone, None)
show("instance", t.assertIsInstance, 3, str)
show("not instance", t.assertNotIsInstance, 3, int)
show("in", t.assertIn, "z", "abc")
show("not in", t.assertNotIn, 2, {1: 0, 2: 0})
show("greater", t.assertGreater, 1, 2)
show("greater equal", t.assertGreaterEqual, 1, 2)
show("less", t.assertLess, 2, 1)
show("less equal", t.assertLessEqual, 2, 1)
show("almost", t.assertAlmostEqual, 1.0, 1.1)
show("almost places", t.assertAlmostEqual, 1.0, 1.001, places=2)
show("almost delta", t.assertAlmostEqual, 10, 13, delta=2)
show("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
show("count equal", t.assertCountEqual, [1, 1, 2, "a"], [1, 2, 2, "b"])
show("count unhashable", t.assertCountEqual, [[1], [2]], [[1], [1]])
show("regex", t.assertRegex, "hello", r"\d+")
show("not regex", t.assertNotRegex, "abc123", r"\d+")
show("msg", t.assertEqual, 1, 2, msg="extra")
t.longMessage = False
show("msg only", t.assertEqual, 1, 2, msg="extra")
t.longMessage = True
t.maxDiff = 20
show("truncated", t.assertEqual, [1, 2, 3, 4, 5], [1, 2, 3, 4, 6])
t.maxDiff = None
show("fail", t.fail, "boom")
try:
    t.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    print("TypeError:", e)
