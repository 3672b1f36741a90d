"""FIFO, LIFO and priority queues (Queue, LifoQueue, PriorityQueue) and
SimpleQueue, with the Empty and Full exceptions.

Threads take turns (see the `_thread` module): a blocking put or get
that cannot proceed lets the threads waiting for their turn run until
it can. If none is left to make it possible, a call with a timeout
raises Full or Empty after waiting it out; without one, the main thread
gets RuntimeError instead of waiting forever (and any other thread
stops there for good); join() with unfinished tasks does the same.
"""

import heapq
import _thread
from collections import deque

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by get(block=False) / get_nowait() on an empty queue."""


class Full(Exception):
    """Raised by put(block=False) / put_nowait() on a full queue."""


def _check_timeout(block, timeout):
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_for(ready, block, timeout, what):
    """Whether `ready()` holds, letting other threads run for it if
    `block` (see _thread._wait_until)."""
    if ready():
        return True
    if not block:
        return False
    return _thread._wait_until(ready, what, timeout)


class Queue:
    """A first-in first-out queue holding at most `maxsize` items (no
    limit when maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        _thread._wait_until(lambda: not self.unfinished_tasks, "Queue.join()")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        _check_timeout(block, timeout)
        if not _wait_for(lambda: not 0 < self.maxsize <= self._qsize(),
                         block, timeout, "Queue.put()"):
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if not _wait_for(self._qsize, block, timeout, "Queue.get()"):
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class PriorityQueue(Queue):
    """Items come out lowest first (usually (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Items come out most recently added first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if not _wait_for(lambda: self._queue, block, timeout, "SimpleQueue.get()"):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
