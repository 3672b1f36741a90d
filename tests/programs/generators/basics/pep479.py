# PEP 479: StopIteration escaping a generator body becomes RuntimeError.
def leaks():
    yield 1
    next(iter([]))


g = leaks()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__suppress_context__)
print(g.gi_frame)


def explicit():
    raise StopIteration("boom")
    yield


try:
    list(explicit())
except RuntimeError as e:
    print(e, repr(e.__cause__))


def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop


try:
    for x in subclass():
        print("got", x)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


def caught_inside():
    try:
        next(iter(()))
    except StopIteration:
        yield "handled inside"


print(list(caught_inside()))
