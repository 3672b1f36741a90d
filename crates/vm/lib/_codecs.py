"""The codec registry behind ``codecs``: search functions that map an
encoding name to a ``CodecInfo``, the built-in text codecs, and the error
handler registry.

The UTF-8, ASCII and Latin-1 codecs are those ``str.encode`` and
``bytes.decode`` use; UTF-16 and UTF-32 are written here over them.
"""

_search_functions = []
_cache = {}
_error_handlers = {}


def register(search_function):
    """Add a search function: it maps a normalized encoding name to a
    ``CodecInfo`` or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def lookup(encoding):
    """The ``CodecInfo`` for ``encoding``; LookupError if none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    for search in _search_functions:
        found = search(key)
        if found is not None:
            if not isinstance(found, tuple) or len(found) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = found
            return found
    raise LookupError("unknown encoding: %s" % encoding)


def _call_codec(kind, obj, encoding, errors):
    codec = lookup(encoding)
    func = codec[0] if kind == "encoding" else codec[1]
    try:
        result = func(obj, errors)
    except TypeError as exc:
        raise TypeError("%s with '%s' codec failed (TypeError: %s)"
                        % (kind, encoding, exc)) from None
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)"
                        if kind == "encoding" else
                        "decoder must return a tuple (object, integer)")
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    """``obj`` encoded with the codec registered for ``encoding``."""
    return _call_codec("encoding", obj, encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    """``obj`` decoded with the codec registered for ``encoding``."""
    return _call_codec("decoding", obj, encoding, errors)


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


for _name in ("strict", "ignore", "replace", "backslashreplace",
              "xmlcharrefreplace", "namereplace", "surrogateescape",
              "surrogatepass"):
    _error_handlers[_name] = strict_errors
del _name


def _need(kind, value, name):
    if kind is str:
        if not isinstance(value, str):
            raise TypeError("%s() argument 1 must be str, not %s"
                            % (name, type(value).__name__))
        return value
    if isinstance(value, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(value)


def _text_codec(python_name):
    def encoder(text, errors=None):
        text = _need(str, text, python_name.replace("-", "_") + "_encode")
        return text.encode(python_name, errors or "strict"), len(text)

    def decoder(data, errors=None, final=False):
        data = _need(bytes, data, python_name)
        return data.decode(python_name, errors or "strict"), len(data)
    return encoder, decoder


utf_8_encode, utf_8_decode = _text_codec("utf-8")
ascii_encode, ascii_decode = _text_codec("ascii")
latin_1_encode, latin_1_decode = _text_codec("latin-1")
utf_8_encode.__name__ = "utf_8_encode"
utf_8_decode.__name__ = "utf_8_decode"
ascii_encode.__name__ = "ascii_encode"
ascii_decode.__name__ = "ascii_decode"
latin_1_encode.__name__ = "latin_1_encode"
latin_1_decode.__name__ = "latin_1_decode"
raw_unicode_escape_encode, raw_unicode_escape_decode = _text_codec("raw-unicode-escape")
raw_unicode_escape_encode.__name__ = "raw_unicode_escape_encode"
raw_unicode_escape_decode.__name__ = "raw_unicode_escape_decode"


def _wide_encode(text, width, byteorder, errors, name):
    text = _need(str, text, name)
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if width == 2 and code > 0xffff:
            code -= 0x10000
            out.extend((0xd800 + (code >> 10)).to_bytes(2, byteorder))
            out.extend((0xdc00 + (code & 0x3ff)).to_bytes(2, byteorder))
        else:
            out.extend(code.to_bytes(width, byteorder))
    return bytes(out), len(text)


def _wide_decode(data, width, byteorder, errors, codec_name):
    data = _need(bytes, data, codec_name)
    chars = []
    i = 0
    n = len(data) - len(data) % width
    while i < n:
        code = int.from_bytes(data[i:i + width], byteorder)
        start = i
        i += width
        if width == 2 and 0xd800 <= code <= 0xdbff and i + 2 <= n:
            low = int.from_bytes(data[i:i + 2], byteorder)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                i += 2
        if (0xd800 <= code <= 0xdfff) or code > 0x10ffff:
            reason = ("illegal encoding" if width == 2
                      else "code point not in range(0x110000)")
            if width == 2 and code <= 0xdbff and i + 2 > n:
                reason = "unexpected end of data"
                i = len(data)
            if errors == "ignore":
                continue
            if errors == "replace":
                chars.append("\ufffd")
                continue
            raise UnicodeDecodeError(codec_name, data, start, i, reason)
        chars.append(chr(code))
    if n != len(data):
        if errors == "ignore":
            pass
        elif errors == "replace":
            chars.append("\ufffd")
        else:
            raise UnicodeDecodeError(codec_name, data, n, len(data),
                                     "truncated data")
    return "".join(chars), len(data)


def _wide_codec(width, byteorder):
    bits = width * 8
    suffix = {"little": "_le", "big": "_be", None: ""}[byteorder]
    name = "utf_%d%s" % (bits, suffix)
    codec_name = "utf-%d%s" % (bits, suffix.replace("_", "-"))

    def encoder(text, errors=None):
        if byteorder is None:
            body, n = _wide_encode(text, width, "little", errors,
                                   name + "_encode")
            bom = b"\xff\xfe" if width == 2 else b"\xff\xfe\x00\x00"
            return bom + body, n
        return _wide_encode(text, width, byteorder, errors, name + "_encode")

    def decoder(data, errors=None, final=False):
        order = byteorder
        if order is None:
            data = bytes(data)
            if width == 2 and data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                order = "little" if data[:2] == b"\xff\xfe" else "big"
                text, _ = _wide_decode(data[2:], width, order, errors,
                                       codec_name)
                return text, len(data)
            if width == 4 and data[:4] in (b"\xff\xfe\x00\x00",
                                           b"\x00\x00\xfe\xff"):
                order = "little" if data[:1] == b"\xff" else "big"
                text, _ = _wide_decode(data[4:], width, order, errors,
                                       codec_name)
                return text, len(data)
            order = "little"
        return _wide_decode(data, width, order, errors, codec_name)
    encoder.__name__ = name + "_encode"
    decoder.__name__ = name + "_decode"
    return encoder, decoder


utf_16_encode, utf_16_decode = _wide_codec(2, None)
utf_16_le_encode, utf_16_le_decode = _wide_codec(2, "little")
utf_16_be_encode, utf_16_be_decode = _wide_codec(2, "big")
utf_32_encode, utf_32_decode = _wide_codec(4, None)
utf_32_le_encode, utf_32_le_decode = _wide_codec(4, "little")
utf_32_be_encode, utf_32_be_decode = _wide_codec(4, "big")
