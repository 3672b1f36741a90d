# unittest.main(): progress characters, FAIL/ERROR sections with
# tracebacks, the summary line and the exit status. The clock is pinned
# so the "Ran N tests in T" line is deterministic.
import time
import unittest

time.perf_counter = lambda: 0.0


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        self.assertEqual(2 * 3, 7)

    def test_error(self):
        raise KeyError("missing")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_in(self):
        self.assertIn(3, [1, 2])

    def helper(self):
        raise AssertionError("never collected")


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")

    def test_message(self):
        self.assertEqual(1, 2, "custom note")


if __name__ == "__main__":
    unittest.main()
