# The parts of the `struct` module written in Python (`error`, `Struct`,
# `iter_unpack`), run in its namespace after the native functions
# `calcsize`, `pack`, `pack_into`, `unpack` and `unpack_from` exist.

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    """A format string or value that struct cannot handle."""

    __module__ = 'struct'


def iter_unpack(format, buffer):
    """An iterator over the records of `format` that fill `buffer`."""
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple '
                    f'of {size} bytes')
    return (unpack_from(format, buffer, offset)
            for offset in range(0, len(buffer), size))


class Struct:
    """A compiled format: pack, unpack, and its size."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes '
                            f'object, not {type(format).__name__}')
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return f'Struct({self.format!r})'


Struct.__module__ = '_struct'
