"""The JSON encoder: Python values to JSON text, as chunks of str."""

import re

__all__ = ['JSONEncoder']

# Characters a JSON string must escape (and, for ASCII-only output, every
# character outside printable ASCII).
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\\"]')
_NEEDS_ESCAPE_ASCII = re.compile(r'[^\ -~]|[\\"]')
_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
                  '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape(match):
    c = match.group(0)
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    code = ord(c)
    if code < 0x10000:
        return f'\\u{code:04x}'
    code -= 0x10000
    return f'\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}'


def _quote(s, ensure_ascii):
    pattern = _NEEDS_ESCAPE_ASCII if ensure_ascii else _NEEDS_ESCAPE
    return '"' + pattern.sub(_escape, s) + '"'


class JSONEncoder:
    """Encodes Python values as JSON: dict (str, int, float, bool or None
    keys), list and tuple, str, int, float, True, False, None; other
    values go through default(), which raises TypeError unless a subclass
    or the `default` argument handles them."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """The JSON-encodable stand-in for `o` (here: none, TypeError)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        'is not JSON serializable')

    def encode(self, o):
        """The JSON text for `o`."""
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for `o`, as an iterable of chunks."""
        out = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._indent_unit = indent
        self._markers = {} if self.check_circular else None
        self._encode(o, out, 0)
        return out

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == float('-inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant')
        return text

    def _encode(self, o, out, level):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, level, self._list_items)
        elif isinstance(o, dict):
            self._container(o, out, level, self._dict_items)
        else:
            self._container(o, out, level, self._default_value)

    def _container(self, o, out, level, write):
        markers = self._markers
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o
        write(o, out, level)
        if markers is not None:
            del markers[marker]

    def _default_value(self, o, out, level):
        self._encode(self.default(o), out, level)

    def _newline(self, level):
        return '\n' + self._indent_unit * level

    def _list_items(self, o, out, level):
        if not o:
            out.append('[]')
            return
        indent = self._indent_unit
        if indent is None:
            out.append('[')
            separator = self.item_separator
        else:
            level += 1
            out.append('[' + self._newline(level))
            separator = self.item_separator + self._newline(level)
        first = True
        for value in o:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, level)
        if indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append(']')

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _dict_items(self, o, out, level):
        if not o:
            out.append('{}')
            return
        indent = self._indent_unit
        if indent is None:
            out.append('{')
            separator = self.item_separator
        else:
            level += 1
            out.append('{' + self._newline(level))
            separator = self.item_separator + self._newline(level)
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(_quote(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level)
        if indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append('}')
