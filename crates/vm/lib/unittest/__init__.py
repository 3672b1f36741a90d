"""A unit-testing framework: test cases with assertion methods and
fixtures, suites, loaders, a text runner, and unittest.main()."""

__all__ = [
    "TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite",
    "TextTestRunner", "TestLoader", "FunctionTestCase", "main",
    "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless",
    "expectedFailure", "TextTestResult", "installHandler",
    "registerResult", "removeResult", "removeHandler",
    "addModuleCleanup", "doModuleCleanups", "enterModuleContext",
    "getTestCaseNames", "makeSuite", "findTestCases",
]

__unittest = True

from .result import TestResult
from .case import (
    addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip, skipIf,
    skipUnless, expectedFailure, doModuleCleanups, enterModuleContext,
)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases
from .main import main, TestProgram
from .runner import TextTestRunner, TextTestResult
from .async_case import IsolatedAsyncioTestCase


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None


_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    try:
        _results.remove(result)
        return True
    except ValueError:
        return False


