# @contextmanager: setup and teardown around the yield, exceptions thrown
# in at the yield, swallowing, and use as a decorator.
from contextlib import contextmanager

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("p") as value:
    print("body", value)

try:
    with tag("div"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)

@contextmanager
def ignoring(kind):
    try:
        yield
    except kind as e:
        print("ignored", type(e).__name__, e)

with ignoring(KeyError):
    {}["missing"]
print("after ignoring")
try:
    with ignoring(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not ignored:", e)

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def replaces():
    try:
        yield
    except ValueError:
        raise TypeError("replaced")

for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    with replaces():
        raise ValueError("original")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))

@tag("decorated")
def work(n):
    print("working", n)
    return n * 2

print(work(21), work.__name__, tag.__name__, tag.__doc__)

@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])

with counter() as st:
    for _ in range(5):
        st["n"] += 1

def gen_in_loop():
    for i in range(3):
        with tag("item%d" % i):
            if i == 1:
                continue
            print("item", i)
gen_in_loop()
