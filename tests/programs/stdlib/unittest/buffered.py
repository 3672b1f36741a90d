# unittest -b: output of passing tests is swallowed; output of failing
# tests is shown in their report and echoed after them.
import time
import unittest

time.perf_counter = lambda: 0.0


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("printed by a passing test")

    def test_loud_failure(self):
        print("printed by a failing test")
        self.fail("nope")


if __name__ == "__main__":
    unittest.main(argv=["prog", "-b"], exit=False)
    print("after the run")
