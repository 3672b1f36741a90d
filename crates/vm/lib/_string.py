"""The parsing behind string.Formatter, as CPython's built-in _string
module offers it: a format string split into its literal text and
replacement fields, and a field name split into its first part and the
attribute and index lookups that follow."""

__all__ = ['formatter_parser', 'formatter_field_name_split']


def _need_str(value):
    if not isinstance(value, str):
        raise TypeError(f'expected str, got {type(value).__name__}')


def formatter_parser(format_string):
    """An iterator over (literal_text, field_name, format_spec, conversion)
    for each piece of `format_string` (field_name, format_spec and
    conversion are None after a literal with no field)."""
    _need_str(format_string)
    return iter(_parse_format(format_string))


def formatter_field_name_split(field_name):
    """(first, rest): the field name's first part (an int when all digits)
    and an iterator over its accessors, (True, attribute) or (False, key)."""
    _need_str(field_name)
    first, rest = _split_field_name(field_name)
    return first, iter(rest)


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
