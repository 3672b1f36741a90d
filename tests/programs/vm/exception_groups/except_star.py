def show(label, e):
    print(label, type(e).__name__, repr(e))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("value", e)
except* TypeError as e:
    show("type", e)

try:
    raise KeyError("k")
except* KeyError as e:
    show("naked", e)
    print(e.__traceback__ is None, e.exceptions[0].__traceback__ is not None)

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), OSError(2), ExceptionGroup("inner", [ValueError(3), OSError(4)])])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    show("rest", rest)
    print(rest.message, rest.exceptions)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new")
except BaseException as e:
    show("combined", e)
    for x in e.exceptions:
        show("  part", x)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("from handler")
except BaseException as e:
    show("raised", e)
    show("  context", e.__context__)

for bad in [int, ExceptionGroup, (ValueError, BaseExceptionGroup)]:
    try:
        try:
            raise ValueError(0)
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

def f():
    try:
        raise ExceptionGroup("x", [ValueError(5)])
    except* ValueError:
        result = "handled in a function"
    return result
print(f())

try:
    raise BaseExceptionGroup("eg", [KeyboardInterrupt()])
except ExceptionGroup:
    print("wrong")
except BaseExceptionGroup as e:
    show("base", e)

try:
    try:
        raise BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt:
        print("ki")
except Exception as e:
    show("left", e)
