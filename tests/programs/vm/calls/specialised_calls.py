# A CALL site specialises after it has run a few times, for the callable it
# saw then: a Python function taking exactly the arguments given, or a
# built-in function or method. Each case below changes what a warmed-up
# site calls, and the call must still do what an unspecialised one does.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def call2(f, x, y):
    return f(x, y)


def call1(f, x):
    return f(x)


def call0(f):
    return f()


# One site: a function, then another, a built-in, a class, a bound method.
print([call2(add, i, 1) for i in range(5)])
print(call2(sub, 5, 1))
print(call2(max, 5, 9), call2(divmod, 17, 5), call2(range, 2, 4))
print(call2(add, "a", "b"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = call2(Point, 1, 2)
print(p.x, p.y, call2(p.moved, 3, 4).x)


# A function's __code__ replaced after its call site warmed up.
def g(a, b):
    return "g", a, b


def h(a, b):
    return "h", b, a


print([call2(g, 1, 2) for _ in range(4)])
g.__code__ = h.__code__
print(call2(g, 1, 2))


# The wrong number of arguments, and a parameter with a default.
def one(a):
    return a


def with_default(a, b=10):
    return a + b


print([call1(one, i) for i in range(4)])
try:
    call1(add, 1)
except TypeError as e:
    print("TypeError:", e)
print([call1(with_default, i) for i in range(4)])
print(call2(with_default, 1, 2))


# Recursion through a specialised site still stops at the limit.
def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)


# Built-in functions, their errors, and a site that then calls Python.
print([call1(len, "abc" * i) for i in range(4)])
try:
    call1(len, 5)
except TypeError as e:
    print("TypeError:", e)
print(call1(one, "python again"))
print([call2(isinstance, x, int) for x in (1, "a", 2.0, True)])


# Methods found by LOAD_METHOD: a built-in one, then a Python override.
def push(items, x):
    items.append(x)
    return items


numbers = []
for i in range(5):
    push(numbers, i)
print(numbers)


class TenTimes(list):
    def append(self, x):
        super().append(x * 10)


print(push(TenTimes([1]), 2))
print(push(numbers, 5))


# An unbound method descriptor, and a class with no arguments.
print([call1(str.upper, s) for s in ("a", "b", "c")])
print([call0(list) for _ in range(3)], call0(dict))


# next() on iterators and on generators at one warmed-up site.
def gen():
    yield "from a generator"
    yield "again"


its = [iter([1]), iter([2]), iter([3]), gen()]
print([call1(next, it) for it in its])
print(call1(next, its[3]))
print(call2(next, its[3], "exhausted"))


# A built-in rebound to a Python function after the site warmed up.
def length(x):
    return len(x)


print([length("ab") for _ in range(4)])
len = lambda x: "shadowed"
print(length("ab"))
del len
print(length("ab"))


# An error raised by a built-in at a specialised site is reported at the
# line of the call.
def fails(x):
    return (
        len(x)
    )


for _ in range(4):
    fails("a")
try:
    fails(3)
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised at line", tb.tb_lineno, "in", tb.tb_frame.f_code.co_name)
