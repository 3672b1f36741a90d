"""The CSV parser and writer behind ``csv``: dialects (how a format
delimits, quotes and escapes fields), ``reader`` (a state machine fed one
character at a time) and ``writer``, and the dialect registry."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect",
           "field_size_limit", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    """Bad CSV data or a bad dialect."""


Error.__module__ = "_csv"

_ATTRIBUTES = ("delimiter", "doublequote", "escapechar", "lineterminator",
               "quotechar", "quoting", "skipinitialspace", "strict")


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s'
                        % (name, type(value).__name__) if allow_none else
                        '"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """The formatting parameters of a CSV format, checked on creation."""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar",
                 "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRIBUTES:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if (type(dialect) is Dialect and not kwargs
                    and cls is Dialect):
                return dialect
        self = object.__new__(cls)
        missing = object()

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                value = getattr(dialect, name, missing)
                if value is not missing:
                    return value
            return default

        self._delimiter = _char("delimiter", pick("delimiter", ","), False)
        self._doublequote = bool(pick("doublequote", True))
        self._escapechar = _char("escapechar", pick("escapechar", None),
                                 True)
        lineterminator = pick("lineterminator", "\r\n")
        if lineterminator is not None and not isinstance(lineterminator,
                                                         str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lineterminator
        self._quotechar = _char("quotechar", pick("quotechar", '"'), True)
        quoting = pick("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in range(4):
            raise TypeError('bad "quoting" value')
        self._skipinitialspace = bool(pick("skipinitialspace", False))
        self._strict = bool(pick("strict", False))
        # An explicit quotechar=None without a quoting means no quoting.
        if (kwargs.get("quotechar", missing) is None
                and "quoting" not in kwargs):
            quoting = QUOTE_NONE
        self._quoting = quoting
        if self._quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


Dialect.__module__ = "_csv"


def register_dialect(name, dialect=None, **fmtparams):
    """Register ``dialect`` (or the parameters) under ``name``."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """The largest field the parser accepts; with an argument, set it
    and return the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, "
                        "got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('"limit" must be an integer')
        _field_limit = args[0]
    return old


# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class Reader:
    """Iterates over the records (lists of str) of the lines of an
    iterable."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _end_of_line(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._end_of_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state in (_AFTER_ESCAPED_CRNL, _IN_FIELD):
            if state == _AFTER_ESCAPED_CRNL:
                if c is _EOL:
                    return
                self._state = _IN_FIELD
            if c is _EOL or c == "\n" or c == "\r":
                self._end_of_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = (_QUOTE_IN_QUOTED_FIELD if d.doublequote
                               else _IN_FIELD)
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._end_of_line(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'"
                            % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in "
                            "universal-newline mode?")


class Writer:
    """Writes records (iterables of values) as CSV lines to a file."""

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect

    def _field_text(self, field, quoted, only_field):
        d = self.dialect
        out = []
        for c in field:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if not field and only_field:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        text = "".join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Write one record; returns what the file's ``write`` returned."""
        d = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s"
                        % type(row).__name__) from None
        texts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            texts.append(self._field_text(text, quoted, len(fields) == 1))
        return self._write(d.delimiter.join(texts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator over the records of the lines ``csvfile`` yields."""
    return Reader(csvfile, Dialect(dialect, **fmtparams))


def writer(fileobj, dialect="excel", **fmtparams):
    """A writer of records to ``fileobj`` in the given dialect."""
    return Writer(fileobj, Dialect(dialect, **fmtparams))


Reader.__module__ = Writer.__module__ = "_csv"
Reader.__name__ = Reader.__qualname__ = "reader"
Writer.__name__ = Writer.__qualname__ = "writer"
