# unittest.main(verbosity=2): one line per test with docstring first
# lines, subtests, fixtures at class and module level, cleanups order.
import time
import unittest

time.perf_counter = lambda: 0.0
log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")
    print(log)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(log.append, "cleanup 2")

    def tearDown(self):
        log.append("tearDown")

    def test_a(self):
        """First line of the docstring.

        More text that is not shown."""
        log.append("a")

    def test_b_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 2, 1)

    def test_c_nested(self):
        with self.subTest("outer", kind="x"):
            with self.subTest(n=2):
                self.fail("inner failure")

    @unittest.skipIf(True, "condition holds")
    def test_d(self):
        pass

    @unittest.skipUnless(False, "condition fails")
    def test_e(self):
        pass

    def test_f_skiptest(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_g_unexpected(self):
        pass


class BrokenSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        log.append("never")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
