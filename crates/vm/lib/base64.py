"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 encodings of
binary data.

    base64.b64encode(b"data") -> b"ZGF0YQ=="
    base64.b64decode("ZGF0YQ==") -> b"data"

Decoders take bytes-like objects or ASCII-only str; encoders take
bytes-like objects. Bad input raises ``binascii.Error`` (a ValueError).
"""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters") from None
    if isinstance(s, bytes_types):
        return bytes(s)
    tobytes = getattr(s, "tobytes", None)
    if tobytes is None:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__)
    return tobytes()


def _bytes_arg(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    tobytes = getattr(s, "tobytes", None)
    if tobytes is None:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    return tobytes()


def _translate(data, source, target):
    table = {source[i]: target[i] for i in range(len(source))}
    return bytes(table.get(b, b) for b in data)


# Base64.

def b64encode(s, altchars=None):
    """``s`` in base64; ``altchars`` (2 bytes) replaces ``+`` and ``/``."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        altchars = _bytes_arg(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes the base64 text ``s`` encodes. With ``validate``, any
    character outside the alphabet is an error; otherwise such characters
    are skipped."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """``s`` in the URL- and filename-safe base64 alphabet (``-_``)."""
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b"-_", b"+/"))


# Base32.

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = _bytes_arg(s)
    out = bytearray()
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        n = int.from_bytes(chunk.ljust(5, b"\0"), "big")
        digits = [alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = (len(chunk) * 8 + 4) // 5
        out.extend(digits[:used])
        out.extend(b"=" * (8 - used))
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    padding = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(body), 8):
        group = body[start:start + 8]
        n = 0
        for c in group:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            n = n << 5 | v
        n <<= 5 * (8 - len(group))
        out.extend(n.to_bytes(5, "big"))
    if padding:
        kept = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padding)
        if kept is None:
            raise binascii.Error("Incorrect padding")
        return bytes(out[:len(out) - 5 + kept])
    return bytes(out)


def b32encode(s):
    """``s`` in base32."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes the base32 text ``s`` encodes."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """``s`` in base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# Base16.

def b16encode(s):
    """``s`` as uppercase hex digits."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes the uppercase hex digits ``s`` spell."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# Ascii85 and Base85.

_A85_START = b"<~"
_A85_END = b"~>"


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _bytes_arg(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    out = bytearray()
    for start in range(0, len(b), 4):
        word = int.from_bytes(b[start:start + 4], "big")
        if foldnuls and word == 0:
            out.extend(b"z")
            continue
        if foldspaces and word == 0x20202020:
            out.extend(b"y")
            continue
        digits = []
        for _ in range(5):
            word, r = divmod(word, 85)
            digits.append(chars[r])
        out.extend(reversed(digits))
    if padding and not pad:
        if out[-1:] == b"z":
            out[-1:] = chars[0:1] * 5
        return bytes(out[:len(out) - padding])
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """``b`` in Ascii85 (``z`` for four zero bytes)."""
    chars = bytes(range(33, 118))
    result = _85encode(b, chars, pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol]
                 for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """The bytes the Ascii85 text ``b`` encodes."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError("Ascii85 encoded byte sequences must end "
                             "with {!r}".format(_A85_END))
        if b.startswith(_A85_START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for x in b + b"u" * 4:
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                word = 0
                for c in group:
                    word = word * 85 + (c - 33)
                if word > 0xffffffff:
                    raise ValueError("Ascii85 overflow")
                out.extend(word.to_bytes(4, "big"))
                group = []
        elif x == 122:
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out.extend(b"\0\0\0\0")
        elif foldspaces and x == 121:
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out.extend(b"    ")
        elif x in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % x)
    padding = 4 - len(group)
    if padding:
        return bytes(out[:len(out) - padding])
    return bytes(out)


_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    """``b`` in base85 (the alphabet of git's binary diffs)."""
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    """The bytes the base85 text ``b`` encodes."""
    b = _bytes_from_decode_data(b)
    values = {c: i for i, c in enumerate(_B85_ALPHABET)}
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for i, c in enumerate(b[start:start + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError("bad base85 character at position %d"
                                 % (start + i))
            word = word * 85 + v
        if word > 0xffffffff:
            raise ValueError("base85 overflow in hunk starting at byte %d"
                             % start)
        out.extend(word.to_bytes(4, "big"))
    if padding:
        return bytes(out[:len(out) - padding])
    return bytes(out)


# Line-wrapped base64 (MIME).

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """``s`` in base64 in lines of at most 76 characters, each ending with
    a newline."""
    s = _bytes_arg(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """The bytes the (line-wrapped) base64 text ``s`` encodes."""
    return binascii.a2b_base64(_bytes_arg(s))


def encode(input, output):
    """Read the binary file ``input`` and write its base64 to ``output``."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Read base64 lines from ``input`` and write the bytes to ``output``."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
