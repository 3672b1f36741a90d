"""asyncio for pyrite: tasks, futures and an event loop of timers.

A small implementation of the standard `asyncio` with CPython 3.11's
behaviour for everything that does not need I/O: the same order of
callbacks and task steps, the same cancellation rules and messages.

The package reads bottom-up:

- `exceptions`: CancelledError, InvalidStateError, TimeoutError;
- `coroutines`, `formatting`: recognising coroutines; reprs and reports;
- `events`: Handle/TimerHandle and which loop is running or current;
- `futures`: Future, a result that arrives later;
- `tasks`: Task, which drives a coroutine through Futures; sleep();
- `base_events`: EventLoop, the ready queue and the timer heap;
- `waiting`: gather, wait, wait_for, as_completed, shield;
- `mixins`, `locks`, `queues`: synchronisation between tasks (Lock,
  Event, Condition, Semaphore, Barrier, Queue and its variants);
- `taskgroups`, `timeouts`: structured concurrency and deadlines;
- `runners`: asyncio.run and Runner.

Known differences from CPython: there is no I/O (no sockets, streams,
subprocesses or executors); the loop class is `EventLoop`; pending tasks are
registered with strong references, so a pending task nobody else references
is never reported as "destroyed but pending"; reports of uncaught errors
show no `^^^` markers under source lines.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *
from .waiting import *

from . import base_events
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import locks
from . import queues
from . import runners
from . import taskgroups
from . import tasks
from . import timeouts
from . import waiting

__all__ = (
    base_events.__all__
    + coroutines.__all__
    + events.__all__
    + exceptions.__all__
    + futures.__all__
    + locks.__all__
    + queues.__all__
    + runners.__all__
    + taskgroups.__all__
    + tasks.__all__
    + timeouts.__all__
    + waiting.__all__
)
