"""asyncio.timeout and timeout_at: a deadline for a block of code.

`async with timeout(delay):` cancels the task running the block when the
deadline passes, and turns the resulting CancelledError into TimeoutError
as it leaves the block. The task's `cancelling()` count, noted on entry,
tells whether that CancelledError was ours or an outside request (which
must go on propagating).
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ("Timeout", "timeout", "timeout_at")

_CREATED = "created"
_ENTERED = "active"
_EXPIRING = "expiring"
_EXPIRED = "expired"
_EXITED = "finished"


class Timeout:
    """The context manager made by timeout() and timeout_at()."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline in loop time, or None for no deadline."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None removes it)."""
        if self._state is not _ENTERED:
            if self._state is _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError("Cannot change state of %s Timeout" % self._state)
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed while the block ran."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = [""]
        if self._state is _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append("when=%s" % (when,))
        return "<Timeout [%s]%s>" % (self._state, " ".join(info))

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if (
                self._task.uncancel() <= self._cancelling
                and exc_type is exceptions.CancelledError
            ):
                # No other cancellation is pending: this one was ours.
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout expiring `delay` seconds from now (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout expiring at loop time `when` (None: never)."""
    return Timeout(when)
