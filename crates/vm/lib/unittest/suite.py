"""TestSuite: an ordered collection of tests and suites run as one.

A top-level run also drives the class and module fixtures: before the
first test of a class its setUpClass runs (and before the first test of a
module, that module's setUpModule); when the class (module) changes or
the run ends, tearDownClass (tearDownModule) runs. A failing fixture is
reported as an error of a pseudo-test named e.g. `setUpClass (mod.Cls)`,
and the tests depending on it are not run.
"""

import sys

from . import case
from . import util

__unittest = True


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, lambda: None)
    func()


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite(object):
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, "countTestCases"):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class _ErrorHolder(object):
    """Stands for a fixture that failed, so the result can report it."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class TestSuite(BaseTestSuite):
    def run(self, result, debug=False):
        top_level = False
        if getattr(result, "_testRunEntered", False) is False:
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, "_classSetupFailed", False) or getattr(
                        result, "_moduleSetUpFailed", False):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _report(self, result, exc, label, info=None):
        error = _ErrorHolder(label)
        add_skip = getattr(result, "addSkip", None)
        if add_skip is not None and isinstance(exc, case.SkipTest):
            add_skip(error, str(exc))
        elif not info:
            result.addError(error, sys.exc_info())
        else:
            result.addError(error, info)

    def _call_fixture(self, result, fixture, label):
        """Call a class or module fixture (or the module cleanups); report an
        error it raises as `label`, or re-raise it when debugging. Whether
        it failed."""
        try:
            fixture()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            self._report(result, e, label)
            return True
        return False

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__
        if current == previous:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        set_up = getattr(current, "setUpClass", None)
        cleanups = getattr(current, "doClassCleanups", None)
        if set_up is None:
            return
        class_name = util.strclass(current)
        _call_if_exists(result, "_setupStdout")
        failed = self._call_fixture(result, set_up, "setUpClass (%s)" % class_name)
        if failed:
            try:
                current._classSetupFailed = True
            except TypeError:
                pass
        if failed and cleanups is not None:
            cleanups()
            for exc_info in current.tearDown_exceptions:
                self._report(result, exc_info[1], "setUpClass (%s)" % class_name, exc_info)
        _call_if_exists(result, "_restoreStdout")

    def _get_previous_module(self, result):
        previous = getattr(result, "_previousTestClass", None)
        if previous is not None:
            return previous.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        if module is None:
            return
        set_up = getattr(module, "setUpModule", None)
        if set_up is None:
            return
        if self._call_fixture(result, set_up, "setUpModule (%s)" % current_module):
            result._moduleSetUpFailed = True
            self._module_cleanups(result, "setUpModule (%s)" % current_module)

    def _module_cleanups(self, result, label):
        self._call_fixture(result, case.doModuleCleanups, label)

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        if module is None:
            return
        tear_down = getattr(module, "tearDownModule", None)
        if tear_down is not None:
            self._call_fixture(result, tear_down, "tearDownModule (%s)" % previous_module)
        self._module_cleanups(result, "tearDownModule (%s)" % previous_module)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, "_classSetupFailed", False):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tear_down = getattr(previous, "tearDownClass", None)
        cleanups = getattr(previous, "doClassCleanups", None)
        if tear_down is None and cleanups is None:
            return
        class_name = util.strclass(previous)
        if tear_down is not None:
            self._call_fixture(result, tear_down, "tearDownClass (%s)" % class_name)
        if cleanups is not None:
            cleanups()
            for exc_info in previous.tearDown_exceptions:
                if isinstance(result, _DebugResult):
                    raise exc_info[1]
                self._report(result, exc_info[1], "tearDownClass (%s)" % class_name, exc_info)


class _DebugResult(object):
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
