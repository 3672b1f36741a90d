"""JSON (RFC 8259) encoding and decoding: dumps/dump turn Python values
into JSON text, loads/load turn JSON text into Python values.

    >>> dumps({"a": [1, 2.5, None]})
    '{"a": [1, 2.5, null]}'
    >>> loads('[true, "x"]')
    [True, 'x']
"""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder',
           'JSONDecodeError', 'JSONEncoder']

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text for `obj` (a str)."""
    if (cls is None and not skipkeys and ensure_ascii and check_circular
            and allow_nan and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write the JSON text for `obj` to the file-like `fp`."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def _text_of(s):
    """The document as str: bytes are decoded from the UTF encoding their
    first bytes show."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using '
                                  'utf-8-sig)', s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    return bytes(s).decode(_detect_encoding(s), 'surrogatepass')


def _detect_encoding(b):
    """The UTF encoding of a JSON document, from its BOM or from where its
    first characters (which are ASCII) have zero bytes."""
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-32' if b.startswith((b'\xff\xfe\x00\x00',
                                         b'\x00\x00\xfe\xff')) else 'utf-16'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value the JSON document `s` (str, bytes or bytearray)
    stands for."""
    s = _text_of(s)
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float,
               parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from `fp`."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
