# code.replace: renaming, moving, new constants and names; the errors.
def f(a, b=2):
    x = a + b
    return ('hello', x, 1.5)

co = f.__code__
def show(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

c2 = co.replace(co_name='g', co_qualname='G.g', co_filename='other.py', co_firstlineno=100)
print(c2.co_name, c2.co_qualname, c2.co_filename, c2.co_firstlineno, type(c2).__name__, c2 is co)
print(co.co_name, co.co_filename.endswith('.py'))
expr = compile("('hello', 2 ** 10, (1, 'x'), None)", 'expr', 'eval')
print(eval(expr), expr.co_consts)
swapped = expr.replace(co_consts=tuple('bye' if c == 'hello' else c for c in expr.co_consts))
print(eval(swapped), swapped.co_consts, eval(expr))
nested = compile("a + 1", 'expr', 'eval')
print(eval(nested.replace(co_names=('b',)), {'a': 1, 'b': 10}))
print(co.replace().co_name, co.replace(co_varnames=('p', 'q', 'r')).co_varnames)
print(co.replace(co_argcount=co.co_argcount, co_code=co.co_code).co_argcount)
show('positional', lambda: co.replace('x'))
show('unknown kw', lambda: co.replace(co_bogus=1))
show('bad name type', lambda: co.replace(co_name=5))
show('bad filename type', lambda: co.replace(co_filename=None))
show('bad lineno type', lambda: co.replace(co_firstlineno='x'))
show('bad consts type', lambda: co.replace(co_consts=[1]))
show('bad names type', lambda: co.replace(co_varnames=(1, 2, 3)))
