"""ProcessPoolExecutor. This interpreter starts no worker processes: the
calls run in this process, as ThreadPoolExecutor runs them, so they see
the program's own state."""

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly."""


class ProcessPoolExecutor(ThreadPoolExecutor):
    """Runs calls as if on up to `max_workers` processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        super().__init__(max_workers, "ProcessPoolExecutor", initializer, initargs)
