"""Decimal's rounding to an exponent and its math methods: quantize,
to_integral_value/_exact, normalize, and sqrt/exp/ln/log10 (computed in
_decimal_math). decimal.py attaches them to Decimal with install().
"""

import _decimal_arith as _arith
import _decimal_math
from _decimal_context import (
    Inexact, InvalidOperation, Rounded, Subnormal, Underflow)

_make = None
_convert = None
_context = None


def _finish(self, triple, context, status):
    context._signal(status)
    return _make(triple)


def quantize(self, exp, rounding=None, context=None):
    """The value rounded to the exponent of `exp`."""
    context = _context(context)
    exp = _convert(exp)
    if exp is NotImplemented:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(exp).__name__)
    rounding = rounding or context.rounding
    status = set()
    nan = self._nan_result(exp, status, context)
    if nan is not None:
        return _finish(self, nan._triple(), context, status)
    if self._exp == 'F' or exp._exp == 'F':
        if self._exp == 'F' and exp._exp == 'F':
            return _make((self._sign, 0, 'F'))
        status.add(InvalidOperation)
        return _finish(self, _arith.NAN, context, status)
    target = exp._exp
    if not context.Etiny() <= target <= context.Emax:
        status.add(InvalidOperation)
        return _finish(self, _arith.NAN, context, status)
    result = _arith.rescale(self._triple(), target, rounding, context, status)
    if result is None or (result[1] and _arith.adjusted(result[1], target)
                          > context.Emax):
        status.discard(Inexact)
        status.discard(Rounded)
        status.add(InvalidOperation)
        return _finish(self, _arith.NAN, context, status)
    if result[1] and _arith.adjusted(result[1], target) < context.Emin:
        status.add(Subnormal)
        if Inexact in status:
            status.add(Underflow)
    return _finish(self, result, context, status)

def _to_integral(self, rounding, context, exact):
    context = _context(context)
    rounding = rounding or context.rounding
    status = set()
    nan = self._nan_result(None, status, context)
    if nan is not None:
        return _finish(self, nan._triple(), context, status)
    if self._exp == 'F' or self._exp >= 0:
        return self
    c, inexact = _arith.round_off(self._int, -self._exp, self._sign, rounding)
    if exact:
        status.add(Rounded)
        if inexact:
            status.add(Inexact)
    return _finish(self, (self._sign, c, 0), context, status)

def to_integral_value(self, rounding=None, context=None):
    """The value rounded to an integer (exponent 0), without signalling
    Inexact or Rounded."""
    return _to_integral(self, rounding, context, False)


def to_integral_exact(self, rounding=None, context=None):
    """The value rounded to an integer, signalling Inexact and Rounded."""
    return _to_integral(self, rounding, context, True)

def normalize(self, context=None):
    """The value rounded to the context, trailing zeros removed."""
    context = _context(context)
    result = self._plus(context)
    if not result.is_finite():
        return result
    if result._int == 0:
        return _make((result._sign, 0, 0))
    c, e = result._int, result._exp
    top = context.Etop() if context.clamp else context.Emax
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _make((result._sign, c, e))

def sqrt(self, context=None):
    return _decimal_math.square_root(self, _context(context))

def exp(self, context=None):
    return _decimal_math.exponential(self, _context(context))

def ln(self, context=None):
    return _decimal_math.natural_log(self, _context(context))

def log10(self, context=None):
    return _decimal_math.log10(self, _context(context))



def install(decimal_class, make, convert, context_of):
    """Attach these methods to Decimal."""
    global _make, _convert, _context
    _make, _convert, _context = make, convert, context_of
    for function in (quantize, to_integral_value, to_integral_exact,
                     normalize, sqrt, exp, ln, log10):
        function.__qualname__ = 'Decimal.' + function.__name__
        setattr(decimal_class, function.__name__, function)
    decimal_class.to_integral = to_integral_value
