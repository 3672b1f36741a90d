def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])

def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@memo
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)

def repeat(times):
    def decorate(fn):
        def run(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return run
    return decorate

@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("x"))

def trace(fn):
    def inner(*args, **kwargs):
        print(f"-> {fn.__name__} {len(args)} args {args[-1:]}{kwargs if kwargs else ''}")
        r = fn(*args, **kwargs)
        print(f"<- {r!r}")
        return r
    return inner

class Service:
    @trace
    def compute(self, a, b=1):
        return a + b
    @staticmethod
    @trace
    def static(x):
        return x * 2
    @classmethod
    @trace
    def build(cls):
        return cls.__name__
s = Service()
s.compute(1, b=5)
Service.static(4)
Service.build()

def accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def reset():
        nonlocal total
        total = 0
    return add, reset
add, reset = accumulator()
print(add(5), add(10), reset(), add(1))
print(add.__closure__[0] is reset.__closure__[0], add.__code__.co_freevars)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def class_decorator(cls):
    cls.tag = "decorated"
    return cls
@class_decorator
class Tagged:
    pass
print(Tagged.tag)

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)

def gen_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(gen_closures())
y = 5
def reads_global():
    return y
def shadows():
    y = 10
    return reads_global()
print(shadows())
compose = lambda *fs: lambda x: functools_reduce(fs, x)
def functools_reduce(fs, x):
    for f in reversed(fs):
        x = f(x)
    return x
print(compose(str, lambda v: v + 1, abs)(-5))
