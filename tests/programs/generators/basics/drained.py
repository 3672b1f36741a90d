# Consumers that take every item at once (list, tuple, sum, sorted, join,
# set) run a generator to its end: yields inside loops, try/finally and
# except blocks, yield from, generators nested in generators, errors part
# way, and exception state seen between yields.
import sys


def count(n):
    for i in range(n):
        yield i


def guarded(n):
    try:
        for i in range(n):
            yield i * i
    finally:
        print("guarded finally")


def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]


def delegating():
    yield "a"
    r = yield from count(3)
    yield r
    yield from ["x", "y"]


def nested():
    yield sum(count(5))
    yield list(count(3))
    yield tuple(guarded(2))


def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError("three")
        yield i


def echoes():
    got = []
    for i in range(3):
        got.append((yield i))
    yield got


def returns():
    yield 1
    return "ignored"


print(list(count(5)))
print(tuple(guarded(4)))
print(sum(count(100)))
print(sorted(count(4), reverse=True))
print("-".join(str(i) for i in count(4)))
print(set(count(3)))
print(list(in_except()))
print(list(delegating()))
print(list(nested()))
print(list(echoes()))
print(list(returns()))
try:
    list(failing(10))
except ValueError as e:
    print("ValueError", e)
g = count(6)
print(next(g), next(g))
print(list(g), list(g))
try:
    sum(failing(5))
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


def running():
    yield g2.gi_running
    yield g2.gi_frame.f_lineno


g2 = running()
print(list(g2))


def inner_list():
    yield list(inner_list_gen())


def inner_list_gen():
    try:
        yield list(g3)
    except ValueError as e:
        yield str(e)


g3 = inner_list()
print(list(g3))
print(sys.getrefcount(None) > 0)
