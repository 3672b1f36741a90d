# Tracing through 'yield from': the outer frame reports 'call' when it is
# resumed and passes control on; a delegated throw() goes straight to the
# inner generator; when the inner one returns a value, SEND reports a
# StopIteration 'exception' in the outer frame.
import sys


def show(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('inner', 'outer', 'main'):
        where = frame.f_lineno - frame.f_code.co_firstlineno
        if event == 'exception':
            arg = (arg[0].__name__, arg[1].args)
        print(f'  {event:<9} {name}+{where} {arg!r}')
    return show


def inner():
    x = yield 1
    print('inner got', x)
    try:
        yield 2
    except KeyError:
        yield 3
    return 'inner result'


def outer():
    r = yield from inner()
    print('outer got', r)
    yield r
    r = yield from inner()
    return r


def main():
    o = outer()
    print(next(o))
    print(o.send('s'))
    print(o.throw(KeyError))
    print(next(o))
    print(next(o))
    print(o.send(None))
    try:
        o.throw(ValueError('boom'))
    except ValueError as e:
        print('caught', e)
    print(list(outer()))


sys.settrace(show)
main()
sys.settrace(None)
