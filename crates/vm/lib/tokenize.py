"""Python source as a stream of tokens, with CPython 3.11's `tokenize`
interface: `tokenize` (bytes lines, starting with an ENCODING token),
`generate_tokens` (text lines), `untokenize`, `detect_encoding`, `open`
and the `TokenInfo` named tuple.

The tokens are pyrite's lexer's, translated by the lexer into the types,
positions and layout `tokenize` gives (`_tokenize.tokens`); the lines are
all read before the first token is produced.
"""

import builtins
import collections
import re

import _tokenize
import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + [
    "tokenize",
    "generate_tokens",
    "detect_encoding",
    "untokenize",
    "TokenInfo",
]

cookie_re = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
blank_re = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class TokenInfo(collections.namedtuple("TokenInfo", "type string start end line")):
    def __repr__(self):
        shown = "%d (%s)" % (self.type, tok_name[self.type])
        return (
            "TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)"
            % (shown, self.string, self.start, self.end, self.line)
        )

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


def _read_all(readline):
    """Every line `readline` gives, until it returns an empty line or
    raises StopIteration."""
    lines = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        lines.append(line)
    return lines


def _tokens(source, exact=False):
    """The TokenInfo tuples for the text `source`, then the error that
    stops tokenizing, if any."""
    found, error = _tokenize.tokens(source, exact)
    for name, string, start, end, line in found:
        yield TokenInfo(getattr(token, name), string, start, end, line)
    if error is not None:
        message, (line, column), indentation = error
        if indentation:
            lines = source.splitlines(keepends=True)
            text = lines[line - 1] if 1 <= line <= len(lines) else ""
            raise IndentationError(message, ("<tokenize>", line, column, text))
        raise TokenError(message, (line, column))


def generate_tokens(readline):
    """Tokens of the text lines `readline` returns (str lines; no
    ENCODING token)."""
    return _tokens("".join(_read_all(readline)))


def tokenize(readline):
    """Tokens of the source whose bytes lines `readline` returns: an
    ENCODING token first, then the tokens of the decoded text."""
    encoding, consumed = detect_encoding(readline)
    data = b"".join(consumed) + b"".join(_read_all(readline))
    if encoding == "utf-8-sig":
        # The BOM is gone; the ENCODING token says plain UTF-8.
        data = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        encoding = "utf-8"
    return _with_encoding(encoding, data.decode(encoding))


def _with_encoding(encoding, text):
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
    yield from _tokens(text)


def _get_normal_name(orig_enc):
    """The codec name `tokenize` reports for an encoding cookie."""
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or enc.startswith(
        ("latin-1-", "iso-8859-1-", "iso-latin-1-")
    ):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """The encoding of a source file read by `readline` (bytes lines), from
    a UTF-8 BOM or a coding cookie in its first two lines ('utf-8' by
    default), and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = "utf-8"

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b""

    def find_cookie(line):
        try:
            line_string = line.decode("utf-8")
        except UnicodeDecodeError:
            message = "invalid or missing encoding declaration"
            if filename is not None:
                message = "{} for {!r}".format(message, filename)
            raise SyntaxError(message)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            "".encode(encoding)
        except LookupError:
            if filename is None:
                message = "unknown encoding: " + encoding
            else:
                message = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(message)
        if bom_found:
            if encoding != "utf-8":
                if filename is None:
                    message = "encoding problem: utf-8"
                else:
                    message = "encoding problem for {!r}: utf-8".format(filename)
                raise SyntaxError(message)
            encoding += "-sig"
        return encoding

    first = read_or_stop()
    if first.startswith(b"\xef\xbb\xbf"):
        bom_found = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """A text file for the source `filename`, decoded with the encoding
    `detect_encoding` finds."""
    buffer = builtins.open(filename, "rb")
    try:
        encoding, _ = detect_encoding(buffer.readline)
    finally:
        buffer.close()
    return builtins.open(filename, "r", encoding=encoding)


class Untokenizer:
    """Source text back from tokens: exactly where full tokens say, or
    spaced to tokenize the same when only (type, string) pairs are given."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError(
                "start ({},{}) precedes previous end ({},{})".format(
                    row, col, self.prev_row, self.prev_col
                )
            )
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            kind, string, start, end, line = t
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(string)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, first, rest):
        indents = []
        startline = False
        previous_string = False
        for tok in [first, *rest]:
            kind, string = tok[:2]
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind in (NAME, NUMBER):
                string += " "
            if kind == STRING:
                if previous_string:
                    string = " " + string
                previous_string = True
            else:
                previous_string = False
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                self.tokens.append(indents[-1])
                startline = False
            self.tokens.append(string)


def untokenize(iterable):
    """Source from tokens: a str, or bytes when an ENCODING token says how
    to encode it."""
    untokenizer = Untokenizer()
    out = untokenizer.untokenize(iterable)
    if untokenizer.encoding is not None:
        out = out.encode(untokenizer.encoding)
    return out
