"""Keyed-hashing for message authentication (HMAC, RFC 2104).

    hmac.new(key, msg, "sha256").hexdigest()
    hmac.digest(key, msg, "sha256")
    hmac.compare_digest(a, b)
"""

import hashlib as _hashlib

__all__ = ["HMAC", "new", "digest", "compare_digest"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))
digest_size = None


def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """An HMAC object: ``update`` it with the message, then ``digest``."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _digest_constructor(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed ``msg`` to the MAC."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this MAC."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the message fed so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC as a string of hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object keyed with ``key``."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of ``msg`` keyed with ``key`` using the hash ``digest``."""
    return HMAC(key, msg, digest).digest()


def _unsupported(a, b):
    return TypeError("unsupported operand types(s) or combination of "
                     "types: '%s' and '%s'" % (type(a).__name__,
                                               type(b).__name__))


def compare_digest(a, b, /):
    """``a == b`` in time that does not depend on where they differ."""
    bytes_like = (bytes, bytearray)
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode("ascii")
            b = b.encode("ascii")
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters "
                            "is not supported") from None
    elif isinstance(a, str) or isinstance(b, str):
        other = b if isinstance(a, str) else a
        if isinstance(other, bytes_like):
            raise TypeError("a bytes-like object is required, not 'str'")
        raise _unsupported(a, b)
    elif not isinstance(a, bytes_like) and not isinstance(b, bytes_like):
        raise _unsupported(a, b)
    else:
        for value in (a, b):
            if not isinstance(value, bytes_like):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(value).__name__)
    a = bytes(a)
    b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
