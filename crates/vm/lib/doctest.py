"""Run the interactive examples in docstrings and text files as tests.

An example is a `>>>` line (with `...` continuation lines) followed by
the output it should print, up to a blank line or the next `>>>`.
DocTestParser turns a docstring into Examples; DocTestFinder collects a
DocTest for every docstring in a module (its functions, classes, methods
and `__test__` entries); DocTestRunner (in _doctest_runner) runs them and
reports failures. testmod(), testfile(), run_docstring_examples() and
DocTestSuite() put these together as CPython's doctest does.
"""

import inspect
import linecache
import os
import re
import sys

from _doctest_runner import (
    BLANKLINE_MARKER, COMPARISON_FLAGS, DONT_ACCEPT_BLANKLINE,
    DONT_ACCEPT_TRUE_FOR_1, DebugRunner, DocTestFailure, DocTestRunner,
    ELLIPSIS, ELLIPSIS_MARKER, FAIL_FAST, IGNORE_EXCEPTION_DETAIL,
    NORMALIZE_WHITESPACE, OPTIONFLAGS_BY_NAME, OutputChecker, REPORTING_FLAGS,
    REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE, REPORT_UDIFF, SKIP,
    TestResults, UnexpectedException, register_optionflag)

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example',
    'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite',
    'DocFileSuite', 'set_unittest_reportflags', 'TestResults',
]

class Example:
    """One interactive example: its source (ending in a newline), the
    output it expects, the exception message it expects (or None), its
    0-based line within the docstring, its indentation and its options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.source, self.want, self.lineno, self.indent,
                 self.options, self.exc_msg)
                == (other.source, other.want, other.lineno, other.indent,
                    other.options, other.exc_msg))

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and
    where the docstring came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            examples = 'no examples'
        elif count == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % count
        return ('<%s %s from %s:%s (%s)>'
                % (type(self).__name__, self.name, self.filename,
                   self.lineno, examples))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.examples, self.docstring, self.globs, self.name,
                 self.filename, self.lineno)
                == (other.examples, other.docstring, other.globs, other.name,
                    other.filename, other.lineno))

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno or -1, id(self))
                < (other.name, other.filename, other.lineno or -1, id(other)))


_PS1 = re.compile(r'(?P<indent> *)>>>(?P<rest>.*)$')
_PS2 = re.compile(r'(?P<indent> *)\.\.\.(?P<rest>.*)$')
_TRACEBACK_HEADER = re.compile(
    r'Traceback \((?:most recent call last|innermost last)\):\s*$')
_OPTION_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)


class DocTestParser:
    """Splits a docstring into Examples and the text around them."""

    def parse(self, string, name='<string>'):
        """The docstring as a list alternating text and Examples."""
        string = string.expandtabs()
        lines = string.split('\n')
        margin = min((len(line) - len(line.lstrip(' '))
                      for line in lines if line.strip()), default=0)
        if margin > 0:
            lines = [line[margin:] for line in lines]
        output = []
        text_start = 0
        i = 0
        while i < len(lines):
            match = _PS1.match(lines[i])
            if match is None:
                i += 1
                continue
            start = i
            indent = len(match.group('indent'))
            source_lines = [lines[i]]
            i += 1
            while i < len(lines) and _PS2.match(lines[i]) \
                    and len(_PS2.match(lines[i]).group('indent')) == indent:
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < len(lines) and lines[i].strip() \
                    and not _PS1.match(lines[i]):
                want_lines.append(lines[i])
                i += 1
            output.append('\n'.join(lines[text_start:start])
                          + ('\n' if start > text_start else ''))
            output.append(self._example(source_lines, want_lines, indent,
                                        start, name))
            text_start = i
        output.append('\n'.join(lines[text_start:]))
        return output

    def _example(self, source_lines, want_lines, indent, lineno, name):
        for offset, line in enumerate(source_lines):
            if len(line) > indent + 3 and line[indent + 3] not in ' \n':
                raise ValueError('line %r of the docstring for %s lacks blank '
                                 'after %s: %r' % (lineno + offset + 1, name,
                                                   line[indent:indent + 3], line))
        for offset, line in enumerate(want_lines):
            if not line.startswith(' ' * indent):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r'
                                 % (lineno + len(source_lines) + offset + 1,
                                    name, line))
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        want = '\n'.join(line[indent:] for line in want_lines)
        if want:
            want += '\n'
        exc_msg = None
        want_rows = want.split('\n')
        if want_rows and _TRACEBACK_HEADER.match(want_rows[0]):
            for row_number, row in enumerate(want_rows[1:], 1):
                if row[:1].isalnum() or row[:1] == '_':
                    exc_msg = '\n'.join(want_rows[row_number:])
                    break
        options = self._options(source, name, lineno)
        return Example(source, want, exc_msg, lineno=lineno, indent=indent,
                       options=options)

    def _options(self, source, name, lineno):
        options = {}
        for match in _OPTION_DIRECTIVE.finditer(source):
            for option in match.group(1).replace(',', ' ').split():
                if option[:1] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and _OPTION_DIRECTIVE.sub('', source).strip() == '':
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def get_examples(self, string, name='<string>'):
        """Just the Examples of a docstring."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest for the examples of a docstring."""
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)


