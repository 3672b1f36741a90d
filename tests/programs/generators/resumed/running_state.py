# gi_running, gi_frame.f_back and "already executing" while a generator
# runs under a for loop, next() and send().
import sys


def me():
    g = yield
    while True:
        print("running:", g.gi_running, "caller:", sys._getframe(1).f_code.co_name)
        try:
            next(g)
        except ValueError as e:
            print("ValueError:", e)
        v = yield g.gi_frame.f_back is not None
        print("sent", v)


def driver():
    g = me()
    next(g)
    print(g.send(g))
    print(g.send(1))
    for flag in g:
        print("for got", flag)
        break
    print(g.gi_running, g.gi_frame.f_back)


driver()


def depth(n):
    if n:
        yield from depth(n - 1)
    else:
        yield sys._getframe().f_back.f_code.co_name


print(next(depth(5)))


def deep(n):
    for x in deep(n + 1) if n < 100000 else ():
        yield x
    yield n


try:
    for v in deep(0):
        pass
except RecursionError as e:
    print("RecursionError:", e)
