"""Futures, the Executor interface, wait() and as_completed().

A Future moves from PENDING to RUNNING to FINISHED (with a result or an
exception), or from PENDING to CANCELLED. Waiting for one lets other
threads run (see `_thread`) until it is done; a wait nothing can end
raises RuntimeError in the main thread, and a wait with a timeout raises
TimeoutError once the timeout is slept out.
"""

import collections
import _thread

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for the errors of this package."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls."""


def _done(future):
    return future._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Future:
    """The result of a call that runs later."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger("concurrent.futures").exception(
                    'exception calling callback for %r', self)

    def __repr__(self):
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            self.__class__.__name__, id(self),
            _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel the call if it has not started; whether it is
        cancelled."""
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        """Whether the call finished or was cancelled."""
        return _done(self)

    def _wait(self, timeout):
        if not _done(self):
            _thread._wait_until(lambda: _done(self), "Future.result()", timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (raising what it raised), waiting for
        it if needed."""
        self._wait(timeout)
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def exception(self, timeout=None):
        """The exception the call raised, or None."""
        self._wait(timeout)
        return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now if it is)."""
        if not _done(self):
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception(
                'exception calling callback for %r', self)

    def set_running_or_notify_cancel(self):
        """Mark the future running; False if it was cancelled."""
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finish the future with `result`."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Finish the future with `exception`."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class Executor:
    """Runs calls asynchronously (ThreadPoolExecutor,
    ProcessPoolExecutor)."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """The results of fn over the iterables' items, in order."""
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield fs.pop().result(timeout)
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def as_completed(fs, timeout=None):
    """The futures of `fs` as they finish (those already done first)."""
    fs = set(fs)
    total = len(fs)
    done = [f for f in fs if _done(f)]
    pending = [f for f in fs if not _done(f)]
    yield from done
    while pending:
        if not _thread._wait_until(lambda: any(_done(f) for f in pending),
                                   "as_completed()", timeout):
            raise TimeoutError('%d (of %d) futures unfinished' % (
                len(pending), total))
        for f in [f for f in pending if _done(f)]:
            pending.remove(f)
            yield f


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of `fs`; (done, not_done) sets."""
    fs = set(fs)

    def ready():
        done = [f for f in fs if _done(f)]
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f._exception is not None for f in done):
            return True
        return len(done) == len(fs)

    if fs:
        _thread._wait_until(ready, "wait()", timeout)
    done = {f for f in fs if _done(f)}
    return DoneAndNotDoneFutures(done, fs - done)
