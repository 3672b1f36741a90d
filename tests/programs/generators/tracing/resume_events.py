# sys.settrace sees a generator's frame each time it runs: 'call' on every
# resumption (at its RESUME), 'line' events, and 'return' on every yield.
import sys

WATCHED = {'count', 'echo', 'drive', 'pairs'}


def show(frame, event, arg):
    name = frame.f_code.co_name
    if name in WATCHED:
        where = frame.f_lineno - frame.f_code.co_firstlineno
        if event == 'exception':
            arg = (arg[0].__name__, arg[1].args)
        print(f'  {event:<9} {name}+{where} {arg!r}')
    return show


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'


def echo():
    received = yield 'ready'
    while received is not None:
        received = yield received.upper()


def pairs(xs):
    for a, b in zip(xs, xs[1:]):
        yield a, b


def drive():
    for v in count(2):
        print('for got', v)
    g = count(3)
    print('next got', next(g))
    print('__next__ got', g.__next__())
    print('rest', list(g))
    e = echo()
    print('first', e.send(None))
    print('sent', e.send('abc'))
    try:
        e.send(None)
    except StopIteration as stop:
        print('stopped', stop.value)
    print('total', sum(count(3)))
    print('pairs', [p for p in pairs([1, 2, 3])])


sys.settrace(show)
drive()
sys.settrace(None)
print('untraced', list(count(2)))
