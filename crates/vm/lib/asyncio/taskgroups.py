"""TaskGroup: tasks that live and die together (structured concurrency).

`async with TaskGroup() as tg:` waits at its end for every task made with
`tg.create_task`. The first task to fail (with anything but
CancelledError) cancels the others and the body of the `async with`; when
all have finished, the failures are raised together as an
ExceptionGroup ('unhandled errors in a TaskGroup'). A KeyboardInterrupt or
SystemExit is raised as itself instead.

To cancel the body, the group cancels the task that entered it, and
later takes that request back with `uncancel()`, so that an outside
cancellation arriving at the same time is still seen as one.
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ("TaskGroup",)


class TaskGroup:
    """An asynchronous context manager owning the tasks made through it."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append("tasks=%d" % len(self._tasks))
        if self._errors:
            info.append("errors=%d" % len(self._errors))
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return "<TaskGroup%s>" % " ".join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has already been entered" % (self,))
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(
                "TaskGroup %r cannot determine the parent task" % (self,)
            )
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        propagate_cancellation_error = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested:
            # We cancelled the parent ourselves; take that request back, and
            # only let CancelledError out if someone else also asked.
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None

        if et is not None and not self._aborting:
            # The body failed or the parent task is being cancelled.
            self._abort()

        # Wait for every task; the wait itself may be cancelled repeatedly.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error

        # Errors from the tasks take priority over a cancellation.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error

        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)

        if self._errors:
            try:
                group = BaseExceptionGroup("unhandled errors in a TaskGroup", self._errors)
                raise group from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        """Start `coro` as a Task belonging to this group."""
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        tasks._set_task_name(task, name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            self._loop.call_exception_handler(
                {
                    "message": "Task %r has errored out but its parent task %s "
                    "is already completed" % (task, self._parent_task),
                    "exception": exc,
                    "task": task,
                }
            )
            return

        if not self._aborting and not self._parent_cancel_requested:
            # Stop the body of the `async with` too: cancel the parent, and
            # remember to take that request back in __aexit__.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
