# The built-in exception hierarchy and exception objects.
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, ModuleNotFoundError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
e = ValueError("bad", 42)
print(e.args, str(e), repr(e), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")))
print(isinstance(e, Exception), isinstance(KeyboardInterrupt(), Exception))
try:
    raise ValueError
except Exception as exc:
    print(type(exc).__name__, exc.args, exc.__traceback__ is not None)
try:
    raise 5
except TypeError as exc:
    print(exc)
try:
    try:
        raise ValueError("a")
    except ZeroDivisionError:
        print("not here")
except ValueError as exc:
    print("outer", exc)
try:
    {}.pop("x")
except LookupError as exc:
    print(type(exc).__name__, exc)
try:
    [].pop()
except IndexError as exc:
    print(exc)
try:
    int("12x")
except ValueError as exc:
    print(exc)
try:
    import nonexistent_module
except ImportError as exc:
    print(type(exc).__name__, exc)
err = RuntimeError("wrapped")
err.detail = "extra"
print(err.detail, err.__dict__)
try:
    raise err from None
except RuntimeError as exc:
    print(exc.__cause__, exc.__suppress_context__)
