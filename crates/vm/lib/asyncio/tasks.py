"""Task: a Future whose result is what a coroutine returns.

A Task drives its coroutine one *step* at a time. A step is one
`coro.send(None)` (or `coro.throw(exc)`) made from a handle in the loop's
ready queue; it runs the coroutine until it next suspends. The coroutine
suspends by awaiting a pending Future, which yields that Future up to the
step; the step then adds `task_wakeup` as the Future's done callback, and
the Future's completion schedules the next step. So a Task is always in
exactly one place: in the ready queue, or in one Future's callbacks
(`_fut_waiter`), or done. Creating a Task schedules its first step with
`call_soon`, which is why a new task starts only when its creator yields.

Cancelling a Task cancels the Future it waits on, so the coroutine is
resumed with CancelledError thrown in at the await; if it is not waiting
(its step is already queued), the next step throws CancelledError instead.
`cancelling()` counts the requests and `uncancel()` takes one back, which
is how `timeout()` and TaskGroup tell their own cancellations from others.
"""

from . import coroutines
from . import events
from . import exceptions
from . import formatting
from . import futures

__all__ = (
    "Task",
    "all_tasks",
    "create_task",
    "current_task",
    "ensure_future",
    "sleep",
)

_task_name_counter = 0

# Tasks not yet done, in the order they were made. A task leaves when it
# finishes, so `all_tasks()` never has to skip finished ones.
_pending_tasks = {}

# The task whose step is running, per loop.
_current_tasks = {}


def _next_task_name():
    global _task_name_counter
    _task_name_counter += 1
    return "Task-%d" % _task_name_counter


class Task(futures.Future):
    """Runs a coroutine in an event loop; is done when the coroutine is."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop.call_soon(self._step, context=context)
        _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = "cancelling"
        info.insert(1, "name=%r" % (self._name,))
        info.insert(2, "coro=<%s>" % formatting.format_coroutine(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, "wait_for=%r" % (self._fut_waiter,))
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        """Ask the coroutine to stop: CancelledError is thrown into it.

        Returns False if the Task is already done. The coroutine may catch
        the exception and go on, so True does not mean it will be cancelled.
        """
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The awaited Future will wake us with CancelledError. It may
                # be a Task that ignores the request, so keep waiting on it.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellation requests are outstanding."""
        return self._num_cancels_requested

    def uncancel(self):
        """Take back one cancellation request; returns how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self, how, value=None):
        """Settle the Task through Future's own methods, and deregister it."""
        _pending_tasks.pop(self, None)
        if how == "result":
            futures.Future.set_result(self, value)
        elif how == "exception":
            futures.Future.set_exception(self, value)
        else:
            futures.Future.cancel(self, msg=value)

    def _step(self, exc=None):
        """Run the coroutine until it next suspends, and arrange its wakeup."""
        if self.done():
            raise exceptions.InvalidStateError(
                "_step(): already done: %r, %r" % (self, exc)
            )
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self._advance(exc)
        finally:
            _leave_task(self._loop, self)

    def _advance(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                self._finish("cancel", self._cancel_message)
            else:
                self._finish("result", stop.value)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            self._finish("cancel")
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish("exception", _without_step_frame(fatal))
            raise
        except BaseException as error:
            self._finish("exception", _without_step_frame(error))
        else:
            self._suspend_on(result)

    def _suspend_on(self, result):
        """The coroutine yielded `result`: wait on it, or explain why not."""
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                problem = RuntimeError(
                    "Task %r got Future %r attached to a different loop"
                    % (self, result)
                )
            elif not blocking:
                problem = RuntimeError(
                    "yield was used instead of yield from in task %r with %r"
                    % (self, result)
                )
            elif result is self:
                problem = RuntimeError("Task cannot await on itself: %r" % (self,))
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
        elif result is None:
            # A bare yield gives the other ready callbacks one turn.
            self._loop.call_soon(self._step, context=self._context)
            return
        elif isinstance(result, coroutines._GeneratorType):
            problem = RuntimeError(
                "yield was used instead of yield from for generator in task %r with %r"
                % (self, result)
            )
        else:
            problem = RuntimeError("Task got bad yield: %r" % (result,))
        self._loop.call_soon(self._step, problem, context=self._context)

    def task_wakeup(self, future):
        """Done callback of the awaited Future: take the next step."""
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


Task.__module__ = "_asyncio"


def _without_step_frame(exc):
    """`exc` with its traceback starting at the coroutine, not at the step.

    The exception passed through `_advance` on its way out; a report of it
    should show only the coroutine's own frames.
    """
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is Task._advance.__code__:
        exc.with_traceback(tb.tb_next)
    return exc


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def _register_task(task):
    _pending_tasks[task] = None


def _unregister_task(task):
    _pending_tasks.pop(task, None)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(
            "Cannot enter into task %r while another task %r is being executed."
            % (task, current)
        )
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(
            "Leaving task %r does not match the current task %r." % (task, current)
        )
    del _current_tasks[loop]


def _pending_in(loop):
    """The not-yet-done tasks of `loop`, oldest first."""
    return [t for t in _pending_tasks if t._loop is loop and not t.done()]


def current_task(loop=None):
    """The Task whose coroutine is running now, or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return set(_pending_in(loop))


def create_task(coro, *, name=None, context=None):
    """Wrap a coroutine in a Task on the running loop; it starts soon."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def _isawaitable(obj):
    return hasattr(type(obj), "__await__")


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A Future for the argument: itself, or a new Task running it."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError(
                "The future belongs to a different loop than "
                "the one specified as the loop argument"
            )
        return coro_or_future
    should_close = True
    if not coroutines.iscoroutine(coro_or_future):
        if not _isawaitable(coro_or_future):
            raise TypeError(
                "An asyncio.Future, a coroutine or an awaitable is required"
            )
        coro_or_future = _wrap_awaitable(coro_or_future)
        should_close = False
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


class _YieldOnce:
    """`await _YieldOnce()` gives up the loop for one turn."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend for `delay` seconds, then return `result`.

    `sleep(0)` (or less) only lets every other ready callback run once.
    """
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(
        delay, futures._set_result_unless_cancelled, future, result
    )
    try:
        return await future
    finally:
        timer.cancel()
