"""How asyncio objects describe themselves in reprs and error reports.

A Future's repr shows its result through `short_repr`, which abbreviates
long values the way the standard `reprlib.repr` does (strings to 30
characters, lists to 6 items, dicts to 4, anything else to 30 characters),
so that a Task holding a huge result still prints on one line.

A coroutine is shown as `name() running at FILE:LINE` while it has a frame
and `name() done, defined at FILE:LINE` once it has finished; a callback as
its qualified name with its arguments, followed by `at FILE:LINE` when it is
a plain function.
"""

_MAX_STRING = 30
_MAX_INT = 40
_MAX_OTHER = 30
_MAX_ITEMS = {"list": 6, "tuple": 6, "set": 6, "frozenset": 6, "deque": 6}
_MAX_DICT = 4
_MAX_LEVEL = 6


def _middle_cut(text, limit):
    """Keep the two ends of `text` around '...' so it is `limit` long."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + "..." + text[len(text) - tail:]


def _sorted_if_possible(items):
    items = list(items)
    try:
        return sorted(items)
    except Exception:
        return items


def short_repr(value, level=_MAX_LEVEL):
    """`repr(value)`, abbreviated as `reprlib.repr` abbreviates it."""
    kind = type(value)
    if kind is str:
        text = repr(value[:_MAX_STRING])
        if len(text) > _MAX_STRING:
            text = _middle_cut(repr(value), _MAX_STRING)
        return text
    if kind is int:
        return _middle_cut(repr(value), _MAX_INT)
    if kind is dict:
        if not value:
            return "{}"
        if level <= 0:
            return "{...}"
        keys = _sorted_if_possible(value)
        pieces = [
            short_repr(key, level - 1) + ": " + short_repr(value[key], level - 1)
            for key in keys[:_MAX_DICT]
        ]
        if len(value) > _MAX_DICT:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"
    name = kind.__name__
    if kind in (list, tuple, set, frozenset) or (
        name == "deque" and kind.__module__ == "collections"
    ):
        return _short_container(value, level, name)
    try:
        text = repr(value)
    except Exception:
        return "<%s instance at %#x>" % (name, id(value))
    return _middle_cut(text, _MAX_OTHER)


def _short_container(value, level, name):
    if name in ("set", "frozenset") and not value:
        return name + "()"
    if name == "set":
        left, right = "{", "}"
    elif name == "frozenset":
        left, right = "frozenset({", "})"
    elif name == "deque":
        left, right = "deque([", "])"
    elif name == "tuple":
        left, right = "(", ")"
    else:
        left, right = "[", "]"
    if name in ("set", "frozenset"):
        value = _sorted_if_possible(value)
    limit = _MAX_ITEMS[name]
    if level <= 0:
        inner = "..."
    else:
        items = list(value)
        pieces = [short_repr(item, level - 1) for item in items[:limit]]
        if len(items) > limit:
            pieces.append("...")
        inner = ", ".join(pieces)
        if len(items) == 1 and name == "tuple":
            right = "," + right
    return left + inner + right


def format_coroutine(coro):
    """`main() running at FILE:LINE` or `main() done, defined at FILE:LINE`."""
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    if not name:
        name = "<%s without __name__>" % type(coro).__name__
    name += "()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    if not code:
        running = getattr(coro, "cr_running", None)
        if running is None:
            running = getattr(coro, "gi_running", False)
        return name + " running" if running else name
    frame = getattr(coro, "gi_frame", None) or getattr(coro, "cr_frame", None)
    filename = code.co_filename or "<empty co_filename>"
    if frame is not None:
        return "%s running at %s:%s" % (name, filename, frame.f_lineno)
    return "%s done, defined at %s:%s" % (name, filename, code.co_firstlineno)


def format_arguments(args):
    """`(1, 'x')`: the arguments a callback will be called with."""
    return "(" + ", ".join(short_repr(arg) for arg in args) + ")"


def format_callback(func, args=()):
    """A callback as its name and arguments, with its source if a function."""
    text = (
        getattr(func, "__qualname__", None)
        or getattr(func, "__name__", None)
        or repr(func)
    )
    text += format_arguments(args)
    code = getattr(func, "__code__", None)
    if code is not None and not hasattr(func, "__self__"):
        text += " at %s:%s" % (code.co_filename, code.co_firstlineno)
    return text


def format_callbacks(callbacks):
    """`cb=[first(), <N more>, last()]` for a Future's done callbacks."""
    names = [format_callback(func) for func in callbacks]
    if len(names) > 2:
        names = [names[0], "<%d more>" % (len(names) - 2), names[-1]]
    return "cb=[" + ", ".join(names) + "]"


def format_traceback(exc, _seen=None):
    """The lines `Traceback (most recent call last): ...` for an exception,
    after those of the exceptions it was raised from or during.

    Each frame is named with its file, line and function, followed by the
    source line when the file can be read.
    """
    if _seen is None:
        _seen = set()
    _seen.add(id(exc))
    lines = []
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and id(cause) not in _seen:
        lines.extend(format_traceback(cause, _seen))
        lines.extend(
            ["", "The above exception was the direct cause of the following exception:", ""]
        )
    elif (
        context is not None
        and not exc.__suppress_context__
        and id(context) not in _seen
    ):
        lines.extend(format_traceback(context, _seen))
        lines.extend(
            ["", "During handling of the above exception, another exception occurred:", ""]
        )
    tb = exc.__traceback__
    if tb is not None:
        lines.append("Traceback (most recent call last):")
    while tb is not None:
        code = tb.tb_frame.f_code
        lines.append(
            '  File "%s", line %s, in %s' % (code.co_filename, tb.tb_lineno, code.co_name)
        )
        source = _source_line(code.co_filename, tb.tb_lineno)
        if source:
            lines.append("    " + source)
        tb = tb.tb_next
    message = str(exc)
    kind = type(exc)
    module = kind.__module__
    name = kind.__qualname__
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    lines.append(name + ": " + message if message else name)
    return lines


def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as source:
            for number, line in enumerate(source, 1):
                if number == lineno:
                    return line.strip()
    except Exception:
        return ""
    return ""
