# The in-memory streams of the `_io` module (`StringIO`, `BytesIO`) and
# the base classes they share, run in the module's namespace the first
# time `io` is imported. `UnsupportedOperation` is already defined there.
#
# A StringIO keeps its text as one str plus the pieces written at its end
# since (`_tail`), joined when something needs the whole text, so a run of
# writes costs in proportion to what is written; a BytesIO keeps its
# bytes the same way. The two share that bookkeeping through the
# `_memory_*` functions below, each holding the contents in `_data`.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream given `encoding` uses: `encoding`
    itself, or "locale" when it is None."""
    return "locale" if encoding is None else encoding


# The native file classes each Python base class counts as its own
# (filled in below), so that `isinstance(open(p), io.TextIOBase)` holds
# although the file classes are made in Rust with `object` as base.
_native_members = {}


class _IOMeta(type):

    def __instancecheck__(cls, obj):
        return type.__instancecheck__(cls, obj) or any(
            type.__instancecheck__(native, obj)
            for native in _native_members.get(cls, ()))

    def __subclasscheck__(cls, sub):
        return type.__subclasscheck__(cls, sub) or any(
            type.__subclasscheck__(native, sub)
            for native in _native_members.get(cls, ()))


class _IOBase(metaclass=_IOMeta):
    """The base of the stream classes: closing, context management and
    iteration over lines."""

    __module__ = '_io'
    _closed_message = 'I/O operation on closed file'

    def _check_open(self):
        if self._is_closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._is_closed

    _is_closed = False

    def close(self):
        self._is_closed = True

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        if self._is_closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size_argument(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class _TextIOBase(_IOBase):
    """The base of text streams."""

    __module__ = '_io'
    encoding = None
    errors = None

    def detach(self):
        raise UnsupportedOperation('detach')


class _BufferedIOBase(_IOBase):
    """The base of binary streams."""

    __module__ = '_io'

    def detach(self):
        raise UnsupportedOperation('detach')


class _RawIOBase(_IOBase):
    """The base of unbuffered binary streams."""

    __module__ = '_io'


_native_members[_TextIOBase] = (TextIOWrapper,)
_native_members[_BufferedIOBase] = (BufferedReader, BufferedWriter, BufferedRandom)
_native_members[_RawIOBase] = (FileIO,)
_native_members[_IOBase] = (TextIOWrapper, BufferedReader, BufferedWriter,
                            BufferedRandom, FileIO)

IOBase = _IOBase
TextIOBase = _TextIOBase
BufferedIOBase = _BufferedIOBase
RawIOBase = _RawIOBase


def _size_argument(size):
    """A read size: an int, or None meaning -1 (everything)."""
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    if hasattr(type(size), '__index__'):
        return size.__index__()
    raise TypeError('argument should be integer or None, not '
                    f"'{type(size).__name__}'")


def _position_argument(pos):
    if isinstance(pos, int):
        return pos
    if hasattr(type(pos), '__index__'):
        return pos.__index__()
    raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted "
                    'as an integer')


def _memory_value(self):
    """The whole contents, joining the pieces written at the end."""
    if self._tail:
        self._data = self._data + self._data[:0].join(self._tail)
        self._tail = []
    return self._data


def _memory_store(self, piece, filler):
    """Put `piece` at the position, padding a gap past the end with
    `filler`, and move the position past it."""
    pos = self._pos
    n = len(piece)
    if pos == self._length:
        self._tail.append(piece)
        self._length += n
    else:
        value = self._value()
        if pos > self._length:
            value = value + filler * (pos - self._length)
        value = value[:pos] + piece + value[pos + n:]
        self._data = value
        self._length = len(value)
    self._pos = pos + n


def _memory_read(self, size=-1):
    self._check_open()
    size = _size_argument(size)
    value = self._value()
    start = min(self._pos, self._length)
    end = self._length if size < 0 else min(start + size, self._length)
    self._pos = max(self._pos, end)
    return value[start:end]


def _memory_tell(self):
    self._check_open()
    return self._pos


def _memory_truncate(self, size, negative):
    """Cut the contents to `size` (by default the position) and return
    it; `negative` begins the error for a negative size."""
    self._check_open()
    size = self._pos if size is None else _position_argument(size)
    if size < 0:
        raise ValueError(f'{negative} {size}')
    if size < self._length:
        self._data = self._value()[:size]
        self._length = size
    return size


_NEWLINES = (None, '', '\n', '\r', '\r\n')


class StringIO(_TextIOBase):
    """A text stream kept in memory."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not '
                            f'{type(newline).__name__}')
        if newline not in _NEWLINES:
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        self._newline = newline
        self._seen = set()
        self._data = ''
        self._tail = []
        self._length = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    _value = _memory_value

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def newlines(self):
        self._check_open()
        kinds = [k for k in ('\r', '\n', '\r\n') if k in self._seen]
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    def _note_endings(self, s):
        """Record the kinds of line ending in `s` (for `newlines`)."""
        if '\r\n' in s:
            self._seen.add('\r\n')
        rest = s.replace('\r\n', '')
        if '\r' in rest:
            self._seen.add('\r')
        if '\n' in rest:
            self._seen.add('\n')

    def _translate(self, s):
        newline = self._newline
        if newline == '':
            self._note_endings(s)
            return s
        if newline is None:
            self._note_endings(s)
            if '\r' in s:
                return s.replace('\r\n', '\n').replace('\r', '\n')
            return s
        if newline in ('\r', '\r\n') and '\n' in s:
            return s.replace('\n', newline)
        return s

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got "
                            f"'{type(s).__name__}'")
        written = len(s)
        s = self._translate(s)
        if not s:
            return written
        _memory_store(self, s, '\0')
        return written

    def getvalue(self):
        self._check_open()
        return self._value()

    read = _memory_read

    def _line_end(self, value, start):
        """Where the line beginning at `start` ends (after its ending)."""
        newline = self._newline
        if newline == '':
            i = start
            n = self._length
            while i < n:
                c = value[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and value[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        mark = '\n' if newline is None else newline
        i = value.find(mark, start)
        return self._length if i < 0 else i + len(mark)

    def readline(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        value = self._value()
        start = min(self._pos, self._length)
        end = self._line_end(value, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    tell = _memory_tell

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _position_argument(pos)
        whence = _position_argument(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif pos != 0:
            # CPython says "cur-relative" for either whence.
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            self._pos = self._length
        return self._pos

    def truncate(self, pos=None):
        return _memory_truncate(self, pos, 'Negative size value')

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


def _bytes_like(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, bytearray):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not "
                    f"'{type(b).__name__}'")


_EXPORTED = 'Existing exports of data: object cannot be re-sized'


class BytesIO(_BufferedIOBase):
    """A binary stream kept in memory.

    getbuffer() moves the contents into a bytearray and returns a view of
    it; while any such view is alive the contents live only there and every
    operation that could resize them raises BufferError. Once the views
    are released the bytearray's contents become the bytes again."""

    __module__ = '_io'
    _closed_message = 'I/O operation on closed file.'
    _buffer = None
    _views = ()

    def __init__(self, initial_bytes=None):
        self._data = b''
        self._tail = []
        self._length = 0
        self._pos = 0
        if initial_bytes is not None:
            self._data = _bytes_like(initial_bytes)
            self._length = len(self._data)

    def _exported(self):
        """Whether a view from getbuffer() is still alive (neither freed
        nor released); when none is, the contents are taken back from the
        bytearray."""
        if self._buffer is None:
            return False
        alive = []
        for ref in self._views:
            view = ref()
            if view is None:
                continue
            try:
                view.nbytes
            except ValueError:
                continue
            alive.append(ref)
        self._views = alive
        if alive:
            return True
        self._data = bytes(self._buffer)
        self._length = len(self._data)
        self._buffer = None
        return False

    def _check_resizable(self):
        if self._exported():
            raise BufferError(_EXPORTED)

    def _value(self):
        if self._exported():
            return bytes(self._buffer)
        return _memory_value(self)

    def getvalue(self):
        self._check_open()
        return self._value()

    def getbuffer(self):
        self._check_open()
        from weakref import ref
        if self._buffer is None:
            self._buffer = bytearray(self._value())
            self._views = []
        view = memoryview(self._buffer)
        self._views.append(ref(view))
        return view

    def close(self):
        self._check_resizable()
        self._is_closed = True

    def write(self, b):
        self._check_open()
        self._check_resizable()
        data = _bytes_like(b)
        if data:
            _memory_store(self, data, b'\0')
        return len(data)

    read = _memory_read

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        value = self._value()
        start = min(self._pos, self._length)
        end = self._length
        window = 128
        # Look for the end of the line in growing windows, so a line costs
        # in proportion to its length.
        at = start
        while at < self._length:
            i = value[at:at + window].find(b'\n')
            if i >= 0:
                end = at + i + 1
                break
            at += window
            window *= 2
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    tell = _memory_tell

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _position_argument(pos)
        whence = _position_argument(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._length + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        self._check_resizable()
        return _memory_truncate(self, size, 'negative size value')

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'
