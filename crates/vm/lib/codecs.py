"""Codec registry and base classes: ``encode``/``decode`` by encoding
name, ``lookup`` giving a ``CodecInfo``, ``register`` for new codecs, the
byte order marks (``BOM_*``).

The codecs found by name: utf-8, utf-8-sig, ascii, latin-1 (iso8859-1),
utf-16 and utf-32 (with and without byte order), and the bytes-to-bytes
codecs hex and base64 and the text codec rot-13.
"""

import sys
import _codecs
from _codecs import (register, unregister, lookup, encode, decode,
                     register_error, lookup_error, strict_errors)

__all__ = ["register", "lookup", "encode", "decode", "getencoder",
           "getdecoder", "register_error", "lookup_error", "CodecInfo",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE",
           "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "strict_errors"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions: ``(encode, decode, streamreader,
    streamwriter)`` as a tuple, with these and the incremental classes as
    attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader,
                                   streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def iterencode(iterator, encoding, errors="strict"):
    for text in iterator:
        output = encode(text, encoding, errors)
        if output:
            yield output


def iterdecode(iterator, encoding, errors="strict"):
    for data in iterator:
        output = decode(data, encoding, errors)
        if output:
            yield output


def _utf_8_sig_encode(text, errors="strict"):
    data, n = _codecs.utf_8_encode(text, errors)
    return BOM_UTF8 + data, n


def _utf_8_sig_decode(data, errors="strict"):
    data = bytes(data)
    prefix = 3 if data[:3] == BOM_UTF8 else 0
    text, _ = _codecs.utf_8_decode(data[prefix:], errors)
    return text, len(data)


def _hex_encode(data, errors="strict"):
    import binascii
    return binascii.b2a_hex(data), len(data)


def _hex_decode(data, errors="strict"):
    import binascii
    return binascii.a2b_hex(data), len(data)


def _base64_encode(data, errors="strict"):
    import binascii
    return binascii.b2a_base64(data), len(data)


def _base64_decode(data, errors="strict"):
    import binascii
    return binascii.a2b_base64(data), len(data)


def _rot13(text, errors="strict"):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            ch = chr((ord(ch) - 97 + 13) % 26 + 97)
        elif "A" <= ch <= "Z":
            ch = chr((ord(ch) - 65 + 13) % 26 + 65)
        out.append(ch)
    return "".join(out), len(text)


def _codec(name, encoder, decoder, text=True):
    return CodecInfo(encoder, decoder, name=name, _is_text_encoding=text)


_CODECS = {
    "utf_8": lambda: _codec("utf-8", _codecs.utf_8_encode,
                            _codecs.utf_8_decode),
    "utf_8_sig": lambda: _codec("utf-8-sig", _utf_8_sig_encode,
                                _utf_8_sig_decode),
    "ascii": lambda: _codec("ascii", _codecs.ascii_encode,
                            _codecs.ascii_decode),
    "latin_1": lambda: _codec("iso8859-1", _codecs.latin_1_encode,
                              _codecs.latin_1_decode),
    "raw_unicode_escape": lambda: _codec("raw-unicode-escape",
                                         _codecs.raw_unicode_escape_encode,
                                         _codecs.raw_unicode_escape_decode),
    "utf_16": lambda: _codec("utf-16", _codecs.utf_16_encode,
                             _codecs.utf_16_decode),
    "utf_16_le": lambda: _codec("utf-16-le", _codecs.utf_16_le_encode,
                                _codecs.utf_16_le_decode),
    "utf_16_be": lambda: _codec("utf-16-be", _codecs.utf_16_be_encode,
                                _codecs.utf_16_be_decode),
    "utf_32": lambda: _codec("utf-32", _codecs.utf_32_encode,
                             _codecs.utf_32_decode),
    "utf_32_le": lambda: _codec("utf-32-le", _codecs.utf_32_le_encode,
                                _codecs.utf_32_le_decode),
    "utf_32_be": lambda: _codec("utf-32-be", _codecs.utf_32_be_encode,
                                _codecs.utf_32_be_decode),
    "hex_codec": lambda: _codec("hex", _hex_encode, _hex_decode, False),
    "base64_codec": lambda: _codec("base64", _base64_encode,
                                   _base64_decode, False),
    "rot_13": lambda: _codec("rot-13", _rot13, _rot13, False),
}

_ALIASES = {
    "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "cp65001": "utf_8",
    "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8",
    "us_ascii": "ascii", "646": "ascii", "ansi_x3.4_1968": "ascii",
    "latin1": "latin_1", "latin": "latin_1", "l1": "latin_1",
    "iso8859_1": "latin_1", "iso_8859_1": "latin_1", "8859": "latin_1",
    "cp819": "latin_1", "iso8859": "latin_1",
    "u16": "utf_16", "utf16": "utf_16", "utf_16le": "utf_16_le",
    "utf_16be": "utf_16_be", "u32": "utf_32", "utf32": "utf_32",
    "utf_32le": "utf_32_le", "utf_32be": "utf_32_be",
    "hex": "hex_codec", "base64": "base64_codec", "base_64": "base64_codec",
    "rot13": "rot_13",
}


def _search(name):
    name = name.replace("-", "_")
    name = _ALIASES.get(name, name)
    make = _CODECS.get(name)
    return make() if make is not None else None


register(_search)
