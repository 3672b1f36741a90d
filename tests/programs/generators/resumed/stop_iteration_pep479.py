# PEP 479 for generators resumed by for, next(), send() and yield from.
def leaky():
    yield 1
    raise StopIteration("leaked")


def report(label, f):
    try:
        f()
    except RuntimeError as e:
        print(label, type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)


report("for", lambda: [v for v in leaky()])
report("list", lambda: list(leaky()))


def by_next():
    g = leaky()
    next(g)
    next(g)


report("next", by_next)


def by_send():
    g = leaky()
    g.send(None)
    g.send(5)


report("send", by_send)


def delegating():
    r = yield from leaky()
    yield r


report("yield from", lambda: list(delegating()))


def returns():
    yield 1
    return "done"


def collect():
    r = yield from returns()
    print("returned", r)
    yield r


print(list(collect()))
g = returns()
print(g.send(None))
try:
    g.send("x")
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)
