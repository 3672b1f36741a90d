"""Recognising coroutine objects and coroutine functions.

A coroutine here is anything the Task machinery can drive: a native
coroutine (`async def`), a generator, or an object with the coroutine
protocol (`send`, `throw`, `close` and `__await__`).
"""

__all__ = ("iscoroutine", "iscoroutinefunction")

_CO_COROUTINE = 0x0080


async def _sample():
    pass


def _sample_gen():
    yield


_probe = _sample()
_CoroutineType = type(_probe)
_probe.close()
_GeneratorType = type(_sample_gen())
del _probe


def iscoroutine(obj):
    """Whether `obj` is a coroutine object a Task can run."""
    if isinstance(obj, (_CoroutineType, _GeneratorType)):
        return True
    kind = type(obj)
    return all(
        hasattr(kind, name) for name in ("send", "throw", "close", "__await__")
    )


def iscoroutinefunction(func):
    """Whether calling `func` makes a coroutine (it was written `async def`)."""
    while hasattr(func, "__func__"):
        func = func.__func__
    code = getattr(func, "__code__", None)
    if code is None:
        return False
    return bool(code.co_flags & _CO_COROUTINE)
