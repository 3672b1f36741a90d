"""Reading and writing gzip files (RFC 1952) over the zlib module.

A gzip member is a ten-byte header (magic 1f 8b, method 8 = deflate,
flags, mtime, extra flags, OS), optional fields the flags announce (extra
data, original file name, comment, header CRC), raw deflate data, and a
trailer of the CRC-32 and length (mod 2**32) of the uncompressed data. A
file may hold several members, and zero bytes of padding after them.

GzipFile in read mode decompresses the whole file into a buffer on its
first read; in write mode it writes the header at once and the trailer on
close.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""

    __module__ = 'gzip'


def _extra_flags(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b'', os_byte=255, xfl=None):
    flags = FNAME if fname else 0
    if xfl is None:
        xfl = _extra_flags(compresslevel)
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags,
                         int(mtime) & 0xffffffff, xfl, os_byte)
    if fname:
        header += fname + b'\x00'
    return header


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _read_header(fp):
    """Skip a member's header; its mtime, or None at the end of input."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flags, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        length, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, length)
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            while True:
                byte = fp.read(1)
                if not byte or byte == b'\x00':
                    break
    if flags & FHCRC:
        _read_exact(fp, 2)
    return mtime


def _members(data):
    """The uncompressed bytes of every member of a gzip stream, and the
    mtime of the last."""
    pieces = []
    mtime = None
    while True:
        fp = io.BytesIO(data)
        member_mtime = _read_header(fp)
        if member_mtime is None:
            return b"".join(pieces), mtime
        mtime = member_mtime
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        piece = inflater.decompress(data[fp.tell():])
        if not inflater.eof or len(inflater.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", inflater.unused_data[:8])
        if crc != zlib.crc32(piece):
            raise BadGzipFile("CRC check failed")
        if length != (len(piece) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        pieces.append(piece)
        data = inflater.unused_data[8:].lstrip(b"\x00")


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip member holding `data`."""
    if mtime is None:
        mtime = time.time()
    data = bytes(data)
    if mtime == 0:
        # CPython lets zlib write this header: it names Unix (3) as the
        # system and sets the extra flags by zlib's own rule.
        xfl = 2 if compresslevel == 9 else (4 if 0 <= compresslevel < 2 else 0)
        header = _header(compresslevel, 0, os_byte=3, xfl=xfl)
    else:
        header = _header(compresslevel, mtime)
    return (header
            + zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
            + struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff))


def decompress(data):
    """The uncompressed bytes of every member of `data`."""
    return _members(bytes(data))[0]


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """A GzipFile (binary modes) or a text wrapper around one."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing the gzip format."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = None
            self._mtime = None
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if not 1 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError("Invalid compression level")
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._compressor = zlib.compressobj(
                compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._offset = 0
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def mtime(self):
        """The modification time of the last member read."""
        self._load()
        return self._mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode('latin-1')
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(compresslevel, mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_mode(self, wanted):
        if self.mode != wanted:
            import errno
            operation = "read" if wanted == READ else "write"
            where = "write" if wanted == READ else "read"
            raise OSError(errno.EBADF, "%s() on %s-only GzipFile object"
                          % (operation, where))

    def _load(self):
        """Decompress the whole file into the read buffer, once."""
        if self.mode == READ and self._buffer is None:
            data, mtime = _members(self.fileobj.read())
            self._buffer = io.BytesIO(data)
            self._mtime = mtime

    def write(self, data):
        self._check_not_closed()
        self._check_mode(WRITE)
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def read(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ)
        self._load()
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_not_closed()
        self._check_mode(READ)
        self._load()
        here = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(here)
        return data

    def readline(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ)
        self._load()
        return self._buffer.readline(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
                fileobj.write(struct.pack("<LL", self._crc,
                                          self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._load()
        self._buffer.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._offset))
            return self._offset
        self._check_not_closed()
        self._load()
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self._offset
        self._load()
        return self._buffer.tell()

    def __iter__(self):
        self._check_not_closed()
        self._check_mode(READ)
        self._load()
        return iter(self._buffer)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
