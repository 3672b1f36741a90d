"""Secure hashes and message digests.

    hashlib.sha256(b"data").hexdigest()
    h = hashlib.new("md5"); h.update(b"a"); h.update(b"b"); h.digest()

Constructors: md5, sha1, sha224, sha256, sha384, sha512, sha3_224,
sha3_256, sha3_384, sha3_512, shake_128, shake_256, blake2b, blake2s, and
``new(name)``. Each hash object has ``update``, ``digest``,
``hexdigest``, ``copy``, ``name``, ``digest_size`` and ``block_size``.

A hash object keeps the bytes fed to it; ``digest()`` runs the native
algorithm (``_hashlib.digest``) over them.
"""

import _hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
           "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384",
           "sha3_512", "shake_128", "shake_256", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac",
           "file_digest")

# name -> (digest_size, block_size); a digest size of 0 means the caller
# chooses the length (SHAKE).
_SIZES = {
    "md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64),
    "sha256": (32, 64), "sha384": (48, 128), "sha512": (64, 128),
    "sha512_224": (28, 128), "sha512_256": (32, 128),
    "sha3_224": (28, 144), "sha3_256": (32, 136), "sha3_384": (48, 104),
    "sha3_512": (64, 72), "shake_128": (0, 168), "shake_256": (0, 136),
    "blake2b": (64, 128), "blake2s": (32, 64),
}

algorithms_guaranteed = frozenset(
    ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224",
     "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
     "blake2b", "blake2s"))
algorithms_available = frozenset(_SIZES)


def _buffer(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    tobytes = getattr(data, "tobytes", None)
    if tobytes is None:
        raise TypeError("object supporting the buffer API required")
    return tobytes()


class HASH:
    """A hash object: feed it bytes with ``update``, read the digest of
    everything fed so far with ``digest``/``hexdigest``."""

    __module__ = "_hashlib"
    __slots__ = ("_name", "_data")

    def __init__(self, name, data=b""):
        self._name = name
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data, /):
        """Feed ``data`` (bytes-like) to the hash."""
        self._data.extend(_buffer(data))

    def digest(self):
        """The digest of the data fed so far, as bytes."""
        return _hashlib.digest(self._name, bytes(self._data))

    def hexdigest(self):
        """The digest as a string of hex digits."""
        return self.digest().hex()

    def copy(self):
        """An independent hash object in the same state."""
        other = object.__new__(type(self))
        other._name = self._name
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return "<%s %s object @ %#x>" % (self._name, type(self).__qualname__,
                                        id(self))


class HASHXOF(HASH):
    """A hash object of variable digest length (SHAKE): ``digest(n)``."""

    __slots__ = ()

    def digest(self, length):
        return _hashlib.digest(self._name, bytes(self._data), length)

    def hexdigest(self, length):
        return self.digest(length).hex()


def _blake2_class(name, max_digest):
    class Blake2(HASH):
        __slots__ = ("_size",)

        def __init__(self, data=b"", /, *, digest_size=max_digest, key=b"",
                     salt=b"", person=b"", fanout=1, depth=1, leaf_size=0,
                     node_offset=0, node_depth=0, inner_size=0,
                     last_node=False, usedforsecurity=True):
            if not 1 <= digest_size <= max_digest:
                raise ValueError("digest_size must be between 1 and %d bytes"
                                 % max_digest)
            if key or salt or person:
                raise ValueError("%s keys, salts and personalization are "
                                 "not supported" % name)
            self._size = digest_size
            HASH.__init__(self, name, data)

        @property
        def digest_size(self):
            return self._size

        def digest(self):
            return _hashlib.digest(self._name, bytes(self._data), self._size)

        def copy(self):
            other = HASH.copy(self)
            other._size = self._size
            return other

        def __repr__(self):
            return "<_blake2.%s object at %#x>" % (name, id(self))

    Blake2.__name__ = Blake2.__qualname__ = name
    Blake2.__module__ = "_blake2"
    return Blake2


blake2b = _blake2_class("blake2b", 64)
blake2s = _blake2_class("blake2s", 32)


def _constructor(name):
    kind = HASHXOF if _SIZES[name][0] == 0 else HASH

    def construct(string=b"", *, usedforsecurity=True):
        return kind(name, string)
    construct.__name__ = construct.__qualname__ = "openssl_" + name
    construct.__module__ = "_hashlib"
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")


def new(name, data=b"", **kwargs):
    """A new hash object for the algorithm ``name``."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s"
                        % type(name).__name__)
    key = name.lower().replace("-", "_")
    if key == "blake2b":
        return blake2b(data, **kwargs)
    if key == "blake2s":
        return blake2s(data, **kwargs)
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    kwargs.pop("usedforsecurity", None)
    kind = HASHXOF if _SIZES[key][0] == 0 else HASH
    return kind(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PKCS #5 v2 password-based key derivation with HMAC over
    ``hash_name``."""
    import hmac
    password = bytes(_buffer(password))
    salt = bytes(_buffer(salt))
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    prf = hmac.new(password, None, hash_name)
    if dklen is None:
        dklen = prf.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    blocks = []
    length = 0
    index = 1
    while length < dklen:
        mac = prf.copy()
        mac.update(salt + index.to_bytes(4, "big"))
        u = mac.digest()
        result = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            mac = prf.copy()
            mac.update(u)
            u = mac.digest()
            result ^= int.from_bytes(u, "big")
        block = result.to_bytes(len(u), "big")
        blocks.append(block)
        length += len(block)
        index += 1
    return b"".join(blocks)[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object ``digest`` (a name or constructor) fed the whole
    binary file ``fileobj``."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
