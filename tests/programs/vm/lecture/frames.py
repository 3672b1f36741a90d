# Frames via sys._getframe: f_code, f_back, f_lineno, f_locals.
import sys


def inner():
    frame = sys._getframe()
    caller = frame.f_back
    print(frame.f_code.co_name, caller.f_code.co_name, caller.f_back.f_code.co_name)
    print(frame.f_lineno, caller.f_lineno, caller.f_locals)
    return sys._getframe(1).f_code is outer.__code__


def outer():
    value = "here"
    return inner()


print(outer())
print(sys._getframe().f_globals is globals(), sys.getrecursionlimit())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
