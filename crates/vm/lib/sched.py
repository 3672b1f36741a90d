"""A general-purpose event scheduler: events are (time, priority,
sequence, action, argument, kwargs), run in order of time then priority
(then the order they were entered), with `delayfunc` waiting between
them.
"""

import heapq
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

_sentinel = object()


class Event(namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')):
    __slots__ = []

    def __eq__(s, o): return (s.time, s.priority, s.sequence) == (o.time, o.priority, o.sequence)
    def __lt__(s, o): return (s.time, s.priority, s.sequence) < (o.time, o.priority, o.sequence)
    def __le__(s, o): return (s.time, s.priority, s.sequence) <= (o.time, o.priority, o.sequence)
    def __gt__(s, o): return (s.time, s.priority, s.sequence) > (o.time, o.priority, o.sequence)
    def __ge__(s, o): return (s.time, s.priority, s.sequence) >= (o.time, o.priority, o.sequence)
    __hash__ = None




class scheduler:
    """Events run at times `timefunc` measures, waiting with
    `delayfunc`."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at `time`; the event."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator),
                      action, argument, kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an action `delay` time units from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError if it is not queued)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        """Whether no events are queued."""
        return not self._queue

    def run(self, blocking=True):
        """Run the events in order, waiting for each one's time; with
        blocking=False, run only those due now and return the time until
        the next one (or None)."""
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            if not q:
                break
            (time, priority, sequence, action, argument, kwargs) = q[0]
            now = timefunc()
            if time > now:
                delay = True
            else:
                delay = False
                pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The queued events in the order they will run."""
        events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
