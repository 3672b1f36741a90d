"""String constants, capwords, `$`-substitution templates (Template) and
a customisable str.format engine (Formatter).

Template placeholders are `$$` (a literal `$`), `$name` and `${name}`,
where a name is an ASCII identifier; any other `$` is an invalid
placeholder.
"""

import re as _re

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
    "digits", "hexdigits", "octdigits", "printable", "punctuation",
    "whitespace", "Formatter", "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep (runs of whitespace when None), capitalize each
    word, and join them with sep (a space when None)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


# ----------------------------------------------------------------- Template

class _ChainedMapping:
    # Keyword arguments first, then the mapping argument.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_EMPTY = {}


class Template:
    """A string with $-placeholders, filled by substitute() (every name
    must be given) or safe_substitute() (missing names stay as written).

    A subclass may change `delimiter`, `idpattern` (the regular expression
    of a name), `braceidpattern` (of a name in braces, idpattern if None),
    `flags`, or give the whole `pattern`, whose groups must be named
    escaped, named, braced and invalid."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    @classmethod
    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            braced = cls.braceidpattern or cls.idpattern
            pattern = (
                "%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))"
                % (delim, delim, cls.idpattern, braced)
            )
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", self.pattern)

    def substitute(self, mapping=_EMPTY, /, **kws):
        """The template with every placeholder replaced by str(value);
        KeyError for a missing name, ValueError for an invalid placeholder."""
        if mapping is _EMPTY:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)

        def convert(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                return str(mapping[name])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise self._unrecognized()

        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_EMPTY, /, **kws):
        """Like substitute(), but missing names and invalid placeholders
        are left in the result as they were written."""
        if mapping is _EMPTY:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)

        def convert(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise self._unrecognized()

        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """False when the template has an invalid placeholder."""
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if mo.group("named") is None and mo.group("braced") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        """The valid placeholder names, in first-seen order."""
        names = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if name not in names:
                    names.append(name)
            elif mo.group("invalid") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return names


# __init_subclass__ runs for subclasses only; Template needs its pattern too.
Template.__init_subclass__()


# ---------------------------------------------------------------- Formatter

def _parse_format(format_string):
    """Split a format string into (literal, field_name, format_spec,
    conversion) tuples, as str.format reads it."""
    result = []
    literal = []
    i = 0
    n = len(format_string)
    while i < n:
        c = format_string[i]
        if c == "{":
            if i + 1 < n and format_string[i + 1] == "{":
                literal.append("{")
                result.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # Find the matching '}'. In the field name, brackets hold an
            # index or key in which braces do not count; the character after
            # '!' is the conversion, whatever it is.
            depth = 1
            j = i + 1
            in_name = True
            in_bracket = False
            converted = False
            while depth:
                if j >= n:
                    if converted:
                        raise ValueError("unmatched '{' in format spec")
                    raise ValueError("expected '}' before end of string")
                ch = format_string[j]
                j += 1
                if in_name:
                    if in_bracket:
                        if ch == "]":
                            in_bracket = False
                        continue
                    if ch == "[":
                        in_bracket = True
                        continue
                    if ch == "!":
                        if j >= n:
                            raise ValueError("end of string while looking for conversion specifier")
                        j += 1
                        converted = True
                        in_name = False
                        if j < n and format_string[j] not in ":}":
                            raise ValueError("expected ':' after conversion specifier")
                        continue
                    if ch == ":":
                        in_name = False
                        continue
                if ch == "{":
                    depth += 1
                elif ch == "}":
                    depth -= 1
            field = format_string[i + 1:j - 1]
            name, conversion, spec = _split_field(field)
            result.append(("".join(literal), name, spec, conversion))
            literal = []
            i = j
        elif c == "}":
            if i + 1 < n and format_string[i + 1] == "}":
                literal.append("}")
                result.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        result.append(("".join(literal), None, None, None))
    return result


def _split_field(field):
    # field_name[!conversion][:format_spec]; brackets in the name may hold
    # ':' or '!'.
    i = 0
    n = len(field)
    while i < n:
        c = field[i]
        if c == "[":
            close = field.find("]", i)
            if close < 0:
                break
            i = close + 1
            continue
        if c in "!:":
            break
        i += 1
    name = field[:i]
    conversion = None
    spec = ""
    if i < n and field[i] == "!":
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ":":
            raise ValueError("expected ':' after conversion specifier")
    if i < n and field[i] == ":":
        spec = field[i + 1:]
    return name, conversion, spec


def _split_field_name(name):
    """The first part of a field name (an int when all digits) and its
    accessors: (True, attribute) or (False, index)."""
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            close = name.find("]", i)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:close]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = close + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's engine, with each step a method to override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError(
                        "cannot switch from manual field specification to automatic field numbering"
                    )
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError(
                        "cannot switch from manual field specification to automatic field numbering"
                    )
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index,
            )
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
