"""The JSON decoder: a recursive-descent reader over the document's
characters, reporting errors as JSONDecodeError with the position (and
line and column) where the document went wrong."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = (('NaN', float('nan')), ('Infinity', float('inf')),
              ('-Infinity', float('-inf')))


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: `msg`, the document `doc`,
    the index `pos` where the problem is, and its `lineno` and `colno`
    (both counted from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _Missing(Exception):
    """No value starts at `pos` (turned into "Expecting value")."""

    def __init__(self, pos):
        self.pos = pos


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
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or dict(_CONSTANTS).__getitem__
        self.strict = strict
        self.memo = {}

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
        try:
            return self._value(s, idx)
        except _Missing as missing:
            raise JSONDecodeError('Expecting value', s, missing.pos) from None
        finally:
            self.memo.clear()

    def _value(self, s, i):
        if i >= len(s):
            raise _Missing(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c in _DIGITS or c == '-':
            number = self._number(s, i)
            if number is not None:
                return number
        for name, _ in _CONSTANTS:
            if c == name[0] and s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        raise _Missing(i)

    def _number(self, s, i):
        """(number, end) for a number at `i`, or None if none is there."""
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
        if i >= n or s[i] not in _DIGITS:
            return None
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        integer_end = i
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
        if i == integer_end:
            return self.parse_int(s[start:i]), i
        return self.parse_float(s[start:i]), i

    def _string(self, s, i):
        """(str, end) for a string whose opening quote is at i - 1."""
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            quote = s.find('"', i)
            if quote < 0:
                raise JSONDecodeError('Unterminated string starting at', s,
                                      begin)
            backslash = s.find('\\', i, quote)
            stop = quote if backslash < 0 else backslash
            piece = s[i:stop]
            if self.strict:
                for k, ch in enumerate(piece):
                    if ch < ' ':
                        raise JSONDecodeError('Invalid control character at',
                                              s, i + k)
            chunks.append(piece)
            if backslash < 0:
                return ''.join(chunks), quote + 1
            i = backslash + 1
            if i >= n:
                raise JSONDecodeError('Unterminated string starting at', s,
                                      begin)
            esc = s[i]
            if esc != 'u':
                if esc not in _ESCAPES:
                    raise JSONDecodeError('Invalid \\escape', s, backslash)
                chunks.append(_ESCAPES[esc])
                i += 1
                continue
            code = self._hex4(s, i + 1, backslash)
            i += 5
            if 0xD800 <= code <= 0xDBFF and s.startswith('\\u', i):
                low = self._hex4(s, i + 2, i)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
            chunks.append(chr(code))

    def _hex4(self, s, i, backslash):
        digits = s[i:i + 4]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF'
                                    for c in digits):
            return int(digits, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', s, backslash + 1)

    def _object(self, s, i):
        """(object, end) for an object whose '{' is at i - 1."""
        pairs = []
        i = _skip(s, i)
        if s[i:i + 1] == '}':
            return self._finish_object(pairs), i + 1
        memo = self.memo
        while True:
            if s[i:i + 1] != '"':
                raise JSONDecodeError('Expecting property name enclosed in '
                                      'double quotes', s, i)
            key, i = self._string(s, i + 1)
            key = memo.setdefault(key, key)
            i = _skip(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except _Missing as missing:
                raise JSONDecodeError('Expecting value', s,
                                      missing.pos) from None
            pairs.append((key, value))
            i = _skip(s, i)
            c = s[i:i + 1]
            if c == '}':
                return self._finish_object(pairs), i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        """(list, end) for an array whose '[' is at i - 1."""
        values = []
        i = _skip(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = _skip(s, i)
            c = s[i:i + 1]
            if c == ']':
                return values, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)
