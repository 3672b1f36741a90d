# close(), throw() and finalisation seen by a tracer: throw() reports
# 'call' before the 'exception' at the yield; an exception leaving the
# generator reports 'return' with None.
import sys


def show(frame, event, arg):
    name = frame.f_code.co_name
    if name.startswith('g_') or name == 'main':
        where = frame.f_lineno - frame.f_code.co_firstlineno
        if event == 'exception':
            arg = arg[0].__name__
        print(f'  {event:<9} {name}+{where} {arg!r}')
    return show


def g_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup runs')


def g_catches():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('handled', e)


def g_stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuses'


def main():
    g = g_cleanup()
    next(g)
    g.close()
    c = g_catches()
    next(c)
    print(c.throw(ValueError('one')))
    print(c.throw(ValueError, 'two'))
    c.close()
    s = g_stubborn()
    next(s)
    try:
        s.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    d = g_cleanup()
    next(d)
    del d
    print('after del')


sys.settrace(show)
main()
sys.settrace(None)
