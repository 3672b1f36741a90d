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
from fnmatch import fnmatch, fnmatchcase

from . import case
from . import suite
from . import util
from . import _tb

__unittest = True


_VALID_MODULE_NAME = re.compile(r"[_a-z]\w*\.py$", re.IGNORECASE)


class _FailedTest(case.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception

        return testFailure


_FailedTest.__module__ = "unittest.loader"


def _make_failed_test(methodname, exception, suiteClass):
    test = _FailedTest.__new__(_FailedTest)
    test._testMethodName = methodname
    _FailedTest.__init__(test, methodname, exception)
    return suiteClass((test,))


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass

    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suiteClass((TestClass(methodname),))


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
            return patterns is None or any(fnmatchcase(full_name, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """Load the tests of every module under `start_dir` whose file
        name matches `pattern`, recursing into packages."""
        import os

        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        start_dir = os.path.abspath(start_dir)
        if not os.path.isdir(start_dir):
            raise ImportError("Start directory is not importable: %r" % start_dir)
        self._loading_packages = set()
        tests = list(self._find_tests(start_dir, pattern))
        return self.suiteClass(tests)

    def _get_name_from_path(self, path):
        import os

        if path == self._top_level_dir:
            return "."
        path = os.path.splitext(os.path.normpath(path))[0]
        relative = os.path.relpath(path, self._top_level_dir)
        return relative.replace(os.path.sep, ".")

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern):
        import os

        for path in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, path)
            tests, should_recurse = self._find_test_path(full_path, pattern)
            if tests is not None:
                yield tests
            if should_recurse:
                name = self._get_name_from_path(full_path)
                self._loading_packages.add(name)
                try:
                    yield from self._find_tests(full_path, pattern)
                finally:
                    self._loading_packages.discard(name)

    def _failed_import(self, name):
        """While handling the error importing the module `name` found by
        discovery: record it in `errors` and return a test that reports it."""
        message = "Failed to import test module: %s\n%s" % (
            name, "".join(_tb.format_exception(*sys.exc_info(), False)))
        self.errors.append(message)
        return _make_failed_test(name, ImportError(message), self.suiteClass)

    def _find_test_path(self, full_path, pattern):
        import os

        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not _VALID_MODULE_NAME.match(basename) or not fnmatch(basename, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                module = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except Exception:
                return self._failed_import(name), False
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, "__init__.py")):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                package = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except Exception:
                return self._failed_import(name), False
            load_tests = getattr(package, "load_tests", None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                if load_tests is not None:
                    return tests, False
                return tests, True
            finally:
                self._loading_packages.discard(name)
        return None, False


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
