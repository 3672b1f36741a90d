"""Source-level inspection for `inspect` (which re-exports it): the file
an object came from, its source lines, and frame summaries.

A function's source starts at its code's first line (its first decorator,
if any) and runs through the header (to the colon that closes it, at
bracket depth zero) and then every following line that is blank, more
indented than the header, or inside a triple-quoted string. A class's
source starts at the first `class NAME` line of its file.
"""

import collections
import re
import sys
import types

__all__ = ["getfile", "getsourcefile", "getmodule", "getsourcelines",
           "getsource", "getlineno", "getframeinfo", "stack", "Traceback",
           "FrameInfo", "indentsize", "getcomments"]


def getfile(object):
    """The name of the file an object was defined in."""
    if isinstance(object, types.ModuleType):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isinstance(object, type):
        if hasattr(object, "__module__"):
            module = sys.modules.get(object.__module__)
            if getattr(module, "__file__", None):
                return module.__file__
            if object.__module__ == "__main__":
                raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    object = _code_of(object)
    if isinstance(object, types.CodeType):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def _code_of(object):
    """The code object behind a method, function, traceback or frame;
    any other object unchanged."""
    if isinstance(object, types.MethodType):
        object = object.__func__
    if isinstance(object, types.FunctionType):
        object = object.__code__
    if isinstance(object, types.TracebackType):
        object = object.tb_frame
    if isinstance(object, types.FrameType):
        object = object.f_code
    return object


def getsourcefile(object):
    filename = getfile(object)
    if filename.startswith("<") and filename.endswith(">"):
        return None
    return filename


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if isinstance(object, types.ModuleType):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    try:
        file = getsourcefile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, "__file__", None) == file:
            return module
    return None


def _read_lines(object):
    filename = getsourcefile(object)
    if not filename:
        raise OSError("source code not available")
    try:
        with open(filename) as handle:
            text = handle.read()
    except OSError:
        raise OSError("could not get source code") from None
    return [line + "\n" for line in text.split("\n")][:-1] or [text]


def indentsize(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _strip_comment(line):
    quote = None
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 1
            elif line.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif c in "\"'":
            quote = c * 3 if line.startswith(c * 3, i) else c
            i += len(quote) - 1
        elif c == "#":
            return line[:i]
        i += 1
    return line


def _depth_change(line):
    depth = 0
    for c in _strip_comment(line):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
    return depth


def _triple_quotes(line):
    return line.count('"""') + line.count("'''")


def getblock(lines):
    """The lines of the definition starting at lines[0]."""
    if not lines:
        return lines
    base = indentsize(lines[0])
    depth = 0
    end = None
    for i, line in enumerate(lines):
        depth += _depth_change(line)
        code = _strip_comment(line).rstrip()
        stripped = code.lstrip()
        if depth <= 0 and code.endswith(":") and not stripped.startswith("@"):
            end = i + 1
            break
        if depth <= 0 and not stripped.startswith("@") and stripped and ":" in stripped \
                and re.match(r"(async\s+)?(def|class)\b", stripped):
            return lines[:i + 1]
        if depth <= 0 and stripped.startswith("lambda") is False and "lambda" in stripped \
                and not stripped.startswith(("def", "class", "async", "@")):
            return lines[:i + 1]
    if end is None:
        return lines[:1]
    in_string = False
    last = end
    for i in range(end, len(lines)):
        line = lines[i]
        if in_string:
            last = i + 1
            if _triple_quotes(line) % 2:
                in_string = False
            continue
        if not line.strip():
            continue
        if indentsize(line) <= base:
            break
        last = i + 1
        if _triple_quotes(line) % 2:
            in_string = True
    return lines[:last]


def _findsource(object):
    lines = _read_lines(object)
    if isinstance(object, types.ModuleType):
        return lines, 0
    if isinstance(object, type):
        pattern = re.compile(r"^(\s*)class\s+" + re.escape(object.__name__) + r"\b")
        candidates = [i for i, line in enumerate(lines) if pattern.match(line)]
        if not candidates:
            raise OSError("could not find class definition")
        index = candidates[0]
        while index > 0 and lines[index - 1].strip().startswith("@"):
            index -= 1
        return lines, index
    object = _code_of(object)
    if isinstance(object, types.CodeType):
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, lnum
    raise OSError("could not find code object")


def getsourcelines(object):
    """(lines, first line number) of an object's source."""
    lines, lnum = _findsource(object)
    if isinstance(object, types.ModuleType):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    try:
        lines, lnum = _findsource(object)
    except (OSError, TypeError):
        return None
    if isinstance(object, types.ModuleType) or lnum == 0:
        return None
    end = lnum - 1
    comments = []
    indent = indentsize(lines[lnum])
    while end >= 0 and lines[end].lstrip()[:1] == "#" and indentsize(lines[end]) == indent:
        comments.insert(0, lines[end].expandtabs().lstrip())
        end -= 1
    return "".join(comments) or None


_Traceback = collections.namedtuple("_Traceback", "filename lineno function code_context index")


class Traceback(_Traceback):
    __module__ = "inspect"

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


def getlineno(frame):
    return frame.f_lineno


def _context_lines(filename, lineno, context):
    if context <= 0:
        return None, None
    try:
        with open(filename) as handle:
            lines = handle.read().split("\n")
    except (OSError, TypeError):
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    chosen = [line + "\n" for line in lines[start:start + context]]
    return chosen, lineno - 1 - start


def getframeinfo(frame, context=1):
    if isinstance(frame, types.TracebackType):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines, index = _context_lines(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


_FrameInfo = collections.namedtuple(
    "_FrameInfo", "frame filename lineno function code_context index")


class FrameInfo(_FrameInfo):
    __module__ = "inspect"

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance


def stack(context=1):
    """FrameInfo records for the caller's frame and those above it."""
    frames = []
    frame = sys._getframe(1)
    while frame is not None:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return frames
