"""Mock objects for tests: Mock and MagicMock record how they are called
and create child mocks for attributes; patch, patch.object and
patch.dict replace attributes or dict items for the duration of a test.

A mock's calls are recorded as `call` objects: `call_args` (the last
call), `call_args_list` (calls of this mock) and `mock_calls` (calls of
this mock, its children and their return values, named by the path from
this mock, e.g. `call.method(1)`). Each mock gets a class of its own, so
that magic methods configured on one MagicMock do not affect others.
"""

import builtins
import sys

from .util import safe_repr

__all__ = ("Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "patch",
           "sentinel", "DEFAULT", "ANY", "call", "PropertyMock", "seal", "AsyncMock",
           "mock_open")

__unittest = True


class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel(object):
    """Unique named objects: sentinel.NAME is always the same object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _ANY(object):
    """Compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend("%s=%r" % (key, value) for key, value in kwargs.items())
    return "%s(%s)" % (name, ", ".join(parts))


class _Call(tuple):
    """A recorded or expected call: (name, args, kwargs). `call(...)`
    makes one; `call.name(...)` one for a named child."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        _len = len(value)
        if _len == 3:
            name, args, kwargs = value
        elif _len == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif _len == 1:
            (value,) = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return "", args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, "_mock_parent", None) and getattr(other, "_mock_parent", None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ""
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            (value,) = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name, other_args, other_kwargs = value, (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name and self_name != other_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = "%s.%s" % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__ and not attr.startswith("__"):
            raise AttributeError(attr)
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = "call"
        elif not name.startswith("()"):
            name = "call.%s" % name
        else:
            name = "call%s" % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        len_self = len(self)
        if len_value > len_self:
            return False
        for i in range(0, len_self - len_value + 1):
            sub_list = self[i:i + len_value]
            if sub_list == value:
                return True
        return False

    def __repr__(self):
        import pprint

        return pprint.pformat(list(self))


_ASSERT_TYPOS = ("assert", "assret", "asert", "aseert", "assrt")

from ._mock_core import (  # noqa: E402
    NonCallableMock, Mock, NonCallableMagicMock, MagicMock, PropertyMock, seal,
    AsyncMock, AsyncMockMixin,
)
from ._mock_patch import patch  # noqa: E402


_FILE_METHODS = [
    "buffer", "close", "closed", "detach", "encoding", "errors", "fileno", "flush",
    "isatty", "line_buffering", "mode", "name", "newlines", "read", "read1", "readable",
    "readinto", "readinto1", "readline", "readlines", "reconfigure", "seek", "seekable",
    "tell", "truncate", "writable", "write", "write_through", "writelines", "getbuffer",
    "getvalue",
]


def _to_stream(read_data):
    import io

    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=""):
    """A MagicMock standing for the builtin open(): the handle it returns
    reads `read_data` through read, readline, readlines and iteration."""
    state = [_to_stream(read_data), None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if mock is None:
        mock = MagicMock(name="open")
    handle = MagicMock(spec=_FILE_METHODS)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
