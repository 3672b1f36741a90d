def f(a, b=2):
    return a + b
def g(a, b=2):
    return a * b
print(f(3))
f.__code__ = g.__code__
print(f(3), f.__name__, f.__code__.co_name, f.__code__ is g.__code__)
def outer():
    x = 10
    def inner():
        return x
    return inner
inner = outer()
for bad in [5, None]:
    try:
        f.__code__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    del f.__code__
except TypeError as e:
    print('TypeError', e)
try:
    f.__code__ = inner.__code__
except ValueError as e:
    print('ValueError', e)
try:
    inner.__code__ = g.__code__
except ValueError as e:
    print('ValueError', e)
def outer2():
    y = 'closure y'
    def other():
        return y * 2
    return other
inner.__code__ = outer2().__code__
print(inner())
print(f(3))
