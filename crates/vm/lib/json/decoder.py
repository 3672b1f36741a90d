"""The JSON decoder over the native scanner `_json.scan_once`, which
reads a value and reports a malformed document by message and position;
here those become JSONDecodeError with the line and column."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: `msg`, the document `doc`,
    the index `pos` where the problem is, and its `lineno` and `colno`
    (both counted from 1)."""

    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        lineno = before.count('\n') + 1
        colno = pos - before.rfind('\n')
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class JSONDecoder:
    """Decodes JSON documents. The hooks: object_hook(dict) or
    object_pairs_hook(list of pairs) build objects, parse_float and
    parse_int numbers (from their text), parse_constant NaN/Infinity;
    strict=False allows control characters inside strings."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict

    def decode(self, s):
        """The value of the whole document `s`; only whitespace may
        follow it."""
        value, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        """(value, index after it) for the value starting at `idx`."""
        parse_float = self.parse_float
        if parse_float is float:
            parse_float = None
        parse_int = self.parse_int
        if parse_int is int:
            parse_int = None
        ok, value, end = _json.scan_once(
            s, idx, self.strict, self.object_hook, self.object_pairs_hook,
            parse_float, parse_int, self.parse_constant)
        if not ok:
            raise JSONDecodeError(value, s, end) from None
        return value, end
