"""Object-oriented file-system paths: the pure paths (PurePath,
PurePosixPath), which only compute with path text, and the concrete
paths (Path, PosixPath), which also ask the operating system.

A path is held as its anchor (the root, '/' or '//', or nothing for a
relative path) and its parts: the names between separators, with empty
names and '.' dropped. Invariants:
- `_parts` starts with the anchor when there is one, and no other part
  is empty, '.', or contains '/'.
- `str(path)` is the anchor followed by the other parts joined by '/',
  or '.' when there are none; two paths are equal exactly when their
  parts are, so `PurePath('a//b/./c') == PurePath('a/b/c')`.
Only POSIX paths are provided: PureWindowsPath and WindowsPath exist so
that programs naming them import, but they cannot be made.
"""

import fnmatch
import io
import os
import posixpath
import sys
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISSOCK, S_ISFIFO, S_ISBLK, S_ISCHR

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

# errno values an existence test reads as "no such file".
_IGNORED_ERRNOS = (2, 20, 9, 40)

# The bytes a file URI shows as they are (urllib.parse.quote's safe set).
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      b'0123456789_.-~/')


def _split_anchor(text):
    """('' or '/' or '//', the rest) of one piece of path text."""
    if not text.startswith('/'):
        return '', text
    rest = text.lstrip('/')
    # POSIX leaves a path starting with exactly two slashes to the system.
    return ('//' if len(text) - len(rest) == 2 else '/'), rest


def _parse(pieces):
    """The (anchor, parts) of the path made by joining `pieces` (str)."""
    anchor = ''
    names = []
    for piece in pieces:
        if not piece:
            continue
        root, rest = _split_anchor(piece)
        if root:
            anchor = root
            names = []
        names.extend(n for n in rest.split('/') if n and n != '.')
    return anchor, ([anchor] if anchor else []) + names


def _pieces(args):
    """The path text of each constructor argument."""
    out = []
    for a in args:
        if isinstance(a, PurePath):
            out.append(str(a))
            continue
        a = os.fspath(a)
        if isinstance(a, str):
            out.append(a)
        else:
            raise TypeError("argument should be a str object or an os.PathLike "
                            "object returning str, not %r" % type(a))
    return out


