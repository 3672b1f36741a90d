# __context__, __cause__, __suppress_context__ and __traceback__ are
# writable with CPython's checks; a bare raise keeps a context the program
# set, while raising a new exception records the one being handled.
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
print(repr(a.__context__), a.__suppress_context__)
a.__cause__ = TypeError("t")
print(repr(a.__cause__), a.__suppress_context__)
a.__cause__ = None
print(a.__cause__, a.__suppress_context__)
a.__suppress_context__ = False
print(a.__suppress_context__)

for name, value in [("__context__", 1), ("__cause__", "x"), ("__suppress_context__", 1),
                    ("__traceback__", 5)]:
    try:
        setattr(a, name, value)
    except TypeError as e:
        print("TypeError:", e)
for name in ("__context__", "__cause__", "__traceback__", "__suppress_context__"):
    try:
        delattr(a, name)
    except TypeError as e:
        print("TypeError:", e)

def reraise_with(exc, context):
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise

try:
    try:
        raise IndexError("handled")
    except IndexError:
        reraise_with(ValueError("v"), KeyError("chosen"))
except ValueError as e:
    print(repr(e.__context__))

try:
    try:
        raise IndexError("handled")
    except IndexError:
        raise a
except ValueError as e:
    print(repr(e.__context__))

try:
    raise ZeroDivisionError
except ZeroDivisionError as e:
    tb = e.__traceback__
    e.__traceback__ = None
    print(e.__traceback__, type(tb).__name__)
    e.__traceback__ = tb
    print(e.__traceback__ is tb)

class Custom(Exception):
    pass

c = Custom()
c.__context__ = a
print(repr(c.__context__))
