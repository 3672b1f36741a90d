# Exceptions raised inside a generator that a for loop, next() or send()
# resumes reach the caller with the generator's frames in the traceback.
import sys


def failing(n):
    for i in range(n):
        yield i
    raise ValueError(f"after {n}")


def frames_of(exc):
    tb = exc.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def consume_for():
    seen = []
    try:
        for v in failing(3):
            seen.append(v)
    except ValueError as e:
        print("for:", seen, e, frames_of(e))


def consume_next():
    g = failing(1)
    print(next(g))
    try:
        next(g)
    except ValueError as e:
        print("next:", e, frames_of(e))
    print(g.gi_frame, g.gi_running)
    try:
        next(g)
    except StopIteration as e:
        print("finished:", repr(e))


def consume_method():
    g = failing(2)
    step = g.__next__
    print(step(), step())
    try:
        step()
    except ValueError as e:
        print("__next__:", e, frames_of(e))


def caught_inside():
    def gen():
        try:
            yield 1
            raise KeyError("inner")
        except KeyError as e:
            print("handled in generator:", repr(e), sys.exc_info()[0].__name__)
            yield 2
        print("after handler:", sys.exc_info()[:2])
        yield 3

    try:
        raise TypeError("outer")
    except TypeError:
        for v in gen():
            print(v, sys.exc_info()[0].__name__)


consume_for()
consume_next()
consume_method()
caught_inside()


def nested():
    def inner():
        yield 1
        1 / 0

    def outer():
        yield from inner()

    for x in outer():
        print("got", x)


nested()
