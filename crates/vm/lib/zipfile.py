"""Read and write ZIP archives (stored and deflated members).

An archive is a sequence of members, each a local file header followed by
its data, then a central directory listing every member again (with
where its header is), then the end-of-central-directory record. Reading
starts from that last record; writing appends members at the start of
the directory and writes the directory anew when the archive is closed.
The records and ZipInfo are in _zipfile_info.
"""

import io
import os
import shutil
import struct
import threading
import time
import zlib

from _zipfile_info import (
    BadZipFile, CENTRAL_ENTRY, CENTRAL_SIGNATURE, DATA_DESCRIPTOR_FLAG,
    DEFAULT_VERSION, END_RECORD, END_SIGNATURE, ENCRYPTED_FLAG, LOCAL_HEADER,
    LOCAL_SIGNATURE, LargeZipFile, UTF8_FLAG, ZIP64_LIMIT, ZIP_BZIP2,
    ZIP_DEFLATED, ZIP_FILECOUNT_LIMIT, ZIP_LZMA, ZIP_MAX_COMMENT, ZIP_STORED,
    ZipInfo, check_compression, compressor_names, decode_name, decode_time)

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "PyZipFile", "LargeZipFile", "Path"]

error = BadZipfile = BadZipFile


def _find_end_record(fp):
    """The fields of the end-of-central-directory record and the archive
    comment, or None when there is no such record."""
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    size = fp.tell()
    start = max(0, size - END_RECORD.size - ZIP_MAX_COMMENT)
    fp.seek(start)
    data = fp.read()
    at = data.rfind(END_SIGNATURE)
    while at >= 0:
        record = data[at:at + END_RECORD.size]
        if len(record) == END_RECORD.size:
            fields = END_RECORD.unpack(record)
            comment = data[at + END_RECORD.size:at + END_RECORD.size + fields[7]]
            if len(comment) == fields[7]:
                return fields, comment, start + at
        at = data.rfind(END_SIGNATURE, 0, at)
    return None


def is_zipfile(filename):
    """Whether the file (a path or a file object) looks like a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            return _find_end_record(filename) is not None
        with open(filename, "rb") as fp:
            return _find_end_record(fp) is not None
    except OSError:
        return False


class ZipExtFile(io.BufferedIOBase):
    """A member of an archive opened for reading."""

    def __init__(self, data, mode, zipinfo):
        self._raw = data
        self._data = io.BytesIO(data)
        self._info = zipinfo
        self._checked = False
        self.mode = mode
        self.name = zipinfo.filename

    def __repr__(self):
        result = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._info.compress_type != ZIP_STORED:
                result.append(' compress_type=%s' % compressor_names.get(
                    self._info.compress_type, self._info.compress_type))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _check_crc(self):
        if not self._checked and self._data.tell() == len(self._raw):
            self._checked = True
            if zlib.crc32(self._raw) != self._info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        data = self._data.read(n if n is not None else -1)
        self._check_crc()
        return data

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        here = self._data.tell()
        data = self._data.read(max(n, 512))
        self._data.seek(here)
        return data

    def readline(self, limit=-1):
        line = self._data.readline(limit)
        self._check_crc()
        return line

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        return self._data.seek(offset, whence)

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._data.tell()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written through ZipFile.open(name, 'w')."""

    def __init__(self, zipfile, zinfo):
        self._zipfile = zipfile
        self._zinfo = zinfo
        self._buffer = bytearray()

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        data = bytes(data)
        self._buffer += data
        return len(data)

    def close(self):
        if self.closed:
            return
        try:
            self._zipfile._add_member(self._zinfo, bytes(self._buffer))
        finally:
            self._zipfile._writing = False
            super().close()


