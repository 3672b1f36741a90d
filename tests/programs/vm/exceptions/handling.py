# try/except/else/finally, raise, re-raise, chaining, custom exceptions.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def risky(n):
    if n == 0:
        raise AppError(42, "zero")
    if n < 0:
        raise ValueError("negative")
    return 10 / n


for n in [2, 0, -1]:
    try:
        r = risky(n)
    except AppError as e:
        print("app", e.code, e, e.args)
    except (ValueError, TypeError) as e:
        print("value", repr(e))
    else:
        print("ok", r)
    finally:
        print("done", n)


def f():
    try:
        return "try"
    finally:
        print("finally runs")


print(f())
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("reraised", e)
try:
    try:
        int("x")
    except ValueError:
        undefined_name
except NameError as e:
    print(e, "| context:", repr(e.__context__))
print(issubclass(AppError, Exception), isinstance(AppError(1, "m"), BaseException))
import sys
try:
    raise TypeError("info")
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno)
print(sys.exc_info())
e = None
try:
    raise IndexError
except IndexError as err:
    e = err
print(repr(e), str(e) == "", type(e).__mro__[1:3])
