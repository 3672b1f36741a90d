"""TestCase: one test method run against fresh fixtures.

Running a test calls setUp, the test method and tearDown, then the
cleanups registered with addCleanup (last registered first). Each part
runs under `_Outcome.part`, which turns what the part raises into the
result's report: SkipTest into a skip, the failure exception into a
failure, anything else into an error; a failing part makes the whole test
unsuccessful. The test method is only run when setUp succeeded, and
tearDown only after the test method ran.

Skips and expected failures are marked by the decorators here with
`__unittest_skip__`, `__unittest_skip_why__` and
`__unittest_expecting_failure__` attributes on the method or class.
"""

import contextlib
import sys

from . import util
from ._assertions import Assertions

__unittest = True

_subtest_msg_sentinel = object()


class SkipTest(Exception):
    """Raised to skip the running test."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip the decorated test or class."""

    def decorator(test_item):
        if not isinstance(test_item, type):
            inner = test_item

            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)

            for name in ("__module__", "__name__", "__qualname__", "__doc__"):
                try:
                    setattr(skip_wrapper, name, getattr(inner, name))
                except AttributeError:
                    pass
            skip_wrapper.__wrapped__ = inner
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item

    if isinstance(reason, type(_id)):
        item = reason
        reason = ""
        return decorator(item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _add_skip(result, test_case, reason):
    add_skip = getattr(result, "addSkip", None)
    if add_skip is not None:
        add_skip(test_case, reason)
    else:
        result.addSuccess(test_case)


def _add_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


class _Outcome:
    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    @contextlib.contextmanager
    def part(self, test_case, subtest=False):
        old_success = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            _add_skip(self.result, test_case, str(e))
        except _ShouldStop:
            pass
        except BaseException:
            exc_info = sys.exc_info()
            if self.expecting_failure:
                self.expectedFailure = exc_info
            else:
                self.success = False
                if subtest:
                    self.result.addSubTest(test_case.test_case, test_case, exc_info)
                else:
                    _add_error(self.result, test_case, exc_info)
        else:
            if subtest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = self.success and old_success

    testPartExecutor = part


class _ParamsChain:
    """Subtest parameters: the innermost subTest's first, then those of
    the enclosing subTests not shadowed by it."""

    def __init__(self, params, parent=None):
        self.params = params
        self.parent = parent

    def new_child(self, params):
        return _ParamsChain(params, self)

    def items(self):
        seen = set()
        out = []
        level = self
        while level is not None:
            for key, value in level.params.items():
                if key not in seen:
                    seen.add(key)
                    out.append((key, value))
            level = level.parent
        return out

    def __bool__(self):
        return bool(self.items())


class TestCase(Assertions):
    """A test case: an instance runs the one method named at creation."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2**16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = "No test"
        try:
            test_method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError(
                    "no such test method in %s: %s" % (self.__class__, methodName)
                )
        else:
            self._testMethodDoc = test_method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        self.addTypeEqualityFunc(dict, "assertDictEqual")
        self.addTypeEqualityFunc(list, "assertListEqual")
        self.addTypeEqualityFunc(tuple, "assertTupleEqual")
        self.addTypeEqualityFunc(set, "assertSetEqual")
        self.addTypeEqualityFunc(frozenset, "assertSetEqual")
        self.addTypeEqualityFunc(str, "assertMultiLineEqual")

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(
                "'%s.%s' object does not support the context manager protocol"
                % (cls.__module__, cls.__qualname__)
            ) from None
        result = enter(cm)
        self.addCleanup(exit, cm, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        kind = type(cm)
        result = kind.__enter__(cm)
        cls.addClassCleanup(kind.__exit__, cm, None, None, None)
        return result

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult

        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if doc:
            return doc.strip().split("\n")[0].strip()
        return None

    def id(self):
        return "%s.%s" % (util.strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (
            self._testMethodName,
            util.strclass(self.__class__),
            self._testMethodName,
        )

    def __repr__(self):
        return "<%s testMethod=%s>" % (util.strclass(self.__class__), self._testMethodName)

    @contextlib.contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """Run the body as a subtest: its failure is reported with the
        message and parameters, and the test goes on after it."""
        if self._outcome is None or not self._outcome.result_supports_subtests:
            yield
            return
        parent = self._subtest
        if parent is None:
            chain = _ParamsChain(params)
        else:
            chain = parent.params.new_child(params)
        self._subtest = _SubTest(self, msg, chain)
        try:
            with self._outcome.part(self._subtest, subtest=True):
                yield
            if not self._outcome.success:
                result = self._outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif self._outcome.expectedFailure:
                raise _ShouldStop
        finally:
            self._subtest = parent

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, "addExpectedFailure", None)
        if add is not None:
            add(self, exc_info)
        else:
            result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, "addUnexpectedSuccess", None)
        if add is not None:
            add(self)
        else:
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        stop_test_run = None
        if result is None:
            result = self.defaultTestResult()
            start_test_run = getattr(result, "startTestRun", None)
            stop_test_run = getattr(result, "stopTestRun", None)
            if start_test_run is not None:
                start_test_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(
                method, "__unittest_skip__", False
            ):
                why = getattr(self.__class__, "__unittest_skip_why__", "") or getattr(
                    method, "__unittest_skip_why__", ""
                )
                _add_skip(result, self, why)
                return result
            expecting_failure = getattr(
                self, "__unittest_expecting_failure__", False
            ) or getattr(method, "__unittest_expecting_failure__", False)
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                with outcome.part(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.part(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.part(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            self._addExpectedFailure(result, outcome.expectedFailure)
                        else:
                            self._addUnexpectedSuccess(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_test_run is not None:
                stop_test_run()

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.part(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a result."""
        method = getattr(self, self._testMethodName)
        if getattr(self.__class__, "__unittest_skip__", False) or getattr(
            method, "__unittest_skip__", False
        ):
            why = getattr(self.__class__, "__unittest_skip_why__", "") or getattr(
                method, "__unittest_skip_why__", ""
            )
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)


class FunctionTestCase(TestCase):
    """A test case around a plain function, with optional set-up and
    tear-down functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (
            self._setUpFunc == other._setUpFunc
            and self._tearDownFunc == other._tearDownFunc
            and self._testFunc == other._testFunc
            and self._description == other._description
        )

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return "%s (%s)" % (util.strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (util.strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        items = self.params.items()
        if items:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in items)))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register a function to run after the module's tests
    (tearDownModule included)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    kind = type(cm)
    result = kind.__enter__(cm)
    addModuleCleanup(kind.__exit__, cm, None, None, None)
    return result


def doModuleCleanups():
    """Run the module cleanups, last registered first; re-raise the first
    error once all ran."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]