class DocTestFinder:
    """Finds the DocTests of an object and of what it defines."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj and (when recursing) of everything it
        defines, sorted by name."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if self._verbose:
            print('Finding tests in %s' % name)
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        try:
            filename = inspect.getsourcefile(obj) or inspect.getfile(obj)
        except TypeError:
            filename = None
        source_lines = None
        if filename is not None:
            if module is not None:
                source_lines = linecache.getlines(filename, module.__dict__)
            else:
                source_lines = linecache.getlines(filename)
            if not source_lines:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, filename)
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, property):
            return True
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        return True

    def _find(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                value_name = '%s.%s' % (name, key)
                if (inspect.isroutine(inspect.unwrap(value))
                        or inspect.isclass(value)) \
                        and self._from_module(module, value):
                    self._find(tests, value, value_name, module, source_lines,
                               globs, seen, filename)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must "
                                     "be strings: %r" % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(value),))
                self._find(tests, value, '%s.__test__.%s' % (name, key),
                           module, source_lines, globs, seen, filename)
        if inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if (inspect.isroutine(value) or inspect.isclass(value)
                        or isinstance(value, property)) \
                        and self._from_module(module, value):
                    self._find(tests, value, '%s.%s' % (name, key), module,
                               source_lines, globs, seen, filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__ or ''
                if not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            test_filename = None
        else:
            test_filename = getattr(module, '__file__', None) or module.__name__
            if test_filename.endswith('.pyc'):
                test_filename = test_filename[:-1]
        return self._parser.get_doctest(docstring, globs, name,
                                        test_filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line where obj's docstring starts, if it can be told."""
        lineno = None
        if inspect.ismodule(obj):
            lineno = 0
        if inspect.isclass(obj) and source_lines:
            pattern = re.compile(r'^\s*class\s*%s\b'
                                 % re.escape(getattr(obj, '__name__', '-')))
            for number, line in enumerate(source_lines):
                if pattern.match(line):
                    lineno = number
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj):
            obj = obj.__code__
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pattern = re.compile(r'(^|.*:)\s*\w*("|\')')
            for number in range(lineno, len(source_lines)):
                if pattern.match(source_lines[number]):
                    return number
        return None


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Run the examples in the docstrings of module m (by default
    __main__); TestResults(failed, attempted)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def _relative_path(module_relative, package, filename):
    if not module_relative:
        if package is not None:
            raise ValueError("Package may only be specified for module-"
                             "relative paths.")
        return filename
    if os.path.isabs(filename):
        raise ValueError("Module-relative files may not have absolute paths")
    if package is None:
        package = sys._getframe(2).f_globals.get('__name__', '__main__')
    if isinstance(package, str):
        package = sys.modules.get(package)
    base = getattr(package, '__file__', None)
    if base is None:
        base = sys.argv[0] if sys.argv and sys.argv[0] else os.curdir
    directory = os.path.dirname(base) if base != os.curdir else base
    return os.path.join(directory, *filename.split('/'))


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples in a text file; TestResults(failed, attempted)."""
    global master
    path = _relative_path(module_relative, package, filename)
    with open(path, encoding=encoding or 'utf-8') as f:
        text = f.read()
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, path, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples in f's docstring (not those of what f defines)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


from _doctest_unittest import (  # noqa: E402
    DocFileSuite, DocTestCase, DocTestSuite, set_unittest_reportflags)


def _test():
    """python -m doctest [-v] [-o OPTION] [-f] FILE...: run the examples
    of modules (.py files, imported) and of text files; exit status 1 if
    any failed."""
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append',
                        choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help=('specify a doctest option flag to apply'
                              ' to the test run; may be specified more'
                              ' than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this'
                              ' is a shorthand for -o FAIL_FAST, and is'
                              ' in addition to any other -o options)'))
    parser.add_argument('file', nargs='+',
                        help='file containing the tests to run')
    args = parser.parse_args()
    verbose = args.verbose
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            dirname, basename = os.path.split(filename)
            sys.path.insert(0, dirname)
            module = __import__(basename[:-3])
            del sys.path[0]
            failures, _ = testmod(module, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False,
                                   verbose=verbose, optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