class _Parents:
    """The sequence of a path's logical ancestors, nearest first."""

    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path = path
        self._count = len(path._parts) - (1 if path._anchor else 0)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        p = self._path
        return p._from_parts(p._anchor, p._parts[:len(p._parts) - index - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path whose methods only compute with its text."""

    __slots__ = ('_anchor', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _from_args(cls, args):
        anchor, parts = _parse(_pieces(args))
        return cls._from_parts(anchor, parts)

    @classmethod
    def _from_parts(cls, anchor, parts):
        self = object.__new__(cls)
        self._anchor = anchor
        self._parts = list(parts)
        return self

    def _join(self, *args):
        return self._from_args((self,) + args)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            names = self._parts[1:] if self._anchor else self._parts
            self._str = (self._anchor + '/'.join(names)) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file:' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + ''.join(
            chr(b) if b in _URI_SAFE else '%{:02X}'.format(b)
            for b in os.fsencode(str(self)))

    def _key(self):
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts == other._parts

    def _same_flavour(self, other):
        return isinstance(other, PurePosixPath) == isinstance(self, PurePosixPath)

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._parts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts >= other._parts

    @property
    def drive(self):
        """The drive letter or share: always '' for POSIX paths."""
        return ''

    @property
    def root(self):
        """The root: '/', '//' or ''."""
        return self._anchor

    @property
    def anchor(self):
        """The drive and the root together."""
        return self._anchor

    @property
    def parts(self):
        """The path's components, anchor first."""
        return tuple(self._parts)

    @property
    def name(self):
        """The final component, without the anchor."""
        if len(self._parts) == (1 if self._anchor else 0):
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        """The final component's last extension ('.gz' of 'a.tar.gz')."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """The final component's extensions (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its final component replaced by `name`."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        anchor, parts = _parse([name])
        if (not name or name[-1] == '/' or anchor or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._anchor, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """The path with its stem replaced by `stem`."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced by `suffix` ('' removes it)."""
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parts(self._anchor, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to `other`, which must be one of its
        ancestors (or itself)."""
        if not other:
            raise TypeError("need at least one argument")
        base = self._from_args(other)
        n = len(base._parts)
        if (self._anchor if n == 0 else self._parts[:n] != base._parts):
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._from_parts('', self._parts[n:])

    def is_relative_to(self, *other):
        """Whether the path is relative to `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """The path followed by each of `args` in turn."""
        return self._join(*args)

    def __truediv__(self, key):
        try:
            return self._join(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent (the path itself for an anchor or '.')."""
        if len(self._parts) == (1 if self._anchor else 0):
            return self
        return self._from_parts(self._anchor, self._parts[:-1])

    @property
    def parents(self):
        """The logical ancestors, nearest first."""
        return _Parents(self)

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._anchor)

    def is_reserved(self):
        """Whether the system reserves the name: never, on POSIX."""
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right (from the anchor, if the pattern has one)."""
        anchor, pattern = _parse([path_pattern])
        if not pattern:
            raise ValueError("empty pattern")
        parts = self._parts
        if anchor:
            if anchor != self._anchor or len(pattern) != len(parts):
                return False
            pattern = pattern[1:]
        elif len(pattern) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths, which this interpreter does not model."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))



def _ignored(e):
    return getattr(e, 'errno', None) in _IGNORED_ERRNOS


class Path(PurePath):
    """A path whose methods also ask the operating system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def absolute(self):
        """The path made absolute against the working directory (not
        normalised, symbolic links kept)."""
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        return self._from_args((os.path.realpath(self, strict=strict),))

    def stat(self, *, follow_symlinks=True):
        """The os.stat_result of the file."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), of a symbolic link itself."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The name of the file's owner."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the file's group."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents decoded as text."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the file's contents with `data`; the count written."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the text `data`; the count
        written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing (FileExistsError if it is not
        and exist_ok is false), else update its times."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and, with parents=True, its missing
        ancestors)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the file's permission bits."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        """Remove the file or symbolic link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the empty directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename the file to `target`; the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename the file to `target`, replacing any file there."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to `target`."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to `target`."""
        os.link(target, self)

    def _mode(self, follow_symlinks=True):
        """The file's st_mode, or None when it does not exist."""
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignored(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        """Whether the path names an existing file."""
        return self._mode() is not None

    def is_dir(self):
        """Whether the path names a directory (or a link to one)."""
        mode = self._mode()
        return mode is not None and S_ISDIR(mode)

    def is_file(self):
        """Whether the path names a regular file (or a link to one)."""
        mode = self._mode()
        return mode is not None and S_ISREG(mode)

    def is_symlink(self):
        """Whether the path names a symbolic link."""
        mode = self._mode(follow_symlinks=False)
        return mode is not None and S_ISLNK(mode)

    def is_socket(self):
        mode = self._mode()
        return mode is not None and S_ISSOCK(mode)

    def is_fifo(self):
        mode = self._mode()
        return mode is not None and S_ISFIFO(mode)

    def is_block_device(self):
        mode = self._mode()
        return mode is not None and S_ISBLK(mode)

    def is_char_device(self):
        mode = self._mode()
        return mode is not None and S_ISCHR(mode)

    def is_mount(self):
        """Whether the path is a mount point."""
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether both paths name the same file."""
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def expanduser(self):
        """The path with a leading '~' or '~user' expanded."""
        if self._parts and self._parts[0][:1] == '~':
            home = os.path.expanduser(self._parts[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((home,) + tuple(self._parts[1:]))
        return self

    def iterdir(self):
        """The paths of the directory's entries (not '.' or '..')."""
        for name in os.listdir(self):
            yield self._from_parts(self._anchor, self._parts + [name])

    def _child(self, name):
        return self._from_parts(self._anchor, self._parts + [name])

    def glob(self, pattern):
        """The existing paths below this one matching the relative
        pattern ('**' matches any number of directories)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        anchor, parts = _parse([pattern])
        if anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == '/':
            parts.append('')
        yield from _select(self, parts, set())

    def rglob(self, pattern):
        """glob() with '**/' before the pattern."""
        anchor, parts = _parse([pattern])
        if anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            parts.append('')
        yield from _select(self, ['**'] + parts, set())


def _entries(directory):
    """The (name, is_dir) of each entry of `directory`; none if it cannot
    be listed."""
    try:
        with os.scandir(directory) as it:
            out = []
            for entry in it:
                try:
                    out.append((entry.name, entry.is_dir()))
                except OSError:
                    out.append((entry.name, False))
            return out
    except (PermissionError, FileNotFoundError, NotADirectoryError):
        return []


def _walk_dirs(path):
    """`path` and every directory below it, parents before children."""
    yield path
    for name, is_dir in _entries(path):
        if is_dir:
            child = path._child(name)
            if not child.is_symlink():
                yield from _walk_dirs(child)


def _select(path, parts, seen):
    """The paths matching the pattern `parts` below the directory
    `path`, each yielded once."""
    if not parts:
        if path not in seen:
            seen.add(path)
            yield path
        return
    part, rest = parts[0], parts[1:]
    if part == '':
        if path.is_dir():
            yield from _select(path, rest, seen)
    elif part == '**':
        while rest[:1] == ['**']:
            rest = rest[1:]
        for directory in _walk_dirs(path):
            yield from _select(directory, rest, seen)
    elif part == '..':
        yield from _select(path._child('..'), rest, seen)
    elif not any(c in part for c in '*?['):
        child = path._child(part)
        if (child.is_dir() if rest else child.exists()):
            yield from _select(child, rest, seen)
    else:
        for name, is_dir in _entries(path):
            if rest and not is_dir:
                continue
            if fnmatch.fnmatchcase(name, part):
                yield from _select(path._child(name), rest, seen)


class PosixPath(Path, PurePosixPath):
    """A concrete path with POSIX rules."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths, which this interpreter does not model."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))
