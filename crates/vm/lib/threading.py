"""Threads and the means to coordinate them: Thread, Timer, Lock,
RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, local.

Threads take turns on the interpreter's one operating-system thread; the
model (see the `_thread` module) in short:

- start() queues the thread; it runs, to its end or to a wait that
  cannot end, when some thread first has to wait (join(), Event.wait(),
  Queue.get(), a held lock, a condition, a barrier) or when the program
  ends. Threads run in the order they were started.
- A wait nothing can end any more raises RuntimeError in the main thread
  and stops any other thread there for good; a wait with a timeout
  sleeps out its timeout and reports that it timed out.
"""

import sys as _sys
import time as _time
import _thread
from _thread import (get_ident, get_native_id, RLock as _RLock,
                     allocate_lock as _allocate_lock, stack_size, TIMEOUT_MAX,
                     _local as local, _wait_until, _Stopped)
from collections import namedtuple as _namedtuple

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

ThreadError = _thread.error
Lock = _allocate_lock
_trace_hook = None
_profile_hook = None


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _RLock(*args, **kwargs)


def settrace(func):
    """Set a trace function for threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Set a profile function for threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


class Condition:
    """A lock (an RLock unless one is given) with which threads wait
    until another notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        """Release the lock, wait to be notified (or for the timeout),
        take the lock again; False if the timeout passed."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = [False]
        self._waiters.append(waiter)
        state = self._release_save()
        try:
            notified = _wait_until(lambda: waiter[0], "Condition.wait()", timeout)
        finally:
            if not waiter[0] and waiter in self._waiters:
                self._waiters.remove(waiter)
            self._acquire_restore(state)
        return notified

    def wait_for(self, predicate, timeout=None):
        """wait() until `predicate()` is true; its last value."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to `n` waiting threads."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken, self._waiters = self._waiters[:n], self._waiters[n:]
        for waiter in woken:
            waiter[0] = True

    def notify_all(self):
        """Wake up every waiting thread."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() lowers, waiting while it is zero, and
    release() raises."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Lower the counter, waiting while it is zero; whether it was."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not self._value:
            if not blocking:
                return False
            if not _wait_until(lambda: self._value > 0, "Semaphore.acquire()", timeout):
                return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        """Raise the counter by `n`."""
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %s: %s>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), status)

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    isSet = is_set

    def set(self):
        """Set the flag, ending every wait for it."""
        self._flag = True

    def clear(self):
        """Clear the flag."""
        self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set (or the timeout passes); the flag."""
        if self._flag:
            return True
        return _wait_until(lambda: self._flag, "Event.wait()", timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A meeting point: each of `parties` threads calls wait(), and all
    go on once the last arrives."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def __repr__(self):
        if self._broken:
            return "<%s.%s at %s: broken>" % (
                self.__class__.__module__, self.__class__.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, hex(id(self)),
            self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for all parties; this thread's arrival index (0 to
        parties-1)."""
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count == self._parties:
            try:
                if self._action:
                    self._action()
            except BaseException:
                self._break()
                raise
            self._count = 0
            self._generation += 1
            return index
        generation = self._generation
        try:
            passed = _wait_until(
                lambda: self._generation != generation or self._broken,
                "Barrier.wait()", timeout)
        except _Stopped:
            raise
        except RuntimeError:
            self._break()
            raise
        if not passed:
            self._break()
            raise BrokenBarrierError
        if self._generation == generation:
            raise BrokenBarrierError
        return index

    def _break(self):
        self._broken = True
        self._count = 0

    def reset(self):
        """Put the barrier back to its first state (breaking it for any
        waiting thread)."""
        if self._count:
            self._break()
        self._broken = False
        self._count = 0
        self._generation += 1

    def abort(self):
        """Break the barrier: waiting and later wait() calls raise
        BrokenBarrierError."""
        self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# -- threads -----------------------------------------------------------------

_counter = 0
_active = {}      # ident -> Thread, for started threads not yet ended
_main_thread = None


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


_ExceptHookArgs = _namedtuple('ExceptHookArgs',
                              'exc_type exc_value exc_traceback thread')


def ExceptHookArgs(args):
    return _ExceptHookArgs(*args)


def excepthook(args, /):
    """Report an exception a thread's run() raised, on stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr if _sys.stderr is not None else getattr(args.thread, '_stderr', None)
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: the `target` called with `args` and
    `kwargs`, or a subclass's run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._parked = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: it runs when it gets its turn (see the
        module's documentation)."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._ident = _thread._new_ident()
        self._native_id = self._ident
        self._started = True
        _active[self._ident] = self
        _thread._start_runnable(self._ident, self._bootstrap)

    def _bootstrap(self):
        try:
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except _Stopped:
                self._parked = True
                return
            except BaseException:
                self._invoke_excepthook(self)
        finally:
            if not self._parked:
                self._is_stopped = True
                _active.pop(self._ident, None)

    def _invoke_excepthook(self, thread):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        try:
            excepthook(ExceptHookArgs([exc_type, exc_value, exc_tb, thread]))
        except Exception as e:
            e.__suppress_context__ = True
            _sys.excepthook(type(e), e, e.__traceback__)

    def run(self):
        """What the thread does: call the target (override in a
        subclass)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread ends (or the timeout passes)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        _wait_until(lambda: self._is_stopped, "join()", timeout)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether the thread has started and not ended."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """A thread that calls `function` after `interval` seconds unless
    cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            _time.sleep(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = self._ident
        _active[self._ident] = self


class _DummyThread(Thread):

    def __init__(self, ident):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = ident
        self._native_id = ident
        _active[ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the running thread."""
    ident = get_ident()
    thread = _active.get(ident)
    if thread is None:
        thread = _DummyThread(ident)
    return thread


currentThread = current_thread


def main_thread():
    """The main thread's Thread object."""
    return _main_thread


def enumerate():
    """The threads alive now (the main thread first)."""
    return list(_active.values())


def active_count():
    """How many threads are alive."""
    return len(_active)


activeCount = active_count


def _shutdown():
    """At the program's end: let every thread still waiting run."""
    _thread._run_all()


_main_thread = _MainThread()

import atexit as _atexit
_atexit.register(_shutdown)
