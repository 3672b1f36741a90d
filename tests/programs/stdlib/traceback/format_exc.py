# traceback: formatting the exception being handled, as the interpreter
# reports an uncaught one.
import sys
import traceback


def inner(x):
    return 10 / x


def outer():
    return inner(0) + 1


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines), lines[0], end="")
    print("".join(lines) == text)
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    traceback.print_exc(file=sys.stdout)

try:
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print(traceback.format_exception_only(e))

try:
    try:
        [][1]
    except IndexError:
        len(5)
except TypeError as e:
    traceback.print_exception(e, file=sys.stdout)
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))
