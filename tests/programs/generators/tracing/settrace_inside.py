# A tracer installed while a generator runs: the frames already running
# get no 'call' for it, but a generator resumed later reports 'call' at
# its RESUME like any other frame.
import sys


def show(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('worker', 'consume'):
        print(f'  {event:<9} {name}+{frame.f_lineno - frame.f_code.co_firstlineno} {arg!r}')
    return show


def worker():
    yield 'before'
    sys.settrace(show)
    yield 'installed'
    yield 'traced'
    sys.settrace(None)
    yield 'removed'


def consume():
    for item in worker():
        print('item', item)


consume()
w = worker()
print(next(w))
print(next(w))
print(next(w))
print(next(w))
print(next(w, 'exhausted'))
