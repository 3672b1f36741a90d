"""The event loop: a queue of ready callbacks and a heap of timers.

This loop does no I/O, so one turn (`_run_once`) is:

1. drop cancelled timers from the top of the heap;
2. if nothing is ready, sleep until the earliest timer is due;
3. move every timer that is due onto the end of the ready queue;
4. run the callbacks that were ready when the turn began, in order.
   Callbacks they schedule wait for the next turn.

`run_forever` repeats turns until `stop()` is called; `run_until_complete`
runs until one Future is done by stopping the loop from that Future's done
callback. Invariants: `_ready` holds Handles in call order, `_scheduled` is
a heap of TimerHandles ordered by `when` (cancelled ones may linger until
they reach the top), and only one loop runs at a time.
"""

from collections import deque
import heapq
import math
import sys
import time

from . import coroutines
from . import events
from . import formatting
from . import futures
from . import tasks

__all__ = ("EventLoop",)

# Rebuild the heap when more than half of this many timers are cancelled,
# rather than popping them one by one as they reach the top.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# Timers due within this much of "now" run in the current turn.
_CLOCK_RESOLUTION = 1e-09


# The async generators a loop has started, so that shutdown_asyncgens() can
# close those still suspended. They must be held weakly: an abandoned
# generator has to reach the finalizer hook as soon as it is dropped. Where
# there is no `weakref` module they are not held at all, and shutdown has
# none to close.
try:
    from weakref import WeakSet as _AsyncGenSet
except ImportError:

    class _AsyncGenSet:
        def __len__(self):
            return 0

        def __iter__(self):
            return iter(())

        def add(self, item):
            pass

        def discard(self, item):
            pass

        def clear(self):
            pass


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop stops anyway as the exception propagates.
            return
    futures._get_loop(fut).stop()


class EventLoop:
    """An event loop for timers and callbacks (no sockets, no subprocesses)."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._running = False
        self._closed = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._asyncgens = _AsyncGenSet()
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return "<%s running=%s closed=%s debug=%s>" % (
            type(self).__name__,
            self.is_running(),
            self.is_closed(),
            self.get_debug(),
        )

    # Clock and scheduling.

    def time(self):
        """The loop's clock: `time.monotonic()`."""
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(
            callback
        ):
            raise TypeError("coroutines cannot be used with %s()" % method)
        if not callable(callback):
            raise TypeError(
                "a callable object was expected by %s(), got %r" % (method, callback)
            )

    def call_soon(self, callback, *args, context=None):
        """Run `callback(*args)` on a later turn, after those already ready."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_soon")
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_at(self, when, callback, *args, context=None):
        """Run `callback(*args)` once the loop time reaches `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, "call_at")
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_later(self, delay, callback, *args, context=None):
        """Run `callback(*args)` after `delay` seconds."""
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # Futures and tasks.

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """A Task running `coro` in this loop (made by the task factory)."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # Running.

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running"
            )

    def run_forever(self):
        """Run turns until `stop()` is called."""
        self._check_closed()
        self._check_running()
        hooks = getattr(sys, "get_asyncgen_hooks", None)
        old_hooks = hooks() if hooks is not None else None
        if old_hooks is not None:
            sys.set_asyncgen_hooks(
                firstiter=self._asyncgen_firstiter_hook,
                finalizer=self._asyncgen_finalizer_hook,
            )
        self._running = True
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            if old_hooks is not None:
                sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until `future` (or the Task made for a coroutine) is done."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """Stop after the current turn's ready callbacks have run."""
        self._stopping = True

    def close(self):
        """Forget every pending callback; the loop cannot run again."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def _run_once(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (
            count > _MIN_SCHEDULED_TIMER_HANDLES
            and self._timer_cancelled_count / count
            > _MIN_CANCELLED_TIMER_HANDLES_FRACTION
        ):
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                timer = heapq.heappop(scheduled)
                timer._scheduled = False

        if not self._ready and not self._stopping:
            if scheduled:
                delay = scheduled[0]._when - self.time()
                if delay > 0:
                    # A selector waits in whole milliseconds, rounded up, so
                    # timers due within the same millisecond fire together.
                    time.sleep(math.ceil(delay * 1e3) * 1e-3)
            else:
                # Nothing can ever become ready: with no I/O and no threads
                # this waits forever, as a real selector would.
                while True:
                    time.sleep(3600)

        end_time = self.time() + _CLOCK_RESOLUTION
        while scheduled:
            timer = scheduled[0]
            if timer._when >= end_time:
                break
            timer = heapq.heappop(scheduled)
            timer._scheduled = False
            self._ready.append(timer)

        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    # Async generators and shutdown.

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every async generator still suspended in this loop."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        from .waiting import gather

        results = await gather(
            *[agen.aclose() for agen in closing], return_exceptions=True
        )
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler(
                    {
                        "message": "an error occurred during closing of "
                        "asynchronous generator %r" % (agen,),
                        "exception": result,
                        "asyncgen": agen,
                    }
                )

    async def shutdown_default_executor(self):
        """There is no thread pool executor here, so nothing to shut down."""
        return None

    # Errors in callbacks.

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(
                "A callable object or None is expected, got %r" % (handler,)
            )
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the message, the other context entries and a traceback."""
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append("%s: %r" % (key, context[key]))
        exception = context.get("exception")
        if exception is not None:
            lines.extend(formatting.format_traceback(exception))
        sys.stderr.write("\n".join(lines) + "\n")

    def call_exception_handler(self, context):
        """Report an error no coroutine could catch (a callback raised...)."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write("Exception in default exception handler\n")
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler(
                    {
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    }
                )
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write("Exception in default exception handler\n")
