"""Future: a result that will be set later, and callbacks to run then.

A Future is in one of three states: PENDING, then exactly once either
FINISHED (with a result or an exception) or CANCELLED. Moving out of
PENDING schedules every done callback with `loop.call_soon`, in the order
they were added, each called with the Future; a callback added after that
is scheduled at once. Callbacks therefore never run inside `set_result`.

Awaiting a pending Future yields the Future itself up to the Task driving
the coroutine (with `_asyncio_future_blocking` set, which is how a Task
tells a Future from a stray `yield`); the Task resumes the coroutine when
the Future is done, and the await then returns the result or raises.
"""

from . import events
from . import exceptions
from . import formatting

__all__ = ("Future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """Whether `obj` behaves as a Future (Future or Task, or a look-alike)."""
    return (
        hasattr(type(obj), "_asyncio_future_blocking")
        and obj._asyncio_future_blocking is not None
    )


def _get_loop(fut):
    """The loop a Future-like object is bound to."""
    get_loop = getattr(fut, "get_loop", None)
    if get_loop is not None:
        return get_loop()
    return fut._loop


class Future:
    """A result (or exception, or cancellation) that arrives later."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events._get_event_loop()
        self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append("exception=%r" % (self._exception,))
            else:
                info.append("result=" + formatting.short_repr(self._result))
        if self._callbacks:
            info.append(formatting.format_callbacks([cb for cb, _ in self._callbacks]))
        return info

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, " ".join(self._repr_info()))

    def __del__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler(
            {
                "message": "%s exception was never retrieved" % type(self).__name__,
                "exception": self._exception,
                "future": self,
            }
        )

    def get_loop(self):
        """The loop this Future belongs to."""
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled Future.

        A Task that was cancelled by an exception thrown through its
        coroutine keeps that exception, so awaiting the Task re-raises the
        very same object (with its message and traceback).
        """
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel a pending Future; returns whether it was pending."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, context in callbacks:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        """Whether the Future has a result, an exception or was cancelled."""
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception or CancelledError instead."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The exception set (or None); CancelledError if cancelled."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call `fn(self)` soon after the Future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Forget every registration of `fn`; returns how many there were."""
        kept = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration:
            raise TypeError(
                "StopIteration interacts badly with generators "
                "and cannot be raised into a Future"
            )
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


# CPython's Future and Task are written in C, in its `_asyncio` module, and
# that is the module their reprs and tracebacks name.
Future.__module__ = "_asyncio"


def _set_result_unless_cancelled(fut, result):
    """Timer callback: finish `fut` unless someone cancelled it first."""
    if fut.cancelled():
        return
    fut.set_result(result)
