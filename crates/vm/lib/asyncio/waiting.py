"""Waiting on several awaitables at once: gather, wait, wait_for,
as_completed and shield.

All of them are built from done callbacks: each child Future gets a
callback that records its completion and, when the condition is met,
finishes a Future the caller is awaiting. Children given as coroutines
are wrapped in Tasks first (with `ensure_future`), in argument order.
"""

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import queues
from .tasks import ensure_future

__all__ = (
    "ALL_COMPLETED",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "as_completed",
    "gather",
    "shield",
    "wait",
    "wait_for",
)

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class _GatheringFuture(futures.Future):
    """The Future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # Even with return_exceptions=True, the gather itself ends
            # cancelled once its children are.
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A Future for the list of the results, in argument order.

    Without `return_exceptions`, the first child to fail (or be cancelled)
    fails the gather at once, and the other children keep running. With
    it, exceptions and CancelledErrors stand in the list for results.
    """
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    futures_by_arg = {}
    loop = None
    state = {"outer": None, "finished": 0}

    def _done_callback(fut):
        state["finished"] += 1
        outer = state["outer"]
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved: the gather reports it.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["finished"] == len(futures_by_arg):
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message
                    results.append(
                        exceptions.CancelledError("" if message is None else message)
                    )
                else:
                    value = child.exception()
                    if value is None:
                        value = child.result()
                    results.append(value)
            if outer._cancel_requested:
                # CPython takes the cancellation from the last child in
                # argument order, whichever child finished last.
                outer.set_exception(children[-1]._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        fut = futures_by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            futures_by_arg[arg] = fut
            fut.add_done_callback(_done_callback)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    state["outer"] = outer
    return outer


def shield(arg):
    """Await `arg` without letting a cancellation of the awaiter reach it.

    Cancelling the returned Future leaves the inner one running.
    """
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _unique(items):
    """The items in first-seen order, each once."""
    seen = {}
    for item in items:
        seen[item] = None
    return list(seen)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _releaser(waiter):
    """A done callback that wakes `waiter` (any completion will do)."""

    def release(fut):
        _release_waiter(waiter)

    return release


async def _cancel_and_wait(fut, loop):
    """Cancel `fut` and wait until it has really finished."""
    waiter = loop.create_future()
    callback = _releaser(waiter)
    fut.add_done_callback(callback)
    try:
        fut.cancel()
        # The Future may catch the cancellation and go on; wait regardless.
        await waiter
    finally:
        fut.remove_done_callback(callback)


async def wait_for(fut, timeout):
    """Await `fut`, cancelling it and raising TimeoutError after `timeout`.

    When the waiting coroutine is cancelled, `fut` is cancelled too, and
    wait_for returns only once `fut` has finished.
    """
    loop = events.get_running_loop()
    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    callback = _releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(callback)
    try:
        try:
            await waiter
        except exceptions.CancelledError as exc:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(callback)
            await _cancel_and_wait(fut, loop=loop)
            raise exc
        if fut.done():
            return fut.result()
        fut.remove_done_callback(callback)
        await _cancel_and_wait(fut, loop=loop)
        # The Future may have finished anyway while it was being cancelled.
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures/Tasks in `fs`; returns the sets (done, pending).

    Never raises the children's exceptions, and a timeout only ends the
    wait: the pending ones go on running.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    loop = events.get_running_loop()
    fs = _unique(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = [ensure_future(f, loop=loop) for f in fs]

    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def _on_completion(f):
        remaining[0] -= 1
        if (
            remaining[0] <= 0
            or return_when == FIRST_COMPLETED
            or return_when == FIRST_EXCEPTION
            and not f.cancelled()
            and f.exception() is not None
        ):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables, each giving the next result to arrive.

    Nothing happens until the first item is asked for (this is a
    generator). After `timeout` seconds the awaitables still to come raise
    TimeoutError.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    arrived = queues.Queue()
    loop = events._get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in _unique(fs)]
    pending = {f: None for f in todo}
    timer = [None]

    def _on_timeout():
        for f in pending:
            f.remove_done_callback(_on_completion)
            arrived.put_nowait(None)
        pending.clear()

    def _on_completion(f):
        if not pending:
            return
        del pending[f]
        arrived.put_nowait(f)
        if not pending and timer[0] is not None:
            timer[0].cancel()

    async def _wait_for_one():
        f = await arrived.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timer[0] = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
