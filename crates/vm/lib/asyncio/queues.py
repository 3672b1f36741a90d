"""Queues between tasks: Queue (first in, first out), LifoQueue and
PriorityQueue.

A task that finds the queue empty (or full) parks a Future in `_getters`
(or `_putters`) and loops when woken, since another task may have taken
the item first. Every `put` counts an unfinished task; `task_done()` takes
one back and `join()` waits for the count to reach zero.
"""

from collections import deque
import heapq

from . import locks
from . import mixins

try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    _GenericAlias = None

__all__ = ("LifoQueue", "PriorityQueue", "Queue", "QueueEmpty", "QueueFull")


class QueueEmpty(Exception):
    """Raised by get_nowait() when the queue is empty."""


class QueueFull(Exception):
    """Raised by put_nowait() when the queue has maxsize items."""


def _wake_first(waiters):
    """Wake the first waiter still waiting, dropping it from the line."""
    while waiters:
        waiter = waiters.pop(0)
        if not waiter.done():
            waiter.set_result(None)
            break


class Queue(mixins._LoopBoundMixin):
    """A first-in first-out queue; `maxsize` <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # The storage, replaced by the subclasses.

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return "<%s at %#x %s>" % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self._format())

    if _GenericAlias is not None:
        # `Queue[int]` in annotations, as for the built-in containers.
        __class_getitem__ = classmethod(_GenericAlias)

    def _format(self):
        result = "maxsize=%r" % (self._maxsize,)
        if getattr(self, "_queue", None):
            result += " _queue=%r" % (list(self._queue),)
        if self._getters:
            result += " _getters[%d]" % len(self._getters)
        if self._putters:
            result += " _putters[%d]" % len(self._putters)
        if self._unfinished_tasks:
            result += " tasks=%d" % self._unfinished_tasks
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put `item` in, waiting while the queue is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    # We were woken but will not put: wake the next one.
                    _wake_first(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put `item` in, or raise QueueFull."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def get(self):
        """Take the next item out, waiting while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    _wake_first(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Take the next item out, or raise QueueEmpty."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    def task_done(self):
        """Mark one item taken out earlier as fully processed."""
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put in has been marked task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Takes out the smallest item first (a heap, as `heapq` keeps it)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Takes out the item put in last."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
