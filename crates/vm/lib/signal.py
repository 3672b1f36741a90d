"""Signal handlers. signal() records a Python handler for a signal and
getsignal() reports it; raise_signal() delivers a signal to the process's
own handlers at once: a Python handler is called with (signum, frame),
SIG_IGN does nothing, and SIG_DFL of SIGINT raises KeyboardInterrupt.

This interpreter does not run Python handlers for signals sent by other
processes (Ctrl-C still raises KeyboardInterrupt), and has no alarm().
"""

import sys
from enum import IntEnum as _IntEnum

_SIGNALS = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
    ('SIGABRT', 6), ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9),
    ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13),
    ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17),
    ('SIGCLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
    ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24),
    ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28),
    ('SIGIO', 29), ('SIGPOLL', 29), ('SIGPWR', 30), ('SIGSYS', 31),
    ('SIGRTMIN', 34), ('SIGRTMAX', 64),
]

Signals = _IntEnum('Signals', _SIGNALS, module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1),
                                 ('SIG_SETMASK', 2)], module=__name__)
Signals.__str__ = int.__repr__
Handlers.__str__ = int.__repr__
Sigmasks.__str__ = int.__repr__

for _name, _ in _SIGNALS:
    globals()[_name] = Signals[_name]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe',
    14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)',
    23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}

# Signals whose default action is to do nothing.
_IGNORED_BY_DEFAULT = (17, 18, 23, 28)


def default_int_handler(signalnum, frame, /):
    """The default handler of SIGINT: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


class ItimerError(OSError):
    pass


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN
_handlers[25] = SIG_IGN


def _check_signum(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _wrap(value, kind):
    try:
        return kind(value)
    except ValueError:
        return value


def signal(signalnum, handler, /):
    """Set the handler of `signalnum` (a callable, SIG_IGN or SIG_DFL);
    the previous one."""
    signalnum = _check_signum(signalnum)
    if handler not in (0, 1) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, "
                        "signal.SIG_DFL, or a callable object")
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    previous = _handlers[signalnum]
    _handlers[signalnum] = _wrap(handler, Handlers) if handler in (0, 1) else handler
    return previous


def getsignal(signalnum, /):
    """The handler of `signalnum`."""
    return _handlers[_check_signum(signalnum)]


def strsignal(signalnum, /):
    """The system's description of `signalnum`."""
    signalnum = _check_signum(signalnum)
    if 34 <= signalnum <= 64:
        return 'Real-time signal %d' % (signalnum - 34)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """The signal numbers of this platform."""
    return {_wrap(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    """Deliver `signalnum` to this process's handler now."""
    signalnum = _check_signum(signalnum)
    handler = _handlers[signalnum]
    if handler == SIG_IGN:
        return
    if handler == SIG_DFL:
        if signalnum == 2:
            raise KeyboardInterrupt
        if signalnum in _IGNORED_BY_DEFAULT:
            return
        sys.stdout.flush()
        sys.stderr.flush()
        import os
        os._exit(128 + signalnum)
    handler(signalnum, sys._getframe(1))


def siginterrupt(signalnum, flag, /):
    """Whether system calls restart after `signalnum` (accepted, no
    effect here)."""
    _check_signum(signalnum)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Accepted for compatibility; returns the old descriptor (-1)."""
    return -1


def pause():
    """Wait for a signal: none can arrive, so this would never return."""
    raise RuntimeError("signal.pause() would wait forever: this interpreter "
                       "receives no signals from other processes")
