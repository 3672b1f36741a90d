# The exception a generator sees while it runs is its own if it is inside
# an except block, else its caller's; a paused generator keeps its own
# across yields, whichever way it is resumed: next(g), g.__next__ bound
# once, g.send(v), a for loop, or yield from.
import sys


def current():
    e = sys.exc_info()[1]
    return None if e is None else repr(e)


def watcher():
    sent = yield current()
    while True:
        try:
            raise KeyError(sent)
        except KeyError:
            sent = yield ("inside", current())
        sent = yield ("after", current())


def drive(label, resume):
    g = watcher()
    print(label, "start", next(g))
    for i in range(4):
        print(label, i, resume(g, i), current())
    try:
        raise ValueError("caller")
    except ValueError:
        for i in range(4, 6):
            print(label, i, resume(g, i), current())
    print(label, "end", current())


drive("next", lambda g, i: next(g))
drive("send", lambda g, i: g.send(i))
bound = {}
drive("bound", lambda g, i: bound.setdefault(id(g), g.__next__)())


def counter(n):
    for i in range(n):
        yield i, current()


try:
    raise OSError("outer")
except OSError:
    for pair in counter(3):
        print("for", pair)
print("for end", current())


def delegate():
    r = yield from watcher()
    return r


d = delegate()
print("yield from", next(d))
try:
    raise IndexError("held")
except IndexError:
    print("yield from", d.send(1), current())
    print("yield from", d.send(2), current())
print("yield from", d.send(3), current())
print("yield from", d.send(4), current())

# A step-by-step run of many short resumptions keeps the counts right.
def countdown(n):
    while n:
        yield n
        n -= 1


step = countdown(50_000).__next__
total = 0
for _ in range(50_000):
    total += step()
print("total", total)
try:
    step()
except StopIteration as e:
    print("stopped", repr(e))
