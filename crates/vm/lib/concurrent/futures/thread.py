"""ThreadPoolExecutor: each submitted call runs as a thread of the
`threading` model, named after the pool's worker that would run it."""

import itertools
import threading

from concurrent.futures import _base

_counter = itertools.count().__next__


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker of the pool failed while starting."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(_base.Executor):
    """Runs calls on up to `max_workers` threads."""

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = set()
        self._shutdown = False
        self._submitted = 0
        self._futures = []

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); its Future."""
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = _base.Future()
        item = _WorkItem(future, fn, args, kwargs)
        worker = self._submitted % self._max_workers
        self._submitted += 1
        name = '%s_%d' % (self._thread_name_prefix, worker)

        def work():
            if self._initializer is not None and worker not in self._initialized:
                self._initialized.add(worker)
                self._initializer(*self._initargs)
            item.run()

        threading.Thread(target=work, name=name).start()
        self._futures.append(future)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; with wait=True, wait for those
        submitted."""
        self._shutdown = True
        if cancel_futures:
            for future in self._futures:
                future.cancel()
        if wait:
            _base.wait(self._futures)
        self._futures = [f for f in self._futures if not f.done()]
