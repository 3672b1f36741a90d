# doctest and exceptions: expected tracebacks (with and without the stack
# and with IGNORE_EXCEPTION_DETAIL), a wrong exception, an unexpected one
# (its traceback goes through the example's own source line), and
# SyntaxError in an example. Only the frames' file lines are printed from
# a reported traceback: the runner's own frame names where doctest is
# installed.
import doctest
import io

parser = doctest.DocTestParser()


def helper(n):
    if n < 0:
        raise ValueError('negative: %d' % n)
    return n


def report(text, flags=0):
    test = parser.get_doctest(text, {'helper': helper}, 'case', 'case.txt', 0)
    runner = doctest.DocTestRunner(verbose=False, optionflags=flags)
    out = io.StringIO()
    print(runner.run(test, out=out.write))
    in_traceback = False
    for line in out.getvalue().splitlines():
        body = line.lstrip(' ')
        depth = len(line) - len(body)
        if body == 'Traceback (most recent call last):':
            in_traceback = True
        elif in_traceback and depth <= 4:
            in_traceback = False
        elif in_traceback:
            internal = 'doctest.py"' in body or '<frozen _doctest' in body
            if not body.startswith('File "') or internal:
                continue
        print(line)


report('''
>>> helper(-1)
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ValueError: negative: -1
>>> helper(-2)
Traceback (most recent call last):
ValueError: negative: -2
>>> helper(-3)
Traceback (innermost last):
   ...
ValueError: something else
>>> helper(-4)    # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
builtins.ValueError: something else
>>> {}['missing']
Traceback (most recent call last):
KeyError: 'missing'
>>> helper(-5)
Traceback (most recent call last):
TypeError: negative: -5
''')
report('''
>>> x = 1
>>> helper(-6)
-6
>>> def g():
...     return helper(-7)
>>> g()
-7
''')
report('''
>>> 1 +
Traceback (most recent call last):
SyntaxError: invalid syntax
>>> undefined_name
Traceback (most recent call last):
NameError: name 'undefined_name' is not defined
''')
report('''
>>> raise ValueError('multi\\nline')
Traceback (most recent call last):
ValueError: multi
line
>>> raise ValueError('detail')
Traceback (most recent call last):
ValueError: other detail
''', doctest.IGNORE_EXCEPTION_DETAIL)
