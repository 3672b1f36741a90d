# The parts of the `traceback` module written in Python, run in the
# module's namespace after the natives `_render_exception`,
# `_render_exception_only` and `_render_tb` are defined.

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _chunks(text):
    """Split a rendered report into the pieces CPython's format_*
    functions return: one per traceback entry (its File line with the
    source and marker lines under it), one per other line."""
    chunks = []
    for line in text.splitlines(True):
        if line.startswith('    ') and chunks and chunks[-1].startswith('  File '):
            chunks[-1] += line
        else:
            chunks.append(line)
    return chunks


def _exception_of(exc, value, tb):
    """The exception instance meant by the (exc, value, tb) arguments,
    which may be the old (type, value, tb) form."""
    if value is _sentinel:
        return exc
    return value


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback chain, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from frame `f` (the caller's by default) outward."""
    if f is None:
        f = sys._getframe(1).f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name and the
    source line (read lazily through linecache)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return (f'<FrameSummary file {self.filename}, line {self.lineno} '
                f'in {self.name}>')

    @property
    def _original_line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    @property
    def line(self):
        line = self._original_line
        return None if line is None else line.strip()


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """The summary of the (frame, lineno) pairs `frame_gen` yields."""
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
        pairs = list(frame_gen)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        result = klass()
        for f, lineno in pairs:
            code = f.f_code
            result.append(FrameSummary(
                code.co_filename, lineno, code.co_name,
                lookup_line=lookup_lines,
                locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        """A summary from FrameSummary objects or 4-tuples."""
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one entry: its File line, then its source line."""
        row = (f'  File "{frame_summary.filename}", line '
               f'{frame_summary.lineno}, in {frame_summary.name}\n')
        if frame_summary.line:
            row += f'    {frame_summary.line}\n'
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += f'    {name} = {value}\n'
        return row

    def format(self):
        """The text of each entry, with runs of more than three identical
        entries folded as tracebacks fold them."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
            else:
                if count > 3:
                    result.append(_repeated(count - 3))
                last = key
                count = 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame))
        if count > 3:
            result.append(_repeated(count - 3))
        return result


def _repeated(n):
    return (f"  [Previous line repeated {n} more "
            f"time{'s' if n > 1 else ''}]\n")


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback chain."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """The StackSummary of the stack from frame `f` (the caller's by
    default), oldest first."""
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """The text of each entry of a list of FrameSummary objects or
    4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """The text of each entry of a traceback chain."""
    if limit is None and getattr(sys, 'tracebacklimit', None) is None:
        return _chunks(_render_tb(tb))
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Write the entries of a traceback chain to `file` (sys.stderr)."""
    _write(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    """The text of each entry of the current stack."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Write the current stack to `file` (sys.stderr)."""
    if f is None:
        f = sys._getframe(1)
    _write(format_stack(f, limit), file)


def _write(chunks, file):
    if file is None:
        file = sys.stderr
    for chunk in chunks:
        file.write(chunk)


def format_exception_only(exc, /, value=_sentinel):
    """The 'Type: message' lines of an exception."""
    exc = _exception_of(exc, value, None)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, type):
        return [f'{exc.__name__}\n']
    return _chunks(_render_exception_only(exc))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines of the report for an exception (and, with chain, its
    cause or context), as an uncaught exception is reported."""
    exc = _exception_of(exc, value, tb)
    if exc is None:
        return ['NoneType: None\n']
    if limit is None and chain:
        return _chunks(_render_exception(exc))
    return list(TracebackException.from_exception(
        exc, limit=limit).format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Write the report for an exception to `file` (sys.stderr)."""
    _write(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return ''.join(format_exception(sys.exception(), limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Write the report for the exception being handled to `file`."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Write the report for the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """Clear the local variables of the frames of a traceback chain."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (AttributeError, RuntimeError):
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception captured for later formatting: its type, message,
    stack summary, and the captured cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self.stack = StackSummary.extract(
            walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture an exception instance."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' lines."""
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        if self._exc is not None:
            yield from _chunks(_render_exception_only(self._exc))
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ('__main__', 'builtins'):
            name = f'{module}.{name}'
        yield f'{name}: {self._str}\n' if self._str else f'{name}\n'

    def format(self, *, chain=True):
        """The lines of the report, chained exceptions first."""
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield ('\nThe above exception was the direct cause of the '
                       'following exception:\n\n')
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield ('\nDuring handling of the above exception, another '
                       'exception occurred:\n\n')
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            tb = self._exc.__traceback__ if self._exc is not None else None
            if self._limit is None and tb is not None:
                yield from _chunks(_render_tb(tb))
            else:
                yield from self.stack.format()
        yield from self.format_exception_only()


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return f'<exception str() failed>'
