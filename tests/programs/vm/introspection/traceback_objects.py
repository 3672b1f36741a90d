# Traceback objects: tb_frame, tb_lineno, tb_lasti, tb_next.
import sys


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    t, v, tb2 = sys.exc_info()
    print(t is ValueError, v is e, tb2 is e.__traceback__, type(tb2).__name__)
    print(type(e.__traceback__.tb_frame).__name__, e.__traceback__.tb_lasti >= 0)
e2 = ValueError("fresh")
print(e2.__traceback__, e2.with_traceback(None) is e2)
