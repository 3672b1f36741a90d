"""Running other programs: run(), call(), check_call(), check_output(),
getoutput(), getstatusoutput() and the Popen class beneath them.

A child runs to its end in one step (the `posix._run_child` call): when
its Popen is made, or, when its input is a pipe (stdin=PIPE), once that
input is complete (at communicate(), wait(), or when Popen.stdin is
closed). What it wrote to PIPEs is then held in memory, and Popen.stdout
and Popen.stderr read from it. So a program cannot talk back and forth
with a running child; everything else behaves as in CPython. A timeout
that expires kills the child (Popen.communicate(timeout=...) included).
"""

import io
import os
import posix
import sys

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call(), check_output() or
    run(check=True) exits with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: the args, the return code, and the captured
    stdout and stderr (None if not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def check_returncode(self):
        """Raise CalledProcessError if the exit status is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


class _InputPipe:
    """Popen.stdin for stdin=PIPE: collects what is written; the child
    runs when it is closed."""

    def __init__(self, popen, text):
        self._popen = popen
        self._text = text
        self._parts = []
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError("write to closed file")
        if self._text and not isinstance(data, str):
            raise TypeError("write() argument must be str, not %s" % type(data).__name__)
        if not self._text and not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._parts.append(data)
        return len(data)

    def flush(self):
        pass

    def writable(self):
        return True

    def _take(self):
        data = ''.join(self._parts) if self._text else b''.join(self._parts)
        self._parts = []
        return data

    def close(self):
        if not self.closed:
            self.closed = True
            self._popen._finish(self._take())

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _argv(args, shell, executable):
    if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
        args = [args]
    else:
        args = list(args)
    args = [os.fsdecode(os.fspath(a)) if not isinstance(a, str) else a for a in args]
    if shell:
        args = [executable or '/bin/sh', '-c'] + args
    elif executable:
        args[0] = os.fsdecode(executable)
    return args


def _stream_code(value, name):
    if value is None:
        return 0
    if value in (PIPE, DEVNULL) or (name == 'stderr' and value == STDOUT):
        return value
    if isinstance(value, int):
        raise ValueError("pyrite's subprocess cannot redirect to a file descriptor")
    return PIPE


class Popen:
    """A child process (see the module's documentation for when it
    runs)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        if text is not None and universal_newlines is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.args = args
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.returncode = None
        self.pid = None
        self._argv = _argv(args, shell, executable)
        self._cwd = os.fsdecode(os.fspath(cwd)) if cwd is not None else None
        self._env = None
        if env is not None:
            self._env = []
            for key, value in env.items():
                self._env.extend((os.fsdecode(key), os.fsdecode(value)))
        self._stdin_target = stdin
        self._stdout_target = stdout
        self._stderr_target = stderr
        self._codes = (_stream_code(stdout, 'stdout'), _stream_code(stderr, 'stderr'))
        self._out = self._err = None
        self.stdout = self.stderr = None
        self._timed_out = False
        if stdin == PIPE:
            self.stdin = _InputPipe(self, self.text_mode)
        else:
            self.stdin = None
            data = None
            if stdin not in (None, DEVNULL):
                data = stdin.read()
                if isinstance(data, str):
                    data = data.encode(encoding or 'utf-8')
            self._run(data if data is not None else (DEVNULL if stdin == DEVNULL else None))

    def __repr__(self):
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdin is not None and not self.stdin.closed:
            self.stdin.close()
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def _run(self, stdin, timeout=None):
        if isinstance(stdin, str):
            stdin = stdin.encode(self.encoding or 'utf-8', self.errors or 'strict')
        if isinstance(stdin, bytearray):
            stdin = bytes(stdin)
        out_code, err_code = self._codes
        if 0 in (out_code, err_code):
            # The child writes to the program's own streams: what the
            # program printed must come out first.
            sys.stdout.flush()
            sys.stderr.flush()
        pid, code, out, err = posix._run_child(
            self._argv, self._cwd, self._env, stdin, out_code, err_code, timeout)
        self.pid = pid
        self._out = self._decode(out)
        self._err = self._decode(err)
        self._deliver(self._stdout_target, self._out)
        self._deliver(self._stderr_target, self._err)
        if self._stdout_target == PIPE:
            self.stdout = self._reader(self._out)
        if self._stderr_target == PIPE:
            self.stderr = self._reader(self._err)
        if code is None:
            self._timed_out = True
            self.returncode = -9
        else:
            self.returncode = code

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        text = data.decode(self.encoding or 'utf-8', self.errors or 'strict')
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def _reader(self, data):
        return io.StringIO(data) if self.text_mode else io.BytesIO(data)

    @staticmethod
    def _deliver(target, data):
        """Write captured output to a file object the caller gave."""
        if data is None or target in (None, PIPE, DEVNULL, STDOUT):
            return
        if isinstance(data, str) and 'b' in getattr(target, 'mode', ''):
            data = data.encode()
        target.write(data)

    def _finish(self, data, timeout=None):
        if self.returncode is None:
            self._run(data, timeout)

    def communicate(self, input=None, timeout=None):
        """Send `input` to the child, wait for it to end; (stdout data,
        stderr data), each None unless it was a pipe."""
        if self.returncode is not None and input:
            raise ValueError("Cannot send input after starting communication")
        if self.stdin is not None and not self.stdin.closed:
            pending = self.stdin._take()
            self.stdin.closed = True
            data = pending + input if input else pending
            self._finish(data, timeout)
        if self._timed_out:
            raise TimeoutExpired(self.args, timeout, self._out or None,
                                 self._err or None)
        out = self._out if self._stdout_target == PIPE else None
        err = self._err if self._stderr_target == PIPE else None
        if out is not None and self.stdout is not None:
            out = self.stdout.read()
        if err is not None and self.stderr is not None:
            err = self.stderr.read()
        return out, err

    def poll(self):
        """The return code if the child has ended, else None."""
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end; its return code."""
        if self.stdin is not None and not self.stdin.closed:
            self.stdin.close()
        if self._timed_out:
            raise TimeoutExpired(self.args, timeout)
        return self.returncode

    def send_signal(self, sig):
        """The child has already ended: nothing to signal."""

    def terminate(self):
        """The child has already ended: nothing to stop."""

    def kill(self):
        """The child has already ended: nothing to kill."""


def call(*popenargs, timeout=None, **kwargs):
    """Run the command and wait; its return code."""
    if timeout is not None:
        return run(*popenargs, timeout=timeout, **kwargs).returncode
    with Popen(*popenargs, **kwargs) as p:
        return p.wait()


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError on a non-zero exit status."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run the command; its output, raising CalledProcessError on a
    non-zero exit status."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or \
                kwargs.get('encoding') or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run the command and wait; a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    elif timeout is not None and kwargs.get('stdin') is None:
        # The child must not start before the timeout is known: it runs
        # at communicate(), with no input.
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            raise TimeoutExpired(process.args, timeout, exc.output, exc.stderr)
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of running `cmd` in the shell, stderr
    included, without a trailing newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of running `cmd` in the shell (getstatusoutput()[1])."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """The argument sequence as one command line (MS C runtime rules)."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
