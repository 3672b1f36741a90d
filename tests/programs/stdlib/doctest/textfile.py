# doctest.testfile over text files beside the program (a passing one and
# a failing one, quiet and verbose), and DocTestSuite run by unittest.
import doctest
import sys
import unittest

print(doctest.testfile('_passing.txt'))
print(doctest.testfile('_failing.txt'))
print(doctest.testfile('_passing.txt', verbose=True))
print(doctest.testfile('_failing.txt', report=False, optionflags=doctest.ELLIPSIS))


def square(n):
    """Square a number.

    >>> square(3)
    9
    >>> square(-2)
    4
    """
    return n * n


def cube(n):
    """
    >>> cube(2)
    9
    """
    return n ** 3


def undocumented():
    pass


suite = doctest.DocTestSuite()
print(suite.countTestCases(), sorted(str(t) for t in suite))
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for case, text in result.failures:
    print(case.id(), '|', text.splitlines()[-1])
    print('\n'.join(line for line in text.splitlines()
                    if 'Failed' in line or 'textfile.py' in line))
