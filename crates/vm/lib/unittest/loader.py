"""TestLoader: building suites from test case classes, modules and
dotted names.

A class's tests are its attributes whose names start with
`testMethodPrefix` ("test") and that are callable, sorted by name (with
`sortTestMethodsUsing`), optionally filtered by `testNamePatterns`
(fnmatch-style, a bare word matching as `*word*`).
"""

import functools
import re
import sys

from . import case
from . import suite
from . import util

__unittest = True


def _fnmatch(name, pattern):
    regex = ""
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == "*":
            regex += ".*"
        elif c == "?":
            regex += "."
        elif c == "[":
            j = pattern.find("]", i)
            if j < 0:
                regex += "\\["
            else:
                body = pattern[i:j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                regex += "[" + body + "]"
                i = j + 1
        else:
            regex += re.escape(c)
    return re.fullmatch(regex, name, re.S) is not None


class TestLoader(object):
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        error_case, error_message = None, None
        if module is None:
            remaining = parts[:]
            while remaining:
                try:
                    module_name = ".".join(remaining)
                    module = __import__(module_name)
                    for part in remaining[1:]:
                        module = getattr(module, part)
                    break
                except ImportError:
                    remaining.pop()
            if module is None:
                raise ModuleNotFoundError("No module named %r" % (name,))
            parts = parts[len(remaining):]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, case.TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            full_name = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return patterns is None or any(_fnmatch(full_name, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        raise ImportError("test discovery needs the file system modules: "
                          "load tests by module or name instead")


defaultTestLoader = TestLoader()


def _make_loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    return _make_loader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
