# sys's streams and hooks: __stdout__, stdin, displayhook, excepthook.
import sys

print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdin.name, sys.stdin is sys.__stdin__)
sys.displayhook(None)
sys.displayhook([1, "two"])
import builtins
print(builtins._)
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)


def fail():
    return {}["missing"]


try:
    fail()
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]), type(info[2]).__name__)
    sys.stdout.flush()
    sys.excepthook(*info)
print(sys.exc_info())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(e)
