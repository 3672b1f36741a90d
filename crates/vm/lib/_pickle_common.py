"""What the pickler and the unpickler share: the exceptions, the opcode
bytes of the pickle virtual machine, the Python 2 name mapping used by
protocols 0-2, and the lookup of a global by its dotted name.

Opcode names and values are those of CPython's pickle format; a pickle is
a program for a small stack machine that the unpickler runs.
"""

import sys as _sys


class PickleError(Exception):
    """The base class of the pickle exceptions."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """A pickle could not be loaded (bad data, or a security violation)."""


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"


HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

# Protocol 0 and 1 opcodes.
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"

# Protocol 2.
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"

# Protocol 3.
BINBYTES = b"B"
SHORT_BINBYTES = b"C"

# Protocol 4.
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"

# Protocol 5.
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

OPCODE_NAMES = [name for name, value in list(globals().items())
                if name.isupper() and isinstance(value, bytes)
                and name not in ("TRUE", "FALSE")]


# Python 3 names written under their Python 2 spelling by protocols < 3
# when fix_imports is true, and read back under the Python 3 spelling.
REVERSE_IMPORT_MAPPING = {
    "builtins": "__builtin__",
    "copyreg": "copy_reg",
    "queue": "Queue",
    "socketserver": "SocketServer",
    "configparser": "ConfigParser",
    "reprlib": "repr",
    "_markupbase": "markupbase",
    "_thread": "thread",
    "subprocess": "commands",
    "collections.abc": "_abcoll",
    "_functools": "functools",
    "_pickle": "pickle",
}

REVERSE_NAME_MAPPING = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("_functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
}

# Python 2 kept its exceptions in a module of their own; the OSError
# family was one class there.
_PY2_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException "
    "BufferError BytesWarning DeprecationWarning EOFError EnvironmentError "
    "Exception FloatingPointError FutureWarning GeneratorExit IOError "
    "ImportError ImportWarning IndentationError IndexError KeyError "
    "KeyboardInterrupt LookupError MemoryError NameError "
    "NotImplementedError OSError OverflowError PendingDeprecationWarning "
    "ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError "
    "SyntaxWarning SystemError SystemExit TabError TypeError "
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError "
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning "
    "ZeroDivisionError").split()
_PY3_OSERRORS = (
    "BrokenPipeError ChildProcessError ConnectionAbortedError "
    "ConnectionError ConnectionRefusedError ConnectionResetError "
    "FileExistsError FileNotFoundError InterruptedError IsADirectoryError "
    "NotADirectoryError PermissionError ProcessLookupError "
    "TimeoutError").split()
for _name in _PY2_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", _name)

IMPORT_MAPPING = {py2: py3 for py3, py2 in REVERSE_IMPORT_MAPPING.items()
                  if py3 not in ("_functools", "_pickle")}
IMPORT_MAPPING.update({"exceptions": "builtins", "cPickle": "pickle",
                       "_abcoll": "collections.abc"})
NAME_MAPPING = {py2: py3 for py3, py2 in REVERSE_NAME_MAPPING.items()}
NAME_MAPPING[("__builtin__", "reduce")] = ("functools", "reduce")

for _name in _PY3_OSERRORS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")
REVERSE_NAME_MAPPING[("builtins", "ModuleNotFoundError")] = (
    "exceptions", "ImportError")
del _name, _cls


def getattribute(obj, name):
    """``obj.<name>`` for a dotted ``name``, with the object that held
    the last part. A ``<locals>`` part cannot be reached."""
    parent = None
    for part in name.split("."):
        if part == "<locals>":
            raise AttributeError(
                f"Can't get local attribute {name!r} on {obj!r}")
        try:
            parent = obj
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError(
                f"Can't get attribute {name!r} on {obj!r}") from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module ``obj`` (called ``name`` there) is in."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in _sys.modules.copy().items():
        if (module_name == "__main__" or module_name == "__mp_main__"
                or module is None):
            continue
        try:
            if getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def encode_long(x):
    """The little-endian two's complement bytes of ``x`` LONG1 and LONG4
    carry: as few as hold it with its sign (none for zero)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder="little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    """The int that ``encode_long`` wrote as ``data``."""
    return int.from_bytes(data, byteorder="little", signed=True)


def raw_unicode_escape(text):
    """``text`` as protocol 0's UNICODE opcode writes it: latin-1 bytes,
    other characters as ``\\uXXXX``/``\\UXXXXXXXX``, and the characters
    that would break the line-based format escaped too."""
    for ch in ("\\", "\0", "\n", "\r", "\x1a"):
        if ch in text:
            text = text.replace(ch, "\\u%04x" % ord(ch))
    return text.encode("latin-1", "backslashreplace")


def raw_unicode_unescape(data):
    """The text of a UNICODE opcode's argument."""
    out = []
    i = 0
    n = len(data)
    backslashes = 0
    while i < n:
        byte = data[i]
        # A \u after an odd run of backslashes is text, not an escape.
        if (byte == 0x5c and backslashes % 2 == 0 and i + 1 < n
                and data[i + 1] in b"uU"):
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            try:
                if len(digits) != width:
                    raise ValueError
                out.append(chr(int(digits.decode("ascii"), 16)))
            except ValueError:
                raise UnicodeDecodeError(
                    "rawunicodeescape", bytes(data), i, i + 2 + len(digits),
                    "truncated \\uXXXX escape" if width == 4
                    else "truncated \\UXXXXXXXX escape") from None
            i += 2 + width
            backslashes = 0
        else:
            out.append(chr(byte))
            i += 1
            backslashes = backslashes + 1 if byte == 0x5c else 0
    return "".join(out)


_SIMPLE_ESCAPES = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92,
                   ord("'"): 39, ord('"'): 34, ord("a"): 7, ord("b"): 8,
                   ord("f"): 12, ord("v"): 11, ord("\n"): None}


def escape_decode(data):
    """The bytes of a Python 2 string literal's body (the STRING
    opcode's argument without its quotes)."""
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        byte = data[i]
        i += 1
        if byte != 0x5c:
            out.append(byte)
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        code = data[i]
        i += 1
        if code in _SIMPLE_ESCAPES:
            value = _SIMPLE_ESCAPES[code]
            if value is not None:
                out.append(value)
        elif code == ord("x"):
            digits = data[i:i + 2]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits.decode("ascii"), 16))
            except ValueError:
                raise ValueError(
                    "invalid \\x escape at position %d" % (i - 2)) from None
            i += 2
        elif 0x30 <= code <= 0x37:
            value = code - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        else:
            out.append(0x5c)
            out.append(code)
    return bytes(out)
