def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input") from e

try:
    parse("x")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

try:
    raise AppError(404, "missing")
except AppError as e:
    print(e, repr(e), e.args, e.code)

e = Exception("a", 1)
print(str(e), repr(e), e.args)
print(str(Exception()), repr(Exception()), str(Exception("one")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)))
e = ValueError("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as te:
    print(te)

def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(g())

def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())

try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)

import sys
try:
    raise OSError(2, "No such file", "x.txt")
except OSError as e:
    print(e, e.errno, e.strerror, e.filename, type(e).__name__)
print(type(OSError(2, "x")).__name__, isinstance(FileNotFoundError(), OSError))
print(sys.exc_info())
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    sys.exit("bye")
except SystemExit as e:
    print(e.code)
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