class ZipFile:
    """ZipFile(file, mode='r', compression=ZIP_STORED, allowZip64=True,
    compresslevel=None): an archive read ('r'), written ('w', 'x') or
    appended to ('a'); `file` is a path or a file object."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for "
                             "reading files")
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._lock = threading.RLock()
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except OSError:
                if mode != 'a':
                    raise
                mode = 'w'
                self.fp = io.open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._didModify = False
        try:
            if mode == 'r':
                self._read_directory()
                self.start_dir = 0
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    # -- reading the directory -------------------------------------------

    def _read_directory(self):
        found = _find_end_record(self.fp)
        if found is None:
            raise BadZipFile("File is not a zip file")
        fields, comment, end_at = found
        size_cd, offset_cd = fields[5], fields[6]
        self._comment = comment
        concat = end_at - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        self.fp.seek(self.start_dir)
        data = self.fp.read(size_cd)
        at = 0
        while at < len(data):
            if len(data) - at < CENTRAL_ENTRY.size:
                raise BadZipFile("Truncated central directory")
            entry = CENTRAL_ENTRY.unpack(data[at:at + CENTRAL_ENTRY.size])
            if entry[0] != CENTRAL_SIGNATURE:
                raise BadZipFile("Bad magic number for central directory")
            at += CENTRAL_ENTRY.size
            name_len, extra_len, comment_len = entry[12], entry[13], entry[14]
            raw_name = data[at:at + name_len]
            at += name_len
            name = decode_name(raw_name, entry[5], self.metadata_encoding)
            info = ZipInfo(name)
            info.extra = data[at:at + extra_len]
            at += extra_len
            info.comment = data[at:at + comment_len]
            at += comment_len
            (info.create_version, info.create_system, info.extract_version,
             info.reserved, info.flag_bits, info.compress_type, dostime,
             dosdate, info.CRC, info.compress_size, info.file_size) = entry[1:12]
            info.volume, info.internal_attr, info.external_attr = entry[15:18]
            info.header_offset = entry[18] + concat
            info._raw_time = dostime
            info.date_time = decode_time(dostime, dosdate)
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    # -- reading members -------------------------------------------------

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return list(self.filelist)

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is corrupt, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    f.read()
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as f:
            return f.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object reading a member, or writing a new one (mode 'w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        return ZipExtFile(self._member_data(zinfo), mode, zinfo)

    def _member_data(self, zinfo):
        self.fp.seek(zinfo.header_offset)
        header = self.fp.read(LOCAL_HEADER.size)
        if len(header) != LOCAL_HEADER.size:
            raise BadZipFile("Truncated file header")
        fields = LOCAL_HEADER.unpack(header)
        if fields[0] != LOCAL_SIGNATURE:
            raise BadZipFile("Bad magic number for file header")
        raw_name = self.fp.read(fields[10])
        if fields[11]:
            self.fp.read(fields[11])
        header_name = decode_name(raw_name, zinfo.flag_bits, self.metadata_encoding)
        if header_name != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, raw_name))
        if zinfo.flag_bits & ENCRYPTED_FLAG:
            raise NotImplementedError("encrypted members are not supported")
        check_compression(zinfo.compress_type)
        compressed = self.fp.read(zinfo.compress_size)
        if zinfo.compress_type == ZIP_STORED:
            return compressed
        inflater = zlib.decompressobj(-15)
        return inflater.decompress(compressed) + inflater.flush()

    def extract(self, member, path=None, pwd=None):
        """Extract a member under `path` (the current directory by
        default); the path of what was created."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for info in members:
            self._extract_member(info, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in invalid)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # -- writing members -------------------------------------------------

    def _check_writable(self, name):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("%s() requires mode 'w', 'x', or 'a'" % name)
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists")

    def _open_to_write(self, zinfo):
        self._check_writable('write')
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _add_member(self, zinfo, data):
        """Write a member (header and data) where the directory starts."""
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        check_compression(zinfo.compress_type)
        zinfo.file_size = len(data)
        zinfo.CRC = zlib.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            if level is None:
                level = zlib.Z_DEFAULT_COMPRESSION
            compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
            stored = compressor.compress(data) + compressor.flush()
            zinfo.extract_version = max(zinfo.extract_version, DEFAULT_VERSION)
        else:
            stored = data
        zinfo.compress_size = len(stored)
        if (zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT) \
                and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self.fp.write(zinfo.FileHeader())
        self.fp.write(stored)
        self.start_dir = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._didModify = True

    def write(self, filename, arcname=None, compress_type=None,
              compresslevel=None):
        """Add a file (or directory) of the file system as a member."""
        self._check_writable('write')
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as f:
            data = f.read()
        self._add_member(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None,
                 compresslevel=None):
        """Add a member holding `data` (str is encoded as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith('/'):
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        self._check_writable('write')
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._add_member(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._check_writable('mkdir')
        zinfo.compress_type = ZIP_STORED
        self._add_member(zinfo, b'')

    # -- closing ---------------------------------------------------------

    def close(self):
        """Write the central directory (when changed) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_directory(self):
        self.fp.seek(self.start_dir)
        for info in self.filelist:
            self.fp.write(info.central_entry())
        end = self.fp.tell()
        count = len(self.filelist)
        if count > ZIP_FILECOUNT_LIMIT and not self._allowZip64:
            raise LargeZipFile("Files count is too large")
        record = END_RECORD.pack(END_SIGNATURE, 0, 0, count, count,
                                 end - self.start_dir, self.start_dir,
                                 len(self._comment))
        self.fp.write(record + self._comment)
        if self.mode == "a" and hasattr(self.fp, "truncate"):
            self.fp.truncate()
        self.fp.flush()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass
