"""The JSON encoder: Python values to JSON text, through the native
encoder `_json.encode`."""

import _json

__all__ = ['JSONEncoder']


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
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for `o`, as an iterable of chunks."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return [_json.encode(o, self.skipkeys, self.ensure_ascii,
                             self.check_circular, self.allow_nan,
                             self.sort_keys, indent, self.item_separator,
                             self.key_separator, self.default)]
