# The parts of the `binascii` module written in Python (its exceptions),
# run in its namespace after the native conversion functions exist.


class Error(ValueError):
    """Bad data given to a decoding function."""

    __module__ = 'binascii'


class Incomplete(Exception):
    """More data is needed to finish decoding."""

    __module__ = 'binascii'
