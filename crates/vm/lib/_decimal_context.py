"""decimal's signals and contexts.

A Context carries the precision, the rounding mode, the exponent limits
(Emin, Emax), `capitals`, `clamp`, and two signal dictionaries: `flags`
(the conditions that have happened since they were last cleared) and
`traps` (the conditions that raise). An operation gathers its conditions
in a set and hands them to Context._signal once, at its end: every
condition is flagged, and if any is trapped one exception is raised whose
argument lists all the trapped conditions, as CPython's libmpdec-based
module does ("[<class 'decimal.DivisionByZero'>]").

The current context lives in a ContextVar, so each thread and each task
has its own; localcontext() swaps a copy in for a with-block.
"""

import contextvars as _contextvars

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    __module__ = 'decimal'


class Clamped(DecimalException):
    __module__ = 'decimal'


class InvalidOperation(DecimalException):
    __module__ = 'decimal'


class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'


class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'


class Inexact(DecimalException):
    __module__ = 'decimal'


class InvalidContext(InvalidOperation):
    __module__ = 'decimal'


class Rounded(DecimalException):
    __module__ = 'decimal'


class Subnormal(DecimalException):
    __module__ = 'decimal'


class Overflow(Inexact, Rounded):
    __module__ = 'decimal'


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'


class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# The signals in the order a signal dictionary holds them (and in which
# trapped conditions are listed in an exception).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)

# The order Context.__repr__ lists them in.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)

# The conditions that are reported as InvalidOperation.
_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext)

_SIGNAL_KEY_ERROR = (
    "valid values for signals are:\n"
    "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
    "   Clamped]")


class SignalDict:
    """The flags or traps of a Context: a fixed mapping from each signal
    to a bool."""

    __module__ = 'abc'
    __slots__ = ('_on',)

    def __init__(self, on=()):
        self._on = set(on)

    def _check(self, key):
        if key not in _SIGNALS:
            raise KeyError(_SIGNAL_KEY_ERROR)

    def __getitem__(self, key):
        self._check(key)
        return key in self._on

    def __setitem__(self, key, value):
        self._check(key)
        if value:
            self._on.add(key)
        else:
            self._on.discard(key)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNALS

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [s in self._on for s in _SIGNALS]

    def items(self):
        return [(s, s in self._on) for s in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNALS:
            return key in self._on
        return default

    def copy(self):
        return {s: s in self._on for s in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            return self._on == other._on
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        items = ", ".join("%r:%s" % (s, s in self._on) for s in _SIGNALS)
        return "{" + items + "}"


def _signal_set(value, name):
    """The set of signals a Context argument names: a list of signals or a
    complete signal dictionary."""
    if value is None:
        return None
    if isinstance(value, SignalDict):
        return set(value._on)
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(k not in _SIGNALS for k in value):
            raise KeyError("invalid signal dict")
        return {k for k, v in value.items() if v}
    result = set()
    for s in value:
        if s not in _SIGNALS:
            raise KeyError(_SIGNAL_KEY_ERROR)
        result.add(s)
    return result


def _integer(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return int(value)


class Context:
    """Context(prec=None, rounding=None, Emin=None, Emax=None,
    capitals=None, clamp=None, flags=None, traps=None): the environment
    of decimal arithmetic."""

    __module__ = 'decimal'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        default = _default_template
        self.prec = default.prec if prec is None else prec
        self.rounding = default.rounding if rounding is None else rounding
        self.Emin = default.Emin if Emin is None else Emin
        self.Emax = default.Emax if Emax is None else Emax
        self.capitals = default.capitals if capitals is None else capitals
        self.clamp = default.clamp if clamp is None else clamp
        self.flags = SignalDict(_signal_set(flags, 'flags') or ())
        traps = _signal_set(traps, 'traps')
        self.traps = SignalDict(default.traps._on if traps is None else traps)

    def __setattr__(self, name, value):
        if name == 'prec':
            value = _integer(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'Emin':
            value = _integer(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax':
            value = _integer(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == 'capitals':
            value = _integer(value)
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == 'clamp':
            value = _integer(value)
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(
                    "valid values for rounding are:\n"
                    "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                    "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                    "   ROUND_05UP]")
        elif name in ('flags', 'traps'):
            if not isinstance(value, SignalDict):
                raise TypeError("argument must be a signal dict")
            value = SignalDict(value._on)
        else:
            raise AttributeError(
                "'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _REPR_ORDER if s in self.flags._on)
        traps = ", ".join(s.__name__ for s in _REPR_ORDER if s in self.traps._on)
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, "
                "capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax,
                   self.capitals, self.clamp, flags, traps))

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax,
                          self.capitals, self.clamp,
                          [s for s in _SIGNALS if s in self.flags._on],
                          [s for s in _SIGNALS if s in self.traps._on]))

    def copy(self):
        """A new context with the same settings, flags and traps."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags, self.traps)

    __copy__ = copy

    def clear_flags(self):
        """Reset every flag to False."""
        self.flags._on.clear()

    def clear_traps(self):
        """Reset every trap to False."""
        self.traps._on.clear()

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """The largest exponent a clamped result may have: Emax - prec + 1."""
        return self.Emax - self.prec + 1

    def radix(self):
        return _decimal_class()(10)

    def _signal(self, conditions):
        """Flag each condition; raise if any of them is trapped."""
        if not conditions:
            return
        signals = set()
        for c in conditions:
            signals.add(InvalidOperation if c in _CONDITIONS else c)
        self.flags._on.update(signals)
        trapped = [s for s in _SIGNALS if s in signals and s in self.traps._on]
        if not trapped:
            return
        listed = []
        for s in trapped:
            if s is InvalidOperation:
                listed.extend(c for c in _CONDITIONS if c in conditions)
                if InvalidOperation in conditions:
                    listed.append(InvalidOperation)
            else:
                listed.append(s)
        raise trapped[0](listed)


def _decimal_class():
    from decimal import Decimal
    return Decimal


_default_template = None
_default_template = Context(
    prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
    capitals=1, clamp=0, flags=[],
    traps=[DivisionByZero, Overflow, InvalidOperation])

DefaultContext = _default_template
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[Clamped, InvalidOperation, DivisionByZero,
                              Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[],
                          traps=[])

_current_context = _contextvars.ContextVar('decimal_context')


def getcontext():
    """The current thread's (or task's) context."""
    try:
        return _current_context.get()
    except LookupError:
        context = DefaultContext.copy()
        _current_context.set(context)
        return context


def setcontext(context):
    """Make `context` the current one (the default templates are copied)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext \
            or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


class ContextManager:
    """The with-statement object localcontext() returns."""

    __module__ = 'decimal'

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                   'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of `ctx` (or of the current
    context), with the given attributes changed, current for a with-block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    manager = ContextManager(ctx)
    for name, value in kwargs.items():
        if name not in _LOCAL_KEYWORDS:
            raise TypeError(
                "'%s' is an invalid keyword argument for this function" % name)
        if name in ('flags', 'traps') and not isinstance(value, SignalDict):
            value = SignalDict(_signal_set(value, name))
        setattr(manager.new_context, name, value)
    return manager
