"""doctest's unittest integration: DocTestCase runs one DocTest as a
unittest test case; DocTestSuite and DocFileSuite gather them into a
unittest.TestSuite for a module's docstrings or for text files.
"""

import io
import os
import sys
import unittest

from _doctest_runner import (
    DocTestRunner, REPORTING_FLAGS, REPORT_ONLY_FIRST_FAILURE)

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use; the previous ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test case that runs the examples of one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_globs = test.globs.copy()
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()
        self._dt_test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        optionflags = self._dt_optionflags
        if not optionflags & REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags,
                               checker=self._dt_checker, verbose=False)
        report = io.StringIO()
        failures, _ = runner.run(test, out=report.write, clear_globs=False)
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._dt_test == other._dt_test

    def __hash__(self):
        return hash(self._dt_test)

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class DocFileCase(DocTestCase):
    """A DocTestCase for the examples of a text file."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest.TestSuite with a DocTestCase for each docstring of
    `module` (a module or its name; by default the caller's) that has
    examples."""
    import doctest as _doctest
    if test_finder is None:
        test_finder = _doctest.DocTestFinder()
    if module is None:
        module = sys.modules[sys._getframe(1).f_globals['__name__']]
    elif isinstance(module, str):
        module = __import__(module, {}, {}, ['*'])
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            filename = getattr(module, '__file__', None)
            if filename and filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileSuite(*paths, **kw):
    """A unittest.TestSuite with a DocFileCase for each text file."""
    import doctest as _doctest
    suite = unittest.TestSuite()
    module_relative = kw.pop('module_relative', True)
    package = kw.pop('package', None)
    if module_relative and package is None:
        package = sys._getframe(1).f_globals.get('__name__', '__main__')
    parser = kw.pop('parser', _doctest.DocTestParser())
    encoding = kw.pop('encoding', None)
    globs = kw.pop('globs', None)
    globs = {} if globs is None else globs.copy()
    for path in paths:
        if module_relative:
            full = _doctest._relative_path(True, package, path)
        else:
            full = path
        with open(full, encoding=encoding or 'utf-8') as f:
            text = f.read()
        file_globs = dict(globs)
        file_globs.setdefault('__file__', full)
        name = os.path.basename(path)
        test = parser.get_doctest(text, file_globs, name, full, 0)
        suite.addTest(DocFileCase(test, **kw))
    return suite
