# NameError(name=...), AttributeError(name=..., obj=...) and
# ImportError(name=..., path=...): the keyword arguments become fields,
# in subclasses too; every other exception refuses keywords. Also the
# messages of setattr on a built-in value.
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


class MyAttrError(AttributeError):
    pass


class MyNameError(NameError):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = True


class MyKeyError(KeyError):
    pass


for expr in [
    "NameError('x', name='y').name",
    "NameError('x').name",
    "NameError(name='y').args",
    "str(NameError('msg', name='n'))",
    "repr(NameError('x', name='y'))",
    "UnboundLocalError('u', name='v').name",
    "NameError('x', foo=1)",
    "NameError('x', name='y', obj=1)",
    "AttributeError('x', name='y', obj=3).obj",
    "AttributeError('x', name='y', obj=3).name",
    "AttributeError('m', obj=[1]).name",
    "AttributeError(obj=5).obj",
    "AttributeError('a', 'b', name=1).args",
    "AttributeError('x', nm=1)",
    "AttributeError('x', name=1, obj=2, z=3)",
    "ImportError('x', name='m', path='p').path",
    "ImportError('x', name='m').name",
    "ModuleNotFoundError('x', name='m').name",
    "ImportError('x', bad=1)",
    "KeyError('x', name='y')",
    "ValueError(x=1)",
    "MyAttrError('x', name='q').name",
    "MyAttrError('x', bogus='q')",
    "MyNameError('x', name='z').name",
    "MyNameError('x', name='z').extra",
    "MyKeyError('k', name='n')",
    "setattr(1, 'real', 2)",
    "setattr(1, 'foo', 2)",
    "setattr(1.5, 'imag', 2)",
    "setattr('s', 'x', 2)",
]:
    show(expr)

try:
    raise AttributeError('gone', name='attr', obj=42)
except AttributeError as e:
    print(e, e.name, e.obj)
