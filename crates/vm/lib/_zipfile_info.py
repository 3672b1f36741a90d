"""zipfile's archive members and record layouts.

A ZipInfo describes one member: its name, timestamp, compression, sizes,
CRC-32 and attributes. The records of the format are packed and unpacked
here: the local file header before each member's data, the central
directory entry describing it again, and the end-of-central-directory
record that locates the directory.
"""

import os
import stat
import struct
import time

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
MAX_EXTRACT_VERSION = 63
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

UTF8_FLAG = 0x800
DATA_DESCRIPTOR_FLAG = 0x08
ENCRYPTED_FLAG = 0x01

LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
LOCAL_SIGNATURE = b"PK\003\004"
CENTRAL_ENTRY = struct.Struct("<4s4B4HL2L5H2L")
CENTRAL_SIGNATURE = b"PK\001\002"
END_RECORD = struct.Struct("<4s4H2LH")
END_SIGNATURE = b"PK\005\006"

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate',
    9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse',
    19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}


class BadZipFile(Exception):
    __module__ = 'zipfile'


class LargeZipFile(Exception):
    """Raised when writing a file would need ZIP64 extensions that are
    not enabled."""

    __module__ = 'zipfile'


def check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError("Compression requires the (missing) %s module"
                           % ('bz2' if compression == ZIP_BZIP2 else 'lzma'))
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """Information about one member of a ZIP archive."""

    __module__ = 'zipfile'

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved',
                 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size',
                 '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(
                self.compress_type, self.compress_type))
        high = self.external_attr >> 16
        low = self.external_attr & 0xFFFF
        if high:
            parts.append(' filemode=%r' % stat.filemode(high))
        if low:
            parts.append(' external_attr=%#x' % low)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if (not isdir or self.compress_size) and \
                (self.compress_type != ZIP_STORED
                 or self.file_size != self.compress_size):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def is_dir(self):
        """Whether this member is a directory (its name ends with '/')."""
        return self.filename.endswith('/')

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file of the file system, named `arcname`."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | UTF8_FLAG

    def _dos_time(self):
        year, month, day, hour, minute, second = self.date_time[:6]
        dosdate = (year - 1980) << 9 | month << 5 | day
        dostime = hour << 11 | minute << 5 | (second // 2)
        return dostime, dosdate

    def FileHeader(self, zip64=None):
        """The local file header that precedes the member's data."""
        dostime, dosdate = self._dos_time()
        name, flags = self._encoded_name()
        header = LOCAL_HEADER.pack(
            LOCAL_SIGNATURE, self.extract_version, self.reserved, flags,
            self.compress_type, dostime, dosdate, self.CRC,
            self.compress_size, self.file_size, len(name), len(self.extra))
        return header + name + self.extra

    def central_entry(self):
        """The central directory entry describing the member."""
        dostime, dosdate = self._dos_time()
        name, flags = self._encoded_name()
        entry = CENTRAL_ENTRY.pack(
            CENTRAL_SIGNATURE, self.create_version, self.create_system,
            self.extract_version, self.reserved, flags, self.compress_type,
            dostime, dosdate, self.CRC, self.compress_size, self.file_size,
            len(name), len(self.extra), len(self.comment), 0,
            self.internal_attr, self.external_attr, self.header_offset)
        return entry + name + self.extra + self.comment


# The upper half of code page 437, which names without the UTF-8 flag use.
_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅ'
    'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ'
    'áíóúñÑªº¿⌐¬½¼¡«»'
    '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐'
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧'
    '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀'
    'αßΓπΣσµτΦΘΩδ∞φε∩'
    '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def decode_name(raw, flags, encoding=None):
    """A member's name from the bytes of a header."""
    if flags & UTF8_FLAG:
        return raw.decode('utf-8')
    if encoding:
        return raw.decode(encoding)
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def decode_time(dostime, dosdate):
    return ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
            dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
