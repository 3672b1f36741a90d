"""Operating-system interfaces (POSIX): files and directories, the
process and its environment, over the native `posix` module. `os.path`
is `posixpath`.

Paths may be str or any os.PathLike; they reach `posix` as str."""

import abc
import sys

import posix
import stat as _stat_module
from posix import (getcwd, getpid, getppid, getuid, geteuid, getgid,
                   getegid, urandom, cpu_count, strerror, F_OK, R_OK, W_OK,
                   X_OK, close, read, write, lseek, fsync, O_RDONLY, O_WRONLY,
                   O_RDWR, O_ACCMODE, O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC,
                   O_APPEND, O_NONBLOCK, O_NDELAY, O_DSYNC, O_SYNC,
                   O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC)
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


def fspath(path):
    """The str or bytes a path stands for: the path itself, or what its
    __fspath__() returns."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        f'{kind.__name__}') from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f'expected {kind.__name__}.__fspath__() to return str '
                    f'or bytes, not {type(result).__name__}')


class PathLike(abc.ABC):
    """The abstract class of objects standing for a file-system path
    (they define __fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


# The functions that also take an open file's descriptor in CPython (and
# so name "integer" among the accepted types).
_TAKES_FD = ('stat', 'listdir', 'scandir', 'chdir', 'chmod', 'truncate')


def _path(p, func, argname='path'):
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode('utf-8')
    try:
        p = fspath(p)
    except TypeError:
        kinds = ('string, bytes, os.PathLike or integer' if func in _TAKES_FD
                 else 'string, bytes or os.PathLike')
        raise TypeError(f'{func}: {argname} should be {kinds}, '
                        f'not {type(p).__name__}') from None
    return p if isinstance(p, str) else p.decode('utf-8')


def fsencode(filename):
    """The path as bytes: UTF-8, with each undecodable byte that fsdecode
    made a lone surrogate turned back into that byte."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """The path as str: UTF-8, with each undecodable byte kept as a lone
    surrogate (U+DC80..U+DCFF), so that fsencode gives the bytes back."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# -- the environment ------------------------------------------------------

class _Environ:
    """os.environ: the process's environment as a mutable mapping of str
    to str."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        shown = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{shown}}})'


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """The environment variable `key`, or `default` when it is not set."""
    return environ.get(key, default)


# -- file status -------------------------------------------------------------

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
                'st_gid', 'st_size')


class stat_result(tuple):
    """What stat() returns: a 10-tuple (mode, inode, device, links, uid,
    gid, size, atime, mtime, ctime, the times as whole seconds) with the
    fields also as st_* attributes (the times as floats, and in
    nanoseconds as st_*time_ns)."""

    n_sequence_fields = 10
    n_unnamed_fields = 3
    n_fields = 19

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, values[:10])
        (self.st_atime, self.st_mtime, self.st_ctime, self.st_atime_ns,
         self.st_mtime_ns, self.st_ctime_ns, self.st_blksize, self.st_blocks,
         self.st_rdev) = (values + (None,) * 19)[10:19]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    def __repr__(self):
        fields = _STAT_FIELDS + ('st_atime', 'st_mtime', 'st_ctime')
        shown = ', '.join(f'{f}={v!r}' for f, v in zip(fields, self))
        return f'os.stat_result({shown})'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The status of a file (following a symbolic link, unless
    follow_symlinks is false)."""
    return stat_result(posix._stat(_path(path, 'stat'), follow_symlinks))


def lstat(path, *, dir_fd=None):
    """The status of a file, not following a symbolic link."""
    return stat_result(posix._stat(_path(path, 'lstat'), False))


# -- files and directories ---------------------------------------------------

def listdir(path=None):
    """The names of the entries of a directory (not '.' nor '..')."""
    return posix.listdir('.' if path is None else _path(path, 'listdir'))


def mkdir(path, mode=0o777, *, dir_fd=None):
    posix.mkdir(_path(path, 'mkdir'), mode)


def rmdir(path, *, dir_fd=None):
    posix.rmdir(_path(path, 'rmdir'))


def remove(path, *, dir_fd=None):
    posix.remove(_path(path, 'remove'))


def unlink(path, *, dir_fd=None):
    posix.unlink(_path(path, 'unlink'))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    posix.rename(_path(src, 'rename', 'src'), _path(dst, 'rename', 'dst'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    posix.replace(_path(src, 'replace', 'src'), _path(dst, 'replace', 'dst'))


def chdir(path):
    posix.chdir(_path(path, 'chdir'))


def readlink(path, *, dir_fd=None):
    return posix.readlink(_path(path, 'readlink'))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    posix.symlink(_path(src, 'symlink', 'src'), _path(dst, 'symlink', 'dst'))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    posix.chmod(_path(path, 'chmod'), mode)


def access(path, mode, *, dir_fd=None, effective_ids=False,
           follow_symlinks=True):
    return posix.access(_path(path, 'access'), mode)


def truncate(path, length):
    posix.truncate(_path(path, 'truncate'), length)


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a directory and any missing parents; an existing leaf is an
    error unless exist_ok."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory, then its parents as long as they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    """One entry of a directory, as scandir() yields it."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode_is(self, test, follow_symlinks):
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(_stat_module.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(_stat_module.S_ISREG, follow_symlinks)

    def is_symlink(self):
        return self._mode_is(_stat_module.S_ISLNK, False)


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, directory, names):
        self._directory = directory
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for a directory's entries."""
    directory = '.' if path is None else _path(path, 'scandir')
    return _ScandirIterator(directory, posix.listdir(directory))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each directory in the tree rooted at `top`, yield
    (dirpath, dirnames, filenames); top down unless topdown is false.
    With topdown, the caller may prune dirnames in place."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    files = []
    for entry in entries:
        (dirs if entry.is_dir() else files).append(entry.name)
    if topdown:
        yield top, dirs, files
    for d in dirs:
        child = path.join(top, d)
        if followlinks or not path.islink(child):
            yield from walk(child, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


class uname_result(tuple):
    """What uname() returns: (sysname, nodename, release, version,
    machine), also as attributes."""

    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        names = ('sysname', 'nodename', 'release', 'version', 'machine')
        shown = ', '.join(f'{n}={v!r}' for n, v in zip(names, self))
        return f'posix.uname_result({shown})'


def uname():
    """The operating system's name, the machine's network name, the
    kernel's release and version, and the hardware name."""
    return uname_result(posix.uname())


def get_exec_path(env=None):
    """The directories searched for programs (from PATH)."""
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


# -- file descriptors --------------------------------------------------------

def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file at the descriptor level; the new descriptor."""
    return posix.open(_path(path, 'open'), flags, mode)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over descriptor `fd`, as open(fd, ...) makes."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set a file's access and modification times: `times` as (atime,
    mtime) seconds, `ns` as nanoseconds, or neither for now."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = (int(t * 1_000_000_000) for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime, mtime = ns
    else:
        import time
        atime = mtime = time.time_ns()
    posix._utime(_path(path, 'utime'), atime, mtime)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    """Make `dst` a hard link to `src`."""
    posix.link(_path(src, 'link', 'src'), _path(dst, 'link', 'dst'))


class terminal_size(tuple):
    """A terminal's size: (columns, lines)."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence "
                            f"({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'


def _exit(status):
    """End the process at once with `status`: no clean-up, no flushing."""
    posix._exit(status)


def system(command):
    """Run `command` in a shell; its wait status (exit code << 8, or
    the number of the signal that ended it)."""
    # The child writes to the same streams: what the program printed
    # must come out first.
    sys.stdout.flush()
    sys.stderr.flush()
    _, code, _, _ = posix._run_child(['/bin/sh', '-c', command], None, None,
                                     None, 0, 0, None)
    return code << 8 if code >= 0 else -code


class _wrap_close:
    """What popen() returns: the command's output as a text stream whose
    close() gives None for success, else the wait status."""

    def __init__(self, stream, status):
        self._stream = stream
        self._status = status

    def close(self):
        self._stream.close()
        if not self._status:
            return None
        return self._status

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Run `cmd` in a shell; a stream of its output (mode 'r'). The
    command runs to its end first."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if mode == "w":
        raise ValueError("popen(mode='w') is not supported: the command runs "
                         "to its end before the program could write to it")
    import io
    _, code, out, _ = posix._run_child(['/bin/sh', '-c', cmd], None, None,
                                       None, -1, 0, None)
    status = code << 8 if code >= 0 else -code
    text = out.decode('utf-8', 'replace').replace('\r\n', '\n')
    return _wrap_close(io.StringIO(text), status)


def kill(pid, sig, /):
    """Send signal `sig` to process `pid`: to this process through its
    own handlers (signal.raise_signal), to another through the system's
    kill program."""
    sig = int(sig)
    if pid == getpid():
        if sig:
            import signal
            signal.raise_signal(sig)
        return
    _, code, _, err = posix._run_child(['kill', '-%d' % sig, str(int(pid))],
                                       None, None, None, -3, -1, None)
    if code:
        message = err.decode('utf-8', 'replace')
        if 'No such process' in message:
            raise ProcessLookupError(3, 'No such process')
        if 'not permitted' in message:
            raise PermissionError(1, 'Operation not permitted')
        raise OSError(22, 'Invalid argument')


def get_terminal_size(fd=1):
    """The size of the terminal on `fd`; OSError when it is not one (this
    interpreter cannot ask a terminal its size)."""
    raise OSError(25, 'Inappropriate ioctl for device')
