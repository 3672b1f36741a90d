# Error reports: errors in setUp, tearDown and cleanups, chained and
# context exceptions with position markers, multi-line messages, notes,
# string and dict diffs; then a second main() run with defaultTest.
import time
import unittest
time.perf_counter = lambda: 0.0

def helper(x):
    if x > 1:
        raise ValueError("too big\nsecond line")
    return x

class Errors(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == "test_setup_fails":
            raise RuntimeError("setup broke")

    def tearDown(self):
        if self._testMethodName == "test_teardown_fails":
            raise OSError("teardown broke")

    def test_setup_fails(self):
        pass

    def test_teardown_fails(self):
        pass

    def test_chained(self):
        try:
            helper(5)
        except ValueError as e:
            raise KeyError("wrapped") from e

    def test_context(self):
        try:
            {}["x"]
        except KeyError:
            helper(3)

    def test_cleanup_fails(self):
        self.addCleanup(helper, 9)

    def test_helper(self):
        self.assertEqual(helper(2), 2)

    def test_multiline_assert(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")

    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_notes(self):
        e = ValueError("base")
        e.add_note("a note")
        raise e

class One(unittest.TestCase):
    def test_only(self):
        """Only test."""

if __name__ == "__main__":
    unittest.main(exit=False)
    unittest.main(defaultTest="One", exit=False, verbosity=2)
