"""Synchronisation between tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore, Barrier.

Each primitive keeps a first-in first-out list of waiter Futures, one per
waiting task. Releasing wakes a waiter by setting its Future's result; the
task runs later, when the loop reaches its wakeup, so the state must be
checked again then (another task may have taken the lock meanwhile). A
waiter that is cancelled removes itself and, if it had already been
chosen, passes its turn on to the next one, so no wakeup is lost.
"""

from . import exceptions
from . import mixins

__all__ = ("Barrier", "BoundedSemaphore", "Condition", "Event", "Lock", "Semaphore")


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # `async with lock as x` binds None, as for threading locks.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _describe(obj, extra, waiters):
    """`<asyncio.locks.Lock object at 0x... [extra, waiters:N]>`."""
    if waiters:
        extra = "%s, waiters:%d" % (extra, len(waiters))
    return "<%s.%s object at %#x [%s]>" % (
        type(obj).__module__,
        type(obj).__qualname__,
        id(obj),
        extra,
    )


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutual-exclusion lock, handed to waiters in arrival order."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _describe(self, "locked" if self._locked else "unlocked", self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Wait until the lock is free, then take it."""
        if not self._locked and (
            self._waiters is None or all(w.cancelled() for w in self._waiters)
        ):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # We may have been chosen just before the cancellation arrived.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Free the lock and wake the first waiter."""
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for; setting it wakes them all."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return _describe(self, "set" if self._value else "unset", self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        """Set the flag and wake every waiting task."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Return True once the flag is set (at once if it already is)."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """Wait, holding a lock, until another task notifies."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        return _describe(
            self, "locked" if self.locked() else "unlocked", self._waiters
        )

    async def wait(self):
        """Release the lock, wait to be notified, then take the lock again.

        The lock is re-acquired even when the wait is cancelled.
        """
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Wait until `predicate()` is true; returns its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to `n` waiting tasks."""
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter of free slots; acquiring takes one, waiting when none."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        if self.locked():
            extra = "locked"
        else:
            extra = "unlocked, value:%s" % self._value
        return _describe(self, extra, self._waiters)

    def locked(self):
        """Whether acquire() would have to wait."""
        return self._value == 0 or any(
            not w.cancelled() for w in (self._waiters or ())
        )

    async def acquire(self):
        """Take a slot, waiting in line if there is none (or a line)."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not fut.cancelled():
                # The slot was given to us: hand it to the next in line.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Give a slot back, waking the first waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


# The phases of a Barrier: tasks arrive while it is filling; once the last
# one arrives it drains (every waiter leaves); reset() or abort() interrupt
# the waiters, who get BrokenBarrierError.
_FILLING = "filling"
_DRAINING = "draining"
_RESETTING = "resetting"
_BROKEN = "broken"


class Barrier(mixins._LoopBoundMixin):
    """Holds `parties` tasks at wait() until the last of them arrives."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += ", waiters:%d/%d" % (self.n_waiting, self.parties)
        return _describe(self, extra, None)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for all parties; returns this task's arrival index."""
        async with self._cond:
            # A previous round may still be draining or resetting.
            await self._cond.wait_for(
                lambda: self._state not in (_DRAINING, _RESETTING)
            )
            if self._state is _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state is not _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError(
                            "Abort or reset of barrier"
                        )
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    if self._state in (_RESETTING, _DRAINING):
                        self._state = _FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Back to filling; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: every wait(), now or later, raises."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks are waiting for the barrier to fill."""
        if self._state is _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state is _BROKEN
