# TestLoader and TestSuite used directly, a TextTestRunner writing to a
# custom stream, FunctionTestCase, test ids and reprs, failfast, and
# unittest.main with argv naming tests, -k patterns, -q and exit=False.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


class Beta(unittest.TestCase):
    def test_zeta(self):
        pass

    def test_alpha(self):
        pass

    def test_mid(self):
        self.assertEqual([1, 2], [1, 3])

    not_a_test = 5
    test_attribute = "strings are not collected"


class Alpha(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Beta))
suite = loader.loadTestsFromTestCase(Beta)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(Beta("test_zeta")), str(Beta("test_zeta")))
print(loader.loadTestsFromTestCase(Alpha).countTestCases())
module_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(module_suite.countTestCases())
print(Beta("test_alpha") == Beta("test_alpha"), Beta("test_alpha") == Beta("test_zeta"))
try:
    Beta("test_missing")
except ValueError as e:
    print("ValueError:", e)

stream = Collect()
result = unittest.TextTestRunner(stream=stream).run(suite)
print("".join(stream.parts))
print(result.testsRun, len(result.failures), result.wasSuccessful())


def plain_check():
    assert 1 + 1 == 2


ft = unittest.FunctionTestCase(plain_check, description="adds up")
print(ft, ft.id(), ft.shortDescription())
result = unittest.TestResult()
unittest.TestSuite([ft, Alpha()]).run(result)
print(result.testsRun, result.wasSuccessful())

stream = Collect()
both = unittest.TestSuite([loader.loadTestsFromTestCase(Beta), Alpha()])
result = unittest.TextTestRunner(stream=stream, failfast=True, verbosity=0).run(both)
print(result.testsRun, result.shouldStop)
print("".join(stream.parts))

program = unittest.main(argv=["prog", "-v", "Beta.test_zeta", "Alpha"], exit=False)
print(program.result.testsRun)
program = unittest.main(argv=["prog", "-k", "alp"], exit=False)
print(program.result.testsRun)
program = unittest.main(argv=["prog", "-q"], exit=False)
print(program.result.testsRun, program.result.wasSuccessful())
