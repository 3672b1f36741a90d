"""Temporary files and directories: mkstemp and mkdtemp make them with
names no other file has; NamedTemporaryFile, TemporaryFile,
SpooledTemporaryFile and TemporaryDirectory also remove them when they
are closed or their `with` block ends.

Names are `prefix + 8 random characters + suffix` in `dir` (by default
gettempdir(): $TMPDIR, $TEMP or $TMP if it is a writable directory, else
/tmp, /var/tmp, /usr/tmp, then the working directory). A name is taken
by creating the file or directory exclusively, so two callers never get
the same one; after TMP_MAX names in use the call gives up with
FileExistsError.
"""

import io as _io
import os as _os
import shutil as _shutil
import weakref as _weakref
from random import Random as _Random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "template",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _Random()
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_dirs():
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(name)
        if value:
            yield value
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    yield _os.getcwd()


def _find_tempdir():
    for directory in _candidate_dirs():
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        if _os.path.isdir(directory) and _os.access(directory, _os.W_OK | _os.X_OK):
            return directory
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % list(_candidate_dirs()))


def gettempdir():
    """The directory temporary files go in by default."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempprefixb():
    """gettempprefix() as bytes."""
    return _os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if kinds == {bytes}:
        prefix = b'tmp' if prefix is None else prefix
        suffix = b'' if suffix is None else suffix
        dir = gettempdirb() if dir is None else dir
        return prefix, suffix, _os.fspath(dir), bytes
    if bytes in kinds and len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    prefix = template if prefix is None else prefix
    suffix = '' if suffix is None else suffix
    dir = gettempdir() if dir is None else _os.fspath(dir)
    return prefix, suffix, dir, str


def _names(prefix, suffix, dir, kind):
    for _ in range(TMP_MAX):
        name = _random_name()
        if kind is bytes:
            name = name.encode()
        yield _os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; its
    (descriptor, absolute path). The caller removes it."""
    prefix, suffix, dir, kind = _sanitize(prefix, suffix, dir)
    for path in _names(prefix, suffix, dir, kind):
        try:
            fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable only by its owner; its absolute
    path. The caller removes it."""
    prefix, suffix, dir, kind = _sanitize(prefix, suffix, dir)
    for path in _names(prefix, suffix, dir, kind):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (unsafe: another may take it first)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(prefix, suffix, dir, str):
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _open_new(prefix, suffix, dir, mode, buffering, encoding, errors, newline):
    """A new file opened with `mode` ('w+b' style) and its path."""
    prefix, suffix, dir, kind = _sanitize(prefix, suffix, dir)
    exclusive = mode.replace('w', 'x')
    if 'x' not in exclusive:
        exclusive = 'x' + exclusive
    for path in _names(prefix, suffix, dir, kind):
        try:
            f = _io.open(path, exclusive, buffering=buffering, encoding=encoding,
                         errors=errors, newline=newline)
        except FileExistsError:
            continue
        _os.chmod(path, 0o600)
        return f, _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A named temporary file: the file object's attributes, plus `name`;
    the file is removed when closed if `delete` is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def _remove(self):
        if self.delete and not self._removed:
            self._removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        """Close the file (and remove it if `delete`)."""
        try:
            self.file.close()
        finally:
            self._remove()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object>"


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A new temporary file with a visible name (`.name`), removed when
    it is closed unless `delete` is false."""
    f, name = _open_new(prefix, suffix, dir, mode, buffering, encoding, errors, newline)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A new temporary file with no name left in the file system: it is
    unlinked at once and goes when closed."""
    f, name = _open_new(prefix, suffix, dir, mode, buffering, encoding, errors, newline)
    _os.unlink(name)
    return f


class SpooledTemporaryFile:
    """A temporary file held in memory until it grows past `max_size`
    (or fileno() is asked for), then moved to a real temporary file."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the contents to a real temporary file."""
        if self._rolled:
            return
        memory = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = memory.tell()
        newfile.write(memory.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory:
    """A new temporary directory (`.name`), removed with everything in it
    by cleanup(), at the end of a `with` block (which gives the name), or
    when the object goes."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name, ignore_cleanup_errors)

    @classmethod
    def _cleanup(cls, name, ignore_errors=False):
        _shutil.rmtree(name, ignore_errors=ignore_errors)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the directory and its contents (once)."""
        if self._finalizer.detach() or _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
