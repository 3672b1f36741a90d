# code._varname_from_oparg: the fast-locals names (arguments, locals,
# cells, free variables) by index, and its errors.
def f(a, b, *c, d, **e):
    x = 1
    def g():
        return x + a
    return g
co = f.__code__
for i in range(-1, 12):
    try:
        print(i, co._varname_from_oparg(i))
    except Exception as e:
        print(i, type(e).__name__, e)
try:
    co._varname_from_oparg('a')
except Exception as e:
    print(type(e).__name__, e)
try:
    co._varname_from_oparg()
except Exception as e:
    print(type(e).__name__, e)
try:
    co._varname_from_oparg(oparg=1)
except Exception as e:
    print(type(e).__name__, e)
g = f(1, 2, d=3)
print([g.__code__._varname_from_oparg(i) for i in range(2)])
