"""Random numbers and tokens suitable for secrets (keys, passwords),
drawn from the operating system's random source.

    secrets.token_hex(16), secrets.token_urlsafe(), secrets.choice(seq),
    secrets.randbelow(n), secrets.randbits(k), secrets.compare_digest(a, b)
"""

import base64
import binascii
import os

from hmac import compare_digest
from random import SystemRandom

__all__ = ["choice", "randbelow", "randbits", "SystemRandom",
           "token_bytes", "token_hex", "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32


def randbits(k):
    """An int of ``k`` random bits."""
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    count = (k + 7) // 8
    return int.from_bytes(os.urandom(count), "big") >> (count * 8 - k)


def randbelow(exclusive_upper_bound):
    """A random int in ``range(exclusive_upper_bound)``."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    while True:
        r = randbits(k)
        if r < exclusive_upper_bound:
            return r


def choice(seq):
    """A random element of the non-empty sequence ``seq``."""
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    """``nbytes`` random bytes (32 by default)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text of ``2 * nbytes`` hex digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode("ascii")


def token_urlsafe(nbytes=None):
    """A random URL-safe base64 text of ``nbytes`` random bytes."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")
