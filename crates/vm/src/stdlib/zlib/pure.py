# The parts of the `zlib` module written in Python (its constants, the
# one-call functions, and the streaming Compress/Decompress objects), run
# in its namespace after the native `_deflate`, `_inflate`, `adler32`
# and `crc32` exist.
#
# A Compress object keeps the data it is given and deflates it when
# flushed with Z_FINISH; a Decompress object keeps its input and inflates
# it again as more arrives, handing out only the output not given yet.

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    """A failure to compress or decompress."""

    __module__ = 'zlib'


def _check_level(level):
    if not -1 <= level <= 9:
        raise error("Bad compression level")


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """``data`` compressed (a zlib stream; raw deflate for negative
    ``wbits``, gzip for ``wbits`` 16+)."""
    _check_level(level)
    return _deflate(data, level, wbits)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The data the compressed stream ``data`` holds."""
    out, consumed, eof = _inflate(data, wbits)
    if not eof:
        raise error("Error -5 while decompressing data: incomplete or "
                    "truncated stream")
    return out


class Compress:
    """Compresses data given in pieces; ``flush()`` ends the stream."""

    __module__ = 'zlib'

    def __init__(self, level, wbits):
        self._level = level
        self._wbits = wbits
        self._pending = bytearray()
        self._finished = False

    def compress(self, data, /):
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent "
                        "stream state")
        self._pending.extend(data)
        return b""

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b""
        if mode != Z_FINISH:
            return b""
        if self._finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        self._finished = True
        return _deflate(bytes(self._pending), self._level, self._wbits)

    def copy(self):
        other = Compress(self._level, self._wbits)
        other._pending = bytearray(self._pending)
        other._finished = self._finished
        return other


class Decompress:
    """Decompresses a stream given in pieces."""

    __module__ = 'zlib'

    def __init__(self, wbits):
        self._wbits = wbits
        self._input = bytearray()
        self._given = 0
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False

    def decompress(self, data, /, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += bytes(data)
            return b""
        self._input.extend(data)
        out, consumed, eof = _inflate(bytes(self._input), self._wbits)
        fresh = out[self._given:]
        if max_length and len(fresh) > max_length:
            fresh = fresh[:max_length]
        self._given += len(fresh)
        if eof and self._given == len(out):
            self.eof = True
            self.unused_data = bytes(self._input[consumed:])
        return fresh

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        out, consumed, eof = _inflate(bytes(self._input), self._wbits)
        fresh = out[self._given:]
        self._given = len(out)
        if eof:
            self.eof = True
            self.unused_data = bytes(self._input[consumed:])
        return fresh

    def copy(self):
        other = Decompress(self._wbits)
        other._input = bytearray(self._input)
        other._given = self._given
        other.unused_data = self.unused_data
        other.eof = self.eof
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED,
                wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A Compress object."""
    _check_level(level)
    if method != DEFLATED or not (9 <= abs(wbits) <= 15 or 25 <= wbits <= 31):
        raise ValueError("Invalid initialization option")
    if zdict is not None:
        raise error("zdict is not supported")
    return Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """A Decompress object."""
    if zdict:
        raise error("zdict is not supported")
    return Decompress(wbits)
