"""Low-level threads: start_new_thread, locks, thread identities.

This interpreter runs Python on one operating-system thread, so threads
take turns instead of running side by side. The model, which `threading`,
`queue` and `concurrent.futures` share:

- A started thread does not run at once: it waits its turn in a queue of
  runnable threads, in the order threads were started.
- Whenever a thread must wait for something (a lock held by another
  thread, an event not set, a queue item, another thread's end), waiting
  threads run, one after another, each to its end, until what the waiter
  needs has happened. Threads still waiting to run when the program ends
  run then.
- time.sleep() is a wait too: once threads exist, a sleeping thread
  first lets the next waiting thread run (so a loop polling a flag or
  is_alive() with sleeps ends as it does in CPython).
- A wait that nothing can end any more (no thread is left to run) fails
  clearly instead of hanging: in the main thread it raises RuntimeError;
  in any other thread the thread stops there for good, as a thread of
  CPython blocked forever would (it stays alive; joining it raises
  RuntimeError). A wait with a timeout sleeps that long and reports the
  timeout instead.

So a thread's statements never interleave with another's: each runs
from one of its waits to the next without interruption.
"""

import time as _time
from collections import deque as _deque

__all__ = ["start_new_thread", "allocate_lock", "LockType", "get_ident",
           "get_native_id", "error", "TIMEOUT_MAX", "RLock", "stack_size",
           "interrupt_main", "exit"]

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

# Thread identities: the main thread's is fixed; each new thread's is the
# next number.
_MAIN_IDENT = 139_800_000_000_000
_next_ident = _MAIN_IDENT
# The identities of the threads running now, innermost last: a thread
# that waits runs others inside its wait.
_running = [_MAIN_IDENT]
# Started threads waiting for their turn: (ident, function).
_runnable = _deque()


class _Stopped(BaseException):
    """Unwinds a thread whose wait can never end: it stops there."""


def _new_ident():
    global _next_ident
    _next_ident += 1
    return _next_ident


def get_ident():
    """The identity of the running thread."""
    return _running[-1]


def get_native_id():
    """The identity of the running thread (as get_ident())."""
    return _running[-1]


def _in_main_thread():
    return len(_running) == 1


def _run_one():
    """Run the next thread waiting for its turn; False if none is."""
    if not _runnable:
        return False
    ident, function = _runnable.popleft()
    _running.append(ident)
    try:
        function()
    finally:
        _running.pop()
    return True


def _run_all():
    """Run every thread waiting for its turn (at the program's end)."""
    while _run_one():
        pass


def _wait_until(ready, what, timeout=None):
    """Let other threads run until `ready()` is true; True then. If it
    cannot become true: False after sleeping out `timeout` when one is
    given, else RuntimeError (main thread) or the thread stops for good."""
    while not ready():
        if not _run_one():
            if timeout is not None and timeout >= 0:
                if timeout:
                    (_plain_sleep or _time.sleep)(timeout)
                return False
            if _in_main_thread():
                raise RuntimeError(what + " would wait forever: no other "
                                   "thread is left that could end the wait")
            raise _Stopped
    return True


def _timeout_of(blocking, timeout):
    """The timeout of an acquire(blocking, timeout) call (None: forever)."""
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return None if timeout == -1 else timeout


def start_new_thread(function, args, kwargs=None):
    """Start a thread running function(*args, **kwargs); its identity."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    ident = _new_ident()
    kwargs = kwargs or {}
    _install_sleep()

    def bootstrap():
        try:
            function(*args, **kwargs)
        except _Stopped:
            pass
        except SystemExit:
            pass
        except BaseException as e:
            import sys
            print("Unhandled exception in thread started by", function, file=sys.stderr)
            import traceback
            traceback.print_exception(type(e), e, e.__traceback__)

    _runnable.append((ident, bootstrap))
    return ident


start_new = start_new_thread


def _start_runnable(ident, function):
    """Queue `function` to run as thread `ident` (for threading)."""
    _runnable.append((ident, function))
    _install_sleep()


_plain_sleep = None


def _sleep(seconds):
    """time.sleep once threads exist: let the next waiting thread run,
    then sleep."""
    _run_one()
    _plain_sleep(seconds)


def _install_sleep():
    """Make time.sleep a point where threads take turns."""
    global _plain_sleep
    if _plain_sleep is None:
        _plain_sleep = _time.sleep
        _time.sleep = _sleep


def exit():
    """Stop the running thread."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Raise KeyboardInterrupt in the main thread (here: at once)."""
    raise KeyboardInterrupt


def stack_size(size=0):
    """The stack size for new threads: 0, the system's default."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


class LockType:
    """A lock: acquired by one thread at a time, released by any."""

    __module__ = '_thread'

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        """Take the lock, waiting while another thread holds it; whether
        it was taken."""
        wait = _timeout_of(blocking, timeout)
        if self._locked:
            if wait == 0 or not _wait_until(lambda: not self._locked,
                                            "acquiring a lock", wait):
                return False
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        """Let the lock go."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        """Whether some thread holds the lock."""
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return "<%s %s.%s object at %s>" % (
            "locked" if self._locked else "unlocked",
            self.__class__.__module__, 'lock', hex(id(self)))


def allocate_lock():
    """A new lock."""
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: its owner may take it again; it is free once
    released as often as taken."""

    __module__ = '_thread'

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Take the lock (again, if the running thread owns it)."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        wait = _timeout_of(blocking, timeout)
        if self._owner is not None:
            if wait == 0 or not _wait_until(lambda: self._owner is None,
                                            "acquiring a lock", wait):
                return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        """Give up one level of ownership."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        if self._owner is not None:
            _wait_until(lambda: self._owner is None, "acquiring a lock")
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._owner is not None else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            self._owner or 0, self._count, hex(id(self)))


class _local:
    """An object whose attributes each thread sees separately
    (threading.local). A subclass's __init__ runs again, with the
    constructor's arguments, the first time each thread uses it."""

    __module__ = '_thread'

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__state', ({get_ident(): {}}, args, kwargs))
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _local_dict(self):
    """The attributes the running thread sees on the local `self`,
    running the class's __init__ for a thread's first use."""
    dicts, args, kwargs = object.__getattribute__(self, '_local__state')
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = dicts[me] = {}
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kwargs)
    return d
