# The built-in types' data attributes as class attributes: getset and
# member descriptors, their __get__/__set__, and the errors they raise.
print(int.real, float.imag, complex.real, range.start, type(int.real).__name__, type(complex.real).__name__)
print(int.real.__get__(5), (5).real, (3).imag, (3).numerator, True.denominator, (2.5).real)
print(int.real.__objclass__, int.real.__name__, int.real.__qualname__)
for stmt in ["setattr(1, 'real', 2)", "int.real.__get__('x')", "del (1).real",
             "setattr(range(3), 'start', 1)", "setattr(1.5, 'imag', 0)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
p = property(lambda s: 1)
try:
    p.fget = 3
except AttributeError as e:
    print(e)
print(object.__class__, int.__class__, type.__class__, int.__name__, type.__name__)
print(int.__module__, type.__module__, object.__module__, ValueError.__module__)
print(type.__dict__['__name__'], type(type.__dict__['__mro__']).__name__, type.__dict__['__mro__'])
class A:
    pass
print(A.__module__, A.__name__, A.__class__, A().__class__, A.__mro__, A.__doc__)
print(BaseException.args, ValueError('x').args, StopIteration.value, AttributeError.name)
print(SyntaxError('m').lineno, OSError(2, 'x').errno, StopIteration(3).value, ImportError('m').path)
e = SyntaxError('m')
e.lineno = 5
print(e.lineno, e.__dict__ if False else '')
try:
    OSError().characters_written
except AttributeError as err:
    print(err)
print(property.fget, property.__isabstractmethod__, staticmethod.__func__)
def f(): pass
print(type(f).__code__, type(f).__globals__, f.__code__.co_name, type(f.__code__).co_name)
