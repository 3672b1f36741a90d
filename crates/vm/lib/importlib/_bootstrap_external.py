"""Import from files: source and code-cache paths, the cache file format,
and the loaders for source files and cache files.

pyrite's code cache is `__pycache__/NAME.pyrite-311.pyc`: a header (magic
b'PYRITE\\r\\n', format version, the source's modification time and size,
a checksum and the payload length) and the code object; `_imp` reads and
writes the image, and a reader trusts an image only when its stamp matches
(a CPython `.pyc` is never read by pyrite, nor the other way round). Cache
files are stamped by source time and size only: there is no hash-based form.
"""

import _imp
import os

from importlib.machinery import (FileLoader, SourceFileLoader, SOURCE_SUFFIXES, BYTECODE_SUFFIXES,
                                 EXTENSION_SUFFIXES)

__all__ = ['cache_from_source', 'source_from_cache', 'decode_source',
           'SourceFileLoader', 'SourcelessFileLoader', 'CACHE_MAGIC', 'PYCACHE']

# The first bytes of every cache file pyrite writes.
CACHE_MAGIC = b'PYRITE\r\n'
PYCACHE = '__pycache__'
_HEADER_LEN = 40


def _cache_tag():
    """The tag in cache file names ('pyrite-311'), which import and these
    functions share."""
    return _imp.cache_tag


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The cache file import writes for the source file `path`: the same
    folder's __pycache__/NAME.TAG.pyc (NAME.TAG.opt-N.pyc for an
    optimization level other than '')."""
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    head, tail = os.path.split(os.fspath(path))
    base, sep, rest = tail.rpartition('.')
    if not sep:
        base = tail
    tag = _cache_tag()
    name = f'{base}.{tag}'
    if optimization is not None and str(optimization) != '':
        optimization = str(optimization)
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alpha-numeric')
        name = f'{name}.opt-{optimization}'
    return os.path.join(head, PYCACHE, name + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    """The source file whose cache file is `path` (the inverse of
    cache_from_source); ValueError for a path that is not in __pycache__ or
    not named NAME.TAG[.opt-N].pyc."""
    tag = _cache_tag()
    path = os.fspath(path)
    head, cache_name = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != PYCACHE:
        raise ValueError(f'{PYCACHE} not bottom-level directory in {path!r}')
    if not cache_name.endswith(BYTECODE_SUFFIXES[0]):
        raise ValueError(f'expected a {BYTECODE_SUFFIXES[0]} file, got {cache_name!r}')
    stem = cache_name[:-len(BYTECODE_SUFFIXES[0])]
    if stem.endswith(tag) and stem[:-len(tag)].endswith('.'):
        base = stem[:-len(tag) - 1]
    else:
        base, dot, opt = stem.rpartition('.')
        if not opt.startswith('opt-') or not opt[4:]:
            raise ValueError(f'expected only 2 or 3 dots in {cache_name!r}')
        if not base.endswith('.' + tag):
            raise ValueError(f'{cache_name!r} is not a {tag} cache file name')
        base = base[:-len(tag) - 1]
    if not base:
        raise ValueError(f'{cache_name!r} names no module')
    return os.path.join(head, base + SOURCE_SUFFIXES[0])


def decode_source(source_bytes):
    """Source bytes as text: the declared encoding (UTF-8 by default) and
    universal newlines."""
    import io
    import tokenize
    readline = io.BytesIO(source_bytes).readline
    encoding, _ = tokenize.detect_encoding(readline)
    text = source_bytes.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _code_to_timestamp_pyc(code, mtime=0, source_size=0):
    """The bytes of a cache file holding `code`, for a source last modified
    at `mtime` (seconds; a fraction is dropped) with `source_size` bytes."""
    return _imp._code_to_cache(code, int(mtime), source_size)


def _unpack_stamp(data):
    mtime = int.from_bytes(data[12:20], 'little')
    size = int.from_bytes(data[20:28], 'little')
    return mtime, size


def _classify_pyc(data, name, exc_details):
    """Check a cache file's header; returns its flags (0: stamped by time
    and size). ImportError names `name` when the magic or format is not
    pyrite's, EOFError when the header is cut short."""
    if data[:len(CACHE_MAGIC)] != CACHE_MAGIC:
        message = f'bad magic number in {name!r}: {data[:len(CACHE_MAGIC)]!r}'
        raise ImportError(message, **exc_details)
    if len(data) < _HEADER_LEN:
        raise EOFError(f'reached EOF while reading cache header of {name!r}')
    return 0


def _validate_timestamp_pyc(data, source_mtime, source_size, name, exc_details):
    """ImportError naming `name` when the cache file `data` was not written
    for a source with this modification time and size."""
    mtime, size = _unpack_stamp(data)
    if mtime != int(source_mtime) or size != source_size:
        raise ImportError(f'bytecode is stale for {name!r}', **exc_details)


def _compile_bytecode(data, name=None, bytecode_path=None, source_path=None):
    """The code object in the cache file `data` (header included)."""
    mtime, size = _unpack_stamp(data)
    try:
        return _imp._code_from_cache(bytes(data), mtime, size)
    except ImportError as e:
        raise ImportError(f'Non-code object in {bytecode_path!r}',
                          name=name, path=bytecode_path) from e


def _calc_mode(path):
    """The permission bits for a cache file of the source `path`: the
    source's own, always writable by the owner."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = 0o666
    return (mode & 0o777) | 0o200


def _write_atomic(path, data, mode=0o666):
    """Write `data` to `path` through a temporary file renamed over it, so a
    reader never sees a half-written file."""
    path = os.fspath(path)
    temporary = f'{path}.{id(path)}'
    fd = os.open(temporary, os.O_EXCL | os.O_CREAT | os.O_WRONLY, mode & 0o666)
    try:
        with open(fd, 'wb') as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _path_join(*parts):
    return os.path.join(*parts)


def _path_split(path):
    return os.path.split(path)


def _path_stat(path):
    return os.stat(path)


def _path_isfile(path):
    return os.path.isfile(path)


def _path_isdir(path):
    return os.path.isdir(path or os.getcwd())


class SourcelessFileLoader(FileLoader):
    """Loads a module from a cache file with no source beside it."""

    def get_source(self, fullname=None):
        return None

    def is_package(self, fullname=None):
        return os.path.basename(self.path).partition('.')[0] == '__init__'

    def get_code(self, fullname=None):
        data = self.get_data(self.path)
        name = fullname or self.name
        exc_details = {'name': name, 'path': self.path}
        _classify_pyc(data, name, exc_details)
        return _compile_bytecode(data, name=name, bytecode_path=self.path)
