"""Formatting of the exceptions a test run reports, as the interpreter
prints an uncaught exception: the chain of causes and contexts, each with
its `Traceback (most recent call last):` frames (source lines and
position markers, through the traceback module when it is available),
then `Type: message` and any notes.

Frames belonging to the unittest machinery (module globals holding
`__unittest`) are left out: those before the test's own code and, for
exceptions of the test's failure type, those after it, so a failure
report ends at the line of the test that called the failing assert.
"""

try:
    import traceback as _traceback
except ImportError:
    _traceback = None

__unittest = True

_sources = {}


def _source_line(filename, lineno):
    lines = _sources.get(filename)
    if lines is None:
        lines = []
        if not filename.startswith("<"):
            try:
                with open(filename) as handle:
                    lines = handle.read().splitlines()
            except Exception:
                lines = []
        _sources[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ""


def _is_machinery(tb):
    return "__unittest" in tb.tb_frame.f_globals


def relevant_frames(tb, strip_tail):
    """(filename, line, function) for the traceback's frames, without the
    leading machinery frames and, if `strip_tail`, without the machinery
    frames from the first one after the test's code onwards."""
    while tb is not None and _is_machinery(tb):
        tb = tb.tb_next
    frames = []
    while tb is not None:
        if strip_tail and _is_machinery(tb):
            break
        code = tb.tb_frame.f_code
        frames.append((code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return frames


def _type_name(exc_type):
    module = getattr(exc_type, "__module__", None)
    name = getattr(exc_type, "__qualname__", exc_type.__name__)
    if module not in (None, "__main__", "builtins"):
        return module + "." + name
    return name


def _exception_lines(exc_type, value):
    name = _type_name(exc_type)
    try:
        text = str(value)
    except Exception:
        text = "<exception str() failed>"
    lines = []
    if isinstance(value, SyntaxError) and value.filename is not None:
        lines.append('  File "%s", line %s\n' % (value.filename, value.lineno))
        if value.text is not None:
            lines.append("    %s\n" % value.text.strip())
        text = value.msg
    lines.append("%s: %s\n" % (name, text) if text else "%s\n" % name)
    notes = getattr(value, "__notes__", None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            lines.append("%s\n" % (note,))
    return lines


def _one(exc_type, value, tb, strip_tail):
    if _traceback is not None:
        return _one_with_module(exc_type, value, tb, strip_tail)
    lines = []
    frames = relevant_frames(tb, strip_tail)
    if frames:
        lines.append("Traceback (most recent call last):\n")
        for filename, lineno, name in frames:
            lines.append('  File "%s", line %d, in %s\n' % (filename, lineno, name))
            source = _source_line(filename, lineno)
            if source:
                lines.append("    %s\n" % source)
    lines.extend(_exception_lines(exc_type, value))
    return lines


def _one_with_module(exc_type, value, tb, strip_tail):
    while tb is not None and _is_machinery(tb):
        tb = tb.tb_next
    count = 0
    total = 0
    probe = tb
    while probe is not None:
        if not (strip_tail and _is_machinery(probe)) and count == total:
            count += 1
        total += 1
        probe = probe.tb_next
    lines = []
    if tb is not None and count:
        lines.append("Traceback (most recent call last):\n")
        entries = _traceback.format_tb(tb)
        if count == total:
            lines.extend(entries)
        elif len(entries) == total:
            lines.extend(entries[:count])
        else:
            lines.extend(_traceback.format_tb(tb, limit=count))
    lines.extend(_traceback.format_exception_only(exc_type, value))
    return lines


def format_exception(exc_type, value, tb, failure_type):
    """The report's lines for one exception and the chain behind it;
    `failure_type` is the test's failure exception class (tail frames are
    stripped from exceptions of exactly that class), or a bool saying
    whether to strip them from the first exception only."""
    chain = []
    seen = set()
    current = value
    first = True
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = exc_type if first else type(current)
        if isinstance(failure_type, bool):
            strip = failure_type and first
        else:
            strip = kind is failure_type
        chain.append((kind, current, tb if first else current.__traceback__, strip, None))
        first = False
        cause = current.__cause__
        if cause is not None:
            chain[-1] = chain[-1][:4] + (
                "\nThe above exception was the direct cause of the following exception:\n\n",
            )
            current = cause
        elif current.__context__ is not None and not current.__suppress_context__:
            chain[-1] = chain[-1][:4] + (
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
            current = current.__context__
        else:
            current = None
    lines = []
    for exc_type, exc, exc_tb, strip, joiner in reversed(chain):
        if joiner is not None:
            lines.append(joiner)
        lines.extend(_one(exc_type, exc, exc_tb, strip))
    return lines
