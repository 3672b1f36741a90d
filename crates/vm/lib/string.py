"""String constants, capwords, `$`-substitution templates (Template) and
a customisable str.format engine (Formatter).

Template placeholders are `$$` (a literal `$`), `$name` and `${name}`,
where a name is an ASCII identifier; any other `$` is an invalid
placeholder.
"""

import _string
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
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
