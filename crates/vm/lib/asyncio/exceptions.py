"""The exceptions asyncio raises.

`CancelledError` derives from `BaseException`, not `Exception`, so that a
broad `except Exception:` in a coroutine does not swallow a cancellation.
`TimeoutError` is the built-in one: since 3.11 they are the same class.
"""

__all__ = ("BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError")


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation does not fit the Future's current state."""


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or broken while tasks waited at it."""


TimeoutError = TimeoutError
