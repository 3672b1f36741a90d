"""Context variables (the implementation `contextvars` re-exports):
values that belong to a context (a mapping from ContextVar to value)
rather than to a module or an object.

There is always a current context. ContextVar.set() changes the value in
it and returns a Token that reset() uses to put the old value back;
copy_context() snapshots the current context, and Context.run() runs a
function with a context made current for the call, so what the call
sets stays in that context.

Invariant: a Context's mapping is never changed in place once another
context may share it: set() replaces the current context's dict by an
updated copy, so a snapshot taken earlier keeps its values.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


class Context:
    """A mapping from ContextVar to value (read-only from outside)."""

    __module__ = '_contextvars'

    def __init__(self):
        self._data = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        """Call `callable` with this context current; its result."""
        global _current
        if self._entered:
            raise RuntimeError(
                "cannot enter context: %r is already entered" % (self,))
        self._entered = True
        saved = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        """A new context with the same values."""
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                "a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(
                "a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                "a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        """The value in the current context, else `default`, else the
        variable's default; LookupError if there is none."""
        try:
            return _current._data[self]
        except KeyError:
            pass
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; a Token for reset()."""
        data = _current._data
        old = data.get(self, Token.MISSING)
        updated = dict(data)
        updated[self] = value
        _current._data = updated
        return Token(_current, self, old)

    def reset(self, token):
        """Put back the value the variable had before the set() that
        made `token`."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._context is not _current:
            raise ValueError("%r was created in a different Context" % (token,))
        updated = dict(_current._data)
        if token._old is Token.MISSING:
            updated.pop(self, None)
        else:
            updated[self] = token._old
        _current._data = updated
        token._used = True

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        shown = ''
        if self._default is not _MISSING:
            shown = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, shown, id(self))


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns: the variable and its old value."""

    __module__ = '_contextvars'
    MISSING = _Missing()

    def __init__(self, context, var, old):
        self._context = context
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (
            ' used' if self._used else '', self._var, id(self))
