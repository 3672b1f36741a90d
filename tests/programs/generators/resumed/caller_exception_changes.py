# A generator paused inside or after an except block sees, once its block
# ends, whatever exception its caller is handling at that resumption.
import sys

def w():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
    yield sys.exc_info()[1]

g = w()
try:
    raise IndexError("held")
except IndexError:
    print(next(g))
print(repr(next(g)))

def w2():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
    try:
        raise ValueError("v")
    except ValueError:
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]

g = w2()
print(repr(next(g)))
try:
    raise IndexError("a")
except IndexError:
    print(repr(next(g)))
    print(repr(next(g)))
print(repr(next(g)))

def outer_gen():
    try:
        raise OSError("os")
    except OSError:
        yield from w2()
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]

try:
    raise LookupError("caller")
except LookupError:
    it = outer_gen()
    print([repr(x) for x in [next(it), next(it)]])
for x in it:
    print(repr(x))

def thrower():
    try:
        yield 1
    except ZeroDivisionError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]

t = thrower()
next(t)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(t.throw(e)))
print(repr(next(t)))
print(repr(next(t)))
print(sys.exc_info())
