"""Serialize Python objects to bytes and back (the pickle protocol).

    dumps(obj, protocol=None) -> bytes
    loads(data) -> object
    dump(obj, file) / load(file): the same through a binary file
    Pickler(file, protocol) / Unpickler(file): the classes behind them,
        to subclass (persistent_id, persistent_load, find_class,
        reducer_override, dispatch_table)

Protocols 0 to 5 are written and read (HIGHEST_PROTOCOL is 5,
DEFAULT_PROTOCOL 4), byte for byte as CPython writes them. Loading a
pickle can run any callable it names: never load untrusted data.
"""

from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from _pickle_common import *
from _pickle_common import (PickleError, PicklingError, UnpicklingError,
                            HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, whichmodule,
                            encode_long, decode_long, OPCODE_NAMES)
from _pickle import Pickler, Unpickler, dump, dumps, load, loads

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]
__all__.extend(OPCODE_NAMES)
del OPCODE_NAMES

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0",
                      "5.0"]

_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
