# doctest's pieces used directly: DocTestParser, Example and DocTest,
# DocTestRunner with option flags (NORMALIZE_WHITESPACE, ELLIPSIS,
# DONT_ACCEPT_TRUE_FOR_1, REPORT_NDIFF/UDIFF, REPORT_ONLY_FIRST_FAILURE,
# FAIL_FAST), run_docstring_examples, DebugRunner, OutputChecker and
# the parser's errors.
import doctest
import io

parser = doctest.DocTestParser()
text = '''
Some text.
    >>> x = [1,
    ...      2]
    >>> x
    [1, 2]
    >>> print("a   b")   # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> 1/0
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
'''
for example in parser.get_examples(text, 'sample'):
    print(repr(example.source), repr(example.want), repr(example.exc_msg),
          example.lineno, example.indent, example.options)
test = parser.get_doctest(text, {}, 'sample', 'sample.txt', 10)
print(test, len(test.examples), test.name, test.filename, test.lineno)


def runs(text, flags=0, verbose=False):
    test = parser.get_doctest(text, {}, 'case', None, 0)
    runner = doctest.DocTestRunner(verbose=verbose, optionflags=flags)
    report = io.StringIO()
    result = runner.run(test, out=report.write)
    print(result)
    print(report.getvalue(), end='')
    return runner


runs(text)
runs('''
>>> print(list(range(20)))
[0, 1, 2, ..., 19]
>>> True
1
>>> print("x\\ny\\nz\\nw")
x
y
Z
w
''')
runs('''
>>> print(list(range(20)))
[0, 1, 2, ..., 19]
>>> True
1
''', doctest.ELLIPSIS | doctest.DONT_ACCEPT_TRUE_FOR_1)
runs('''
>>> print("one\\ntwo\\nthree\\nfour")
one
2
three
four
''', doctest.REPORT_NDIFF)
runs('''
>>> print("one\\ntwo\\nthree\\nfour")
one
2
three
four
''', doctest.REPORT_UDIFF)
runs('''
>>> 1
2
>>> 3
4
>>> 5
6
''', doctest.REPORT_ONLY_FIRST_FAILURE)
runs('''
>>> 1
2
>>> 3
4
''', doctest.FAIL_FAST)
runner = runs('''
>>> a = 1
>>> a + 1
2
''', verbose=True)
print(runner.summarize(verbose=True))


def documented(n):
    """
    >>> documented(3)
    9
    >>> documented(4)
    15
    """
    return n * n


doctest.run_docstring_examples(documented, {'documented': documented}, name='documented')
doctest.run_docstring_examples(documented, {'documented': documented}, verbose=True)

checker = doctest.OutputChecker()
print(checker.check_output('a ... z\n', 'a b c z\n', doctest.ELLIPSIS),
      checker.check_output('<BLANKLINE>\n', '\n', 0),
      checker.check_output('1\n', 'True\n', 0),
      checker.check_output('a  b\n', 'a b\n', 0))

try:
    test = parser.get_doctest('>>> 1\n2\n', {}, 'strict', None, 0)
    doctest.DebugRunner(verbose=False).run(test)
except doctest.DocTestFailure as failure:
    print('DocTestFailure', failure.example.source, repr(failure.got))
try:
    test = parser.get_doctest('>>> 1/0\n', {}, 'strict', None, 0)
    doctest.DebugRunner(verbose=False).run(test)
except doctest.UnexpectedException as failure:
    print('UnexpectedException', failure.exc_info[0].__name__)

for bad in ['>>>1\n', '  >>> 1\n 1\n', '>>> 1  # doctest: +NOPE\n', '>>> # doctest: +ELLIPSIS\n']:
    try:
        parser.get_examples(bad, 'bad')
        print('parsed', repr(bad))
    except ValueError as e:
        print('ValueError:', e)
print(doctest.register_optionflag('MY_FLAG') == doctest.register_optionflag('MY_FLAG'))
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.REPORT_NDIFF, doctest.FAIL_FAST)
print(doctest.TestResults(1, 2))
