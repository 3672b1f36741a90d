# Decorators: wrappers with closures, arguments, stacking, class decorators.
calls = []


def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.wrapped = fn
    return wrapper


def repeat(times):
    def decorate(fn):
        def run(*args):
            return [fn(*args) for _ in range(times)]
        return run
    return decorate


@trace
def add(a, b=1):
    return a + b


@repeat(3)
@trace
def shout(word):
    return word.upper()


print(add(2), add(2, b=5), shout("hi"), calls, add.__name__, add.wrapped(1, 1))


def register(cls):
    cls.registered = True
    return cls


@register
class Widget:
    pass


print(Widget.registered)


def memoize(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner


@memoize
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20), len(fact.cache))
if (n := len(calls)) > 3:
    print("walrus", n)
print([y for x in range(6) if (y := x * x) % 2])
