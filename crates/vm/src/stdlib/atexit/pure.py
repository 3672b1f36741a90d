# The `atexit` module's registry of exit functions, run in its namespace.

_handlers = []


def register(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) when the program ends; returns func."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _run_exitfuncs():
    """Run the registered functions, last registered first; a failure is
    reported and the others still run."""
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import sys
            sys.stderr.write(
                f'Exception ignored in atexit callback: {func!r}\n')
            sys.excepthook(type(exc), exc, exc.__traceback__)


def _clear():
    """Forget every registered function."""
    _handlers.clear()


def _ncallbacks():
    """How many functions are registered."""
    return len(_handlers)
