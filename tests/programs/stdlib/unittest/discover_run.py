# unittest discovery: test*.py modules of a package and its sub-packages
# in sorted order; directories without __init__.py and modules not
# matching the pattern are skipped.
import time
import unittest

time.perf_counter = lambda: 0.0
program = unittest.main(module=None, argv=["prog", "discover", "-s", "_discover_pkg", "-t", ".", "-v"],
                        exit=False)
result = program.result
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
print(sorted(test.id() for test, _ in result.failures + result.errors))
