# The Python half of the `re` module: the flag type, `re.error`, the
# Pattern and Match classes and the module-level functions. Parsing and
# matching are native (the functions whose names start with `_` come from
# crates/vm/src/stdlib/re and the pyrite-sre crate); this file gives them
# CPython's interface.


# RegexFlag lives in a namespace of its own: its methods' globals do not
# hold the flag constants, so no reference cycle runs through an int
# subclass instance (which the cycle collector does not traverse).
_FLAG_SOURCE = """
class RegexFlag(int):
    '''The type of re.IGNORECASE and the other flags.'''

    __module__ = 're'

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for flag_value, name in _FLAG_NAMES:
            if value & flag_value:
                names.append('re.' + name)
                value &= ~flag_value
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)
"""

_FLAG_NAMES = (
    (1, 'TEMPLATE'),
    (2, 'IGNORECASE'),
    (4, 'LOCALE'),
    (8, 'MULTILINE'),
    (16, 'DOTALL'),
    (32, 'UNICODE'),
    (64, 'VERBOSE'),
    (128, 'DEBUG'),
    (256, 'ASCII'),
)

_flag_namespace = {'_FLAG_NAMES': _FLAG_NAMES}
exec(_FLAG_SOURCE, _flag_namespace)
RegexFlag = _flag_namespace['RegexFlag']
del _flag_namespace

NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            text = pattern if isinstance(pattern, str) else str(pattern, 'latin1')
            before = text[:pos]
            self.lineno = before.count('\n') + 1
            self.colno = pos - before.rfind('\n')
            if '\n' in text:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _raise_error(found, pattern):
    kind, msg, pos = found
    if kind == 'error':
        raise error(msg, pattern, pos)
    if kind == 'IndexError':
        raise IndexError(msg)
    if kind == 'OverflowError':
        raise OverflowError(msg)
    if kind == 'RecursionError':
        raise RecursionError(msg)
    raise ValueError(msg)


def _bounds(string, pos, endpos):
    length = len(string)
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    __module__ = 're'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        flags = int(self.flags)
        if isinstance(self.pattern, str):
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def match(self, string, pos=0, endpos=2147483647):
        return _search(self, string, pos, endpos, 0, Match)

    def fullmatch(self, string, pos=0, endpos=2147483647):
        return _search(self, string, pos, endpos, 1, Match)

    def search(self, string, pos=0, endpos=2147483647):
        return _search(self, string, pos, endpos, 2, Match)

    def findall(self, string, pos=0, endpos=2147483647):
        return _findall(self, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=2147483647):
        return iter(_finditer(self, string, pos, endpos, Match))

    def split(self, string, maxsplit=0):
        return _split(self, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        is_callable = callable(repl)
        if not is_callable:
            found = _check_template(self, repl)
            if found is not None:
                _raise_error(found, repl)
        return _sub(self, repl, is_callable, string, count, Match)


Pattern.__qualname__ = 'Pattern'


def _new_pattern(pattern, flags):
    found = _compile(pattern, flags)
    if found[0] != 'ok':
        _raise_error(found, pattern)
    compiled = object.__new__(Pattern)
    compiled.pattern = pattern
    compiled.flags = found[1]
    compiled.groups = found[2]
    compiled.groupindex = found[3]
    return compiled


class Match:
    """The result of a successful match."""

    __module__ = 're'

    def __init__(self, *args):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, (str, bytes)):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        elif isinstance(group, int):
            index = int(group)
            if 0 <= index < len(self.regs):
                return index
        raise IndexError('no such group')

    def _get(self, index, default=None):
        start, end = self.regs[index]
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self.regs)))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        found = _check_template(self.re, template)
        if found is not None:
            _raise_error(found, template)
        return _expand(self.re, template, self.string, self.regs)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (self.regs[0], repr(self.group())[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__qualname__ = 'Match'

__version__ = '2.2.1'

_MAXCACHE = 512
_cache = {}
# An end position past any text.
_END = 2147483647


def _compile_cached(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError('first argument must be string or compiled pattern') from None
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    compiled = _new_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def _get(pattern, flags):
    try:
        compiled = _cache.get((type(pattern), pattern, flags))
    except TypeError:
        compiled = None
    if compiled is None:
        compiled = _compile_cached(pattern, flags)
    return compiled


# The functions below look the cache up themselves rather than through
# _get: a call fewer on the way to the native matcher.

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile_cached(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    try:
        compiled = _cache.get((type(pattern), pattern, flags))
    except TypeError:
        compiled = None
    if compiled is None:
        compiled = _compile_cached(pattern, flags)
    return _search(compiled, string, 0, _END, 0, Match)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    try:
        compiled = _cache.get((type(pattern), pattern, flags))
    except TypeError:
        compiled = None
    if compiled is None:
        compiled = _compile_cached(pattern, flags)
    return _search(compiled, string, 0, _END, 1, Match)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    try:
        compiled = _cache.get((type(pattern), pattern, flags))
    except TypeError:
        compiled = None
    if compiled is None:
        compiled = _compile_cached(pattern, flags)
    return _search(compiled, string, 0, _END, 2, Match)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string obtained by replacing the leftmost matches."
    return _get(pattern, flags)._subx(repl, string, count)[0]


def subn(pattern, repl, string, count=0, flags=0):
    "Return a 2-tuple containing (new_string, number)."
    return _get(pattern, flags)._subx(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern."
    return _split(_get(pattern, flags), string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    try:
        compiled = _cache.get((type(pattern), pattern, flags))
    except TypeError:
        compiled = None
    if compiled is None:
        compiled = _compile_cached(pattern, flags)
    return _findall(compiled, string, 0, _END)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return iter(_finditer(_get(pattern, flags), string, 0, _END, Match))


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object."
    return _compile_cached(pattern, flags | TEMPLATE)


def purge():
    "Clear the regular expression caches."
    _cache.clear()
    _purge()


_SPECIAL = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_SPECIAL).encode('latin1')


__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
    'finditer', 'compile', 'purge', 'template', 'escape', 'error', 'Pattern',
    'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
    'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG',
    'RegexFlag',
]
