"""The pickle machinery behind the ``pickle`` module: the ``Pickler`` and
``Unpickler`` classes, the one-call ``dump``/``dumps``/``load``/``loads``
functions and the exceptions, under the names CPython gives them."""

from _pickle_common import PickleError, PicklingError, UnpicklingError
from _pickle_dump import Pickler
from _pickle_load import Unpickler, _BytesInput

Pickler.__module__ = "_pickle"
Unpickler.__module__ = "_pickle"


def dump(obj, file, protocol=None, *, fix_imports=True,
         buffer_callback=None):
    """Write a pickle of ``obj`` to the binary file ``file``."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of ``obj`` as a bytes object."""
    out = _BytesSink()
    Pickler(out, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return out.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """The object a pickle read from the binary file ``file`` rebuilds."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """The object the pickle ``data`` (a bytes-like object) rebuilds."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesInput(data), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding,
                     errors=errors).load()


class _BytesSink:
    def __init__(self):
        self.data = b""

    def write(self, data):
        self.data = data
