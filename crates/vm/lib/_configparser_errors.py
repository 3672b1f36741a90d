"""configparser's exceptions and value interpolation.

Every exception's str() and repr() is its message, and its `args` are
the values it was made from, as in CPython. An Interpolation turns a
stored value into the one get() returns: Interpolation leaves it alone,
BasicInterpolation expands %(name)s from the same section (and DEFAULT),
ExtendedInterpolation expands ${name} and ${section:name}.
"""

import re

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class Error(Exception):
    """Base class for configparser exceptions."""

    __module__ = 'configparser'

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    __module__ = 'configparser'

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        Exception.__init__(self, section)


def _where(source, lineno):
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text


class DuplicateSectionError(Error):
    """Raised when a section is repeated in one input, or added twice."""

    __module__ = 'configparser'

    def __init__(self, section, source=None, lineno=None):
        if source is not None:
            message = "%s: section %r already exists" % (_where(source, lineno), section)
        else:
            message = "Section %r already exists" % (section,)
        Error.__init__(self, message)
        self.section = section
        self.source = source
        self.lineno = lineno
        Exception.__init__(self, section, source, lineno)


class DuplicateOptionError(Error):
    """Raised when an option is repeated in a section of one input."""

    __module__ = 'configparser'

    def __init__(self, section, option, source=None, lineno=None):
        if source is not None:
            message = ("%s: option %r in section %r already exists"
                       % (_where(source, lineno), option, section))
        else:
            message = "Option %r in section %r already exists" % (option, section)
        Error.__init__(self, message)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        Exception.__init__(self, section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    __module__ = 'configparser'

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        Exception.__init__(self, option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    __module__ = 'configparser'

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        Exception.__init__(self, option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    __module__ = 'configparser'

    def __init__(self, option, section, rawval, reference):
        message = ("Bad value substitution: option {!r} in section {!r} "
                   "contains an interpolation key {!r} which is not a valid "
                   "option name. Raw value: {!r}".format(option, section,
                                                         reference, rawval))
        InterpolationError.__init__(self, option, section, message)
        self.reference = reference
        Exception.__init__(self, option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid syntax."""

    __module__ = 'configparser'


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    __module__ = 'configparser'

    def __init__(self, option, section, rawval):
        message = ("Recursion limit exceeded in value substitution: option {!r} "
                   "in section {!r} contains an interpolation key which "
                   "cannot be substituted in {} steps. Raw value: {!r}"
                   "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, message)
        Exception.__init__(self, option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax."""

    __module__ = 'configparser'

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        source = source or filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        Exception.__init__(self, source)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    __module__ = 'configparser'

    def __init__(self, filename, lineno, line):
        Error.__init__(
            self,
            'File contains no section headers.\nfile: %r, line: %d\n%r'
            % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        Exception.__init__(self, filename, lineno, line)


class Interpolation:
    """No interpolation: values are returned as stored."""

    __module__ = 'configparser'

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class BasicInterpolation(Interpolation):
    """%(name)s refers to another option of the same section (or of
    DEFAULT); %% is a literal percent sign."""

    __module__ = 'configparser'

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        stripped = value.replace('%%', '')
        stripped = self._KEYCRE.sub('', stripped)
        if '%' in stripped:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, stripped.find('%')))
        return value

    def _expand(self, parser, option, pieces, rest, section, mapping, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        while rest:
            at = rest.find('%')
            if at < 0:
                pieces.append(rest)
                return
            if at > 0:
                pieces.append(rest[:at])
                rest = rest[at:]
            following = rest[1:2]
            if following == '%':
                pieces.append('%')
                rest = rest[2:]
            elif following == '(':
                match = self._KEYCRE.match(rest)
                if match is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        "bad interpolation variable reference %r" % rest)
                name = parser.optionxform(match.group(1))
                rest = rest[match.end():]
                try:
                    value = mapping[name]
                except KeyError:
                    raise InterpolationMissingOptionError(
                        option, section, raw, name) from None
                if '%' in value:
                    self._expand(parser, option, pieces, value, section,
                                 mapping, depth + 1)
                else:
                    pieces.append(value)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', found: %r" % (rest,))


class ExtendedInterpolation(Interpolation):
    """${name} refers to an option of the same section (or DEFAULT),
    ${section:name} to one of another section; $$ is a dollar sign."""

    __module__ = 'configparser'

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        stripped = value.replace('$$', '')
        stripped = self._KEYCRE.sub('', stripped)
        if '$' in stripped:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, stripped.find('$')))
        return value

    def _expand(self, parser, option, pieces, rest, section, mapping, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        while rest:
            at = rest.find('$')
            if at < 0:
                pieces.append(rest)
                return
            if at > 0:
                pieces.append(rest[:at])
                rest = rest[at:]
            following = rest[1:2]
            if following == '$':
                pieces.append('$')
                rest = rest[2:]
            elif following == '{':
                match = self._KEYCRE.match(rest)
                if match is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        "bad interpolation variable reference %r" % rest)
                path = match.group(1).split(':')
                rest = rest[match.end():]
                target_section = section
                target_option = option
                try:
                    if len(path) == 1:
                        target_option = parser.optionxform(path[0])
                        value = mapping[target_option]
                    elif len(path) == 2:
                        target_section = path[0]
                        target_option = parser.optionxform(path[1])
                        value = parser.get(target_section, target_option, raw=True)
                    else:
                        raise InterpolationSyntaxError(
                            option, section,
                            "More than one ':' found: %r" % (rest,))
                except (KeyError, NoSectionError, NoOptionError):
                    raise InterpolationMissingOptionError(
                        option, section, raw, ':'.join(path)) from None
                if '$' in value:
                    inner = mapping if len(path) == 1 else dict(parser.items(
                        target_section, raw=True))
                    self._expand(parser, target_option, pieces, value,
                                 target_section, inner, depth + 1)
                else:
                    pieces.append(value)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'$' must be followed by '$' or '{', found: %r" % (rest,))

