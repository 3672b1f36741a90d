# `io.TextIOWrapper` over any binary stream (a BytesIO, a file opened
# 'rb', an object with read/write): run in the `_io` module's namespace
# after the in-memory streams, the first time `io` is imported.
#
# `TextIOWrapper` becomes a subclass of the native file class that adds
# only a constructor: from then on `open()` makes its text files as
# instances of it (so `type(open(p)) is io.TextIOWrapper`), while
# `TextIOWrapper(buffer, ...)` makes a `_BufferTextIOWrapper`, a
# subclass whose methods, written here, work on the buffer.
#
# Reading keeps `_raw` (bytes read from the buffer, not decoded yet) and
# `_chars` (decoded text not handed out yet, newlines untranslated), so
# the stream's position is always
#   buffer.tell() - len(_raw) - len(_chars encoded).
# A write or a seek first moves the buffer back to that position and
# empties both.

_FileTextIOWrapper = TextIOWrapper
_CHUNK = 8192


class TextIOWrapper(_FileTextIOWrapper):
    """A text stream: a text file open() made, or a wrapper decoding and
    encoding a binary stream."""

    __module__ = '_io'

    def __new__(cls, *args, **kwargs):
        if not args and 'buffer' not in kwargs:
            raise TypeError("TextIOWrapper() missing required argument 'buffer' (pos 1)")
        if cls is TextIOWrapper:
            cls = _BufferTextIOWrapper
        self = object.__new__(cls)
        self._setup(*args, **kwargs)
        return self

    def __init__(self, *args, **kwargs):
        # The work is done by __new__: the object it returns is of a
        # subclass, whose own __init__ would not be the one called.
        pass


def _check_text_arg(value, name):
    if value is not None and not isinstance(value, str):
        raise TypeError("TextIOWrapper() argument '%s' must be str or None, not %s"
                        % (name, type(value).__name__))


class _BufferTextIOWrapper(TextIOWrapper):
    """A text stream over a binary stream: decodes what it reads,
    encodes what it writes, and translates newlines."""

    __module__ = '_io'

    def _setup(self, buffer, encoding=None, errors=None, newline=None,
               line_buffering=False, write_through=False):
        _check_text_arg(encoding, 'encoding')
        _check_text_arg(errors, 'errors')
        _check_text_arg(newline, 'newline')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        'x'.encode(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._raw = b''
        self._chars = ''
        self._seen = set()
        self._detached = False

    # -- attributes ------------------------------------------------------

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        """The kinds of line ending read so far (None, one, or a tuple)."""
        if self._newline not in (None, '') or not self._seen:
            return None
        kinds = tuple(k for k in ('\r', '\n', '\r\n') if k in self._seen)
        return kinds[0] if len(kinds) == 1 else kinds

    def __repr__(self):
        shown = "<_io.TextIOWrapper"
        try:
            shown += " name=%r" % (self.name,)
        except AttributeError:
            pass
        try:
            shown += " mode=%r" % (self.mode,)
        except AttributeError:
            pass
        return shown + " encoding=%r>" % (self._encoding,)

    def _check_attached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return self.buffer.isatty()

    def fileno(self):
        return self.buffer.fileno()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if self._detached or self.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        """The buffer, which this stream stops using."""
        self._check_attached()
        self.flush()
        buffer = self._buffer
        self._detached = True
        return buffer

    # -- reading ---------------------------------------------------------

    def _fill(self):
        """Decode another chunk into _chars; False at the end of input."""
        chunk = self.buffer.read(_CHUNK)
        if chunk is None:
            chunk = b''
        if not isinstance(chunk, (bytes, bytearray)):
            raise TypeError("underlying read() should have returned a bytes-like "
                            "object, not '%s'" % type(chunk).__name__)
        data = self._raw + bytes(chunk)
        at_end = not chunk
        try:
            text = data.decode(self._encoding, self._errors)
            self._raw = b''
        except UnicodeDecodeError:
            if at_end:
                raise
            # A character cut in two by the chunk: keep its first bytes
            # for the next chunk (a bad byte earlier raises at once).
            for cut in (1, 2, 3):
                try:
                    text = data[:-cut].decode(self._encoding, self._errors)
                except UnicodeDecodeError:
                    continue
                self._raw = data[-cut:]
                break
            else:
                raise
        self._chars += text
        return not at_end

    def _take(self, n):
        """Hand out the first `n` untranslated characters, translated."""
        piece, self._chars = self._chars[:n], self._chars[n:]
        return self._translate(piece)

    def _translate(self, piece):
        if self._newline is None or self._newline == '':
            pairs = piece.count('\r\n')
            if pairs:
                self._seen.add('\r\n')
            if piece.count('\r') > pairs:
                self._seen.add('\r')
            if piece.count('\n') > pairs:
                self._seen.add('\n')
        if self._newline is None:
            return piece.replace('\r\n', '\n').replace('\r', '\n')
        return piece

    def read(self, size=-1):
        """Up to `size` characters (all the rest if negative)."""
        self._check_open()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        if not self.readable():
            raise UnsupportedOperation("not readable")
        if size < 0:
            while self._fill():
                pass
            return self._take(len(self._chars))
        while len(self._chars) <= size and self._fill():
            pass
        n = size
        # Never split a '\r\n' that universal newlines turns into one.
        if self._newline is None and n and self._chars[n - 1:n + 1] == '\r\n':
            n += 1
        return self._take(n)

    def _line_end(self):
        """Where the first line of _chars ends (exclusive), or None."""
        chars = self._chars
        if self._newline in ('\n', '\r', '\r\n'):
            i = chars.find(self._newline)
            return None if i < 0 else i + len(self._newline)
        n = chars.find('\n')
        r = chars.find('\r')
        if r >= 0 and (n < 0 or r < n):
            if r + 1 == len(chars):
                return None
            return r + 2 if chars[r + 1] == '\n' else r + 1
        return None if n < 0 else n + 1

    def readline(self, size=-1):
        """The next line, with its ending."""
        self._check_open()
        if size is None:
            size = -1
        while True:
            end = self._line_end()
            if end is not None or not self._fill():
                break
        if end is None:
            end = len(self._chars)
        if 0 <= size < end:
            end = size
        return self._take(end)

    def readlines(self, hint=None):
        """The remaining lines (stopping once `hint` characters are
        read, if given)."""
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        """Write each of `lines`."""
        for line in lines:
            self.write(line)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        pass

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check_open()
        return self

    # -- writing and positions -------------------------------------------

    def _rewind(self):
        """Move the buffer back to the logical position, dropping what
        was read ahead."""
        if self._raw or self._chars:
            position = self.tell()
            self._raw = b''
            self._chars = ''
            self.buffer.seek(position)

    def write(self, s):
        """Write the text `s`; its length."""
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.writable():
            raise UnsupportedOperation("not writable")
        length = len(s)
        if self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        self._rewind()
        self.buffer.write(s.encode(self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return length

    def tell(self):
        """The position, as a number seek() accepts."""
        self._check_open()
        position = self.buffer.tell()
        return position - len(self._raw) - len(self._chars.encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        """Move to `cookie` (from tell()), or to the start or the end."""
        self._check_open()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._raw = b''
            self._chars = ''
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self._raw = b''
        self._chars = ''
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        """Cut the stream at `pos` (the position if None)."""
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rewind()
        return self.buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Change the encoding, errors, newline or buffering settings."""
        if encoding is not None:
            self._encoding = 'UTF-8' if encoding == 'locale' else encoding
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
