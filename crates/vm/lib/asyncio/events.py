"""Handles for scheduled callbacks, and which event loop is current.

A `Handle` is one callback waiting in a loop's ready queue; a `TimerHandle`
is one waiting in its heap of timers, ordered by the loop time `when` it is
due. Cancelling a handle only marks it: the loop skips cancelled handles
when it reaches them.

Two loops are tracked here. The *running* loop is the one whose
`run_forever` is on the call stack right now (at most one, since there are
no threads); coroutines find it with `get_running_loop()`. The *current*
loop is the one `set_event_loop` last chose, which `get_event_loop()`
returns when nothing runs; the first call makes one if none was ever set.
"""

from . import formatting

__all__ = (
    "Handle",
    "TimerHandle",
    "get_event_loop",
    "get_running_loop",
    "new_event_loop",
    "set_event_loop",
)


class Handle:
    """A callback and its arguments, to be run once by a loop."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._context = context
        self._cancelled = False

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(formatting.format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return "<" + " ".join(self._repr_info()) + ">"

    def get_context(self):
        return self._context

    def cancel(self):
        """Do not run the callback; forget it and its arguments."""
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        """Call the callback; an exception goes to the loop's handler."""
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            described = formatting.format_callback(self._callback, self._args)
            self._loop.call_exception_handler(
                {
                    "message": "Exception in callback " + described,
                    "exception": exc,
                    "handle": self,
                }
            )


class TimerHandle(Handle):
    """A callback due at loop time `when`; timers order by that time."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        position = 2 if self._cancelled else 1
        info.insert(position, "when=%s" % self._when)
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (
                self._when == other._when
                and self._callback == other._callback
                and self._args == other._args
                and self._cancelled == other._cancelled
            )
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The loop time at which the callback is due."""
        return self._when


_running_loop = None
_current_loop = None
_current_loop_was_set = False


def _get_running_loop():
    """The running loop, or None."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running loop; RuntimeError when no loop is running."""
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    """The running loop, else the current one (made on first use)."""
    if _running_loop is not None:
        return _running_loop
    global _current_loop
    if _current_loop is None:
        if _current_loop_was_set:
            raise RuntimeError(
                "There is no current event loop in thread %r." % "MainThread"
            )
        set_event_loop(new_event_loop())
    return _current_loop


_get_event_loop = get_event_loop


def set_event_loop(loop):
    """Make `loop` (or None) the current loop."""
    global _current_loop, _current_loop_was_set
    _current_loop_was_set = True
    _current_loop = loop


def new_event_loop():
    """A fresh loop, not yet current."""
    from .base_events import EventLoop

    return EventLoop()
