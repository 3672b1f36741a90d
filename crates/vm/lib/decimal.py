"""Decimal fixed and floating point arithmetic.

A Decimal is (-1)**sign * coefficient * 10**exponent with an arbitrary
precision int coefficient, or one of the special values Infinity, NaN
(quiet) and sNaN (signalling). Decimals are immutable; the Context
current in the thread decides how results are rounded and which
conditions raise. The arithmetic itself works on (sign, coefficient,
exponent) triples in _decimal_arith; the transcendental functions are in
_decimal_math, the format() mini-language in _decimal_format, and the
rarer methods in _decimal_methods.

Invariants of a Decimal: `_sign` is 0 or 1; `_int` is an int >= 0 (the
coefficient, or a NaN's payload, 0 for an infinity); `_exp` is an int
for a finite number and 'F' (infinity), 'n' (quiet NaN) or 'N' (sNaN)
otherwise.
"""

import math as _math
import numbers as _numbers
import re as _re
import sys as _sys
from collections import namedtuple as _namedtuple

import _decimal_arith as _arith
from _decimal_context import (
    BasicContext, Clamped, Context, ConversionSyntax, DecimalException,
    DefaultContext, DivisionByZero, DivisionImpossible, DivisionUndefined,
    ExtendedContext, FloatOperation, Inexact, InvalidContext,
    InvalidOperation, MAX_EMAX, MAX_PREC, MIN_EMIN, MIN_ETINY, Overflow,
    ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN,
    ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Rounded, Subnormal, Underflow,
    getcontext, localcontext, setcontext)

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)

_NUMBER = _re.compile(r"""
    (?P<sign>[-+])?
    (?:
        (?P<int>\d*)(?:\.(?P<frac>\d*))?(?:E(?P<exp>[-+]?\d+))?
      | (?P<inf>Inf(?:inity)?)
      | (?P<signal>s)?NaN(?P<payload>\d*)
    )
    \Z""", _re.VERBOSE | _re.IGNORECASE)


def _context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _triple_from_string(text, context):
    """(sign, coefficient, exponent) for a numeric string, or None."""
    match = _NUMBER.match(text.strip().replace('_', ''))
    if match is None:
        return None
    sign = 1 if match['sign'] == '-' else 0
    if match['inf']:
        return (sign, 0, 'F')
    if match['payload'] is not None:
        payload = match['payload'].lstrip('0') if match['payload'] else ''
        if len(payload) > context.prec - context.clamp:
            return None
        return (sign, int(payload or '0'), 'N' if match['signal'] else 'n')
    whole, fraction = match['int'], match['frac'] or ''
    if not whole and not fraction:
        return None
    digits = (whole + fraction).lstrip('0') or '0'
    if not digits.isascii():
        digits = ''.join(str(int(d)) for d in digits)
    exponent = int(match['exp'] or '0') - len(fraction)
    return (sign, _arith.coefficient_value(digits), exponent)


def _triple_from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exponent = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exponent, str):
        if exponent not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position "
                             "must be 'F', 'n' or 'N'")
    elif not isinstance(exponent, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coefficient = 0
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coefficient = coefficient * 10 + d
    if exponent == 'F':
        coefficient = 0
    return (sign, coefficient, exponent)


def _triple_from_float(f):
    if _math.isnan(f):
        return (1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if _math.isinf(f):
        return (sign, 0, 'F')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return (sign, n * 5 ** k, -k)


def _make(triple):
    """A Decimal (never a subclass) from a triple."""
    result = object.__new__(Decimal)
    result._sign, result._int, result._exp = triple
    return result


def _convert(value, context=None, floats=False):
    """`value` as a Decimal for an operation, or NotImplemented."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _make((1 if value < 0 else 0, abs(value), 0))
    if floats and isinstance(value, float):
        return _make(_triple_from_float(value))
    return NotImplemented


def _unsupported(symbol, left, right):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (symbol, _type_name(left), _type_name(right)))


def _type_name(value):
    if isinstance(value, Decimal):
        return 'decimal.Decimal'
    return type(value).__name__


# Built-in types whose own operators never accept a Decimal: mixing one
# with a Decimal is an error straight away, named as CPython names it.
_FOREIGN = (float, complex, str, bytes, bytearray, list, tuple, dict, set,
            frozenset, type(None))


def _operand(other, symbol, self, reflected=False):
    converted = _convert(other)
    if converted is NotImplemented and type(other) in _FOREIGN:
        if not reflected:
            raise _unsupported(symbol, self, other)
        # A reflected operation is reached only after the left operand's
        # own method gave up, except for str and bytes, whose % formats
        # any right operand: leave those to them.
        if type(other) in (float, complex):
            raise _unsupported(symbol, other, self)
    return converted


class Decimal(object):
    """Decimal(value="0", context=None): a decimal floating point number
    from an int, str, float, Decimal or (sign, digits, exponent) tuple."""

    __slots__ = ('_sign', '_int', '_exp')
    __module__ = 'decimal'

    def __new__(cls, value="0", context=None):
        ctx = _context(context)
        if isinstance(value, str):
            triple = _triple_from_string(value, ctx)
            if triple is None:
                ctx._signal({ConversionSyntax})
                triple = (0, 0, 'n')
        elif isinstance(value, Decimal):
            triple = (value._sign, value._int, value._exp)
        elif isinstance(value, int):
            triple = (1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, float):
            ctx._signal({FloatOperation})
            triple = _triple_from_float(value)
        elif isinstance(value, (tuple, list)):
            triple = _triple_from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        self = object.__new__(cls)
        self._sign, self._int, self._exp = triple
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            triple = (1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            triple = _triple_from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return _make(triple)
        return cls(_make(triple))

    # -- the parts ---------------------------------------------------------

    def _triple(self):
        return (self._sign, self._int, self._exp)

    def _is_special(self):
        return isinstance(self._exp, str)

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not isinstance(self._exp, str)

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self.is_finite() and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def adjusted(self):
        """The exponent of the most significant digit (0 for a special)."""
        if self._is_special():
            return 0
        return _arith.adjusted(self._int, self._exp)

    def is_normal(self, context=None):
        if not self.is_finite() or self._int == 0:
            return False
        return self.adjusted() >= _context(context).Emin

    def is_subnormal(self, context=None):
        if not self.is_finite() or self._int == 0:
            return False
        return self.adjusted() < _context(context).Emin

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._exp == 'F':
            digits = (0,)
        elif self.is_nan() and self._int == 0:
            digits = ()
        else:
            digits = tuple(map(int, _arith.coefficient_text(self._int)))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms, denominator > 0."""
        if self._exp == 'F':
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self.is_nan():
            raise ValueError("cannot convert NaN to integer ratio")
        n, e = self._int, self._exp
        if e >= 0:
            n, d = n * 10 ** e, 1
        else:
            d = 10 ** -e
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _make((0, 0, 0))

    def conjugate(self):
        return self

    def radix(self):
        return _make((0, 10, 0))

    # -- text --------------------------------------------------------------

    def _text(self, engineering, context=None):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if self.is_nan():
            payload = str(self._int) if self._int else ''
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + payload
        digits = _arith.coefficient_text(self._int)
        exponent = self._exp
        leftdigits = exponent + len(digits)
        if exponent <= 0 and leftdigits > -6:
            dot = leftdigits
        elif not engineering:
            dot = 1
        elif self._int == 0:
            dot = (leftdigits + 1) % 3 - 1
        else:
            dot = (leftdigits - 1) % 3 + 1
        if dot <= 0:
            whole, fraction = '0', '.' + '0' * -dot + digits
        elif dot >= len(digits):
            whole, fraction = digits + '0' * (dot - len(digits)), ''
        else:
            whole, fraction = digits[:dot], '.' + digits[dot:]
        if leftdigits == dot:
            tail = ''
        else:
            capitals = _context(context).capitals
            tail = ('E' if capitals else 'e') + '%+d' % (leftdigits - dot)
        return sign + whole + fraction + tail

    def __str__(self):
        return self._text(False)

    def __repr__(self):
        return "Decimal('%s')" % self._text(False)

    def to_eng_string(self, context=None):
        """The text with an exponent that is a multiple of three."""
        return self._text(True, context)

    def __format__(self, spec, _localeconv=None):
        import _decimal_format
        return _decimal_format.format_decimal(self, spec, _localeconv)

    # -- special values in operations --------------------------------------

    def _nan_result(self, other, status, context):
        """The NaN an operation with a NaN operand returns, or None: the
        first sNaN made quiet (signalling InvalidOperation), else the first
        NaN; its payload keeps only the digits the context has room for."""
        for quiet in (False, True):
            for operand in (self, other):
                if operand is not None and operand._exp == ('n' if quiet else 'N'):
                    if not quiet:
                        status.add(InvalidOperation)
                    payload = operand._int % 10 ** (context.prec - context.clamp)
                    if quiet and payload == operand._int:
                        return operand
                    return _make((operand._sign, payload, 'n'))
        return None

    def _finish(self, triple, context, status):
        context._signal(status)
        return _make(triple)

    # -- arithmetic --------------------------------------------------------

    def _add(self, other, context, negate=False):
        status = set()
        nan = self._nan_result(other, status, context)
        if nan is not None:
            return self._finish(nan._triple(), context, status)
        other_sign = other._sign ^ 1 if negate else other._sign
        if self._exp == 'F' or other._exp == 'F':
            if self._exp == 'F' and other._exp == 'F' \
                    and self._sign != other_sign:
                status.add(InvalidOperation)
                return self._finish(_arith.NAN, context, status)
            if self._exp == 'F':
                return self
            return _make((other_sign, 0, 'F'))
        result = _arith.add(self._triple(), (other_sign, other._int, other._exp),
                            context, status)
        return self._finish(result, context, status)

    def _multiply(self, other, context):
        status = set()
        nan = self._nan_result(other, status, context)
        if nan is not None:
            return self._finish(nan._triple(), context, status)
        sign = self._sign ^ other._sign
        if self._exp == 'F' or other._exp == 'F':
            if self.is_zero() or other.is_zero():
                status.add(InvalidOperation)
                return self._finish(_arith.NAN, context, status)
            return _make((sign, 0, 'F'))
        result = _arith.multiply(self._triple(), other._triple(), context, status)
        return self._finish(result, context, status)

    def _divide(self, other, context):
        status = set()
        nan = self._nan_result(other, status, context)
        if nan is not None:
            return self._finish(nan._triple(), context, status)
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                status.add(InvalidOperation)
                return self._finish(_arith.NAN, context, status)
            return _make((sign, 0, 'F'))
        if other._exp == 'F':
            status.add(Clamped)
            return self._finish((sign, 0, context.Etiny()), context, status)
        if other._int == 0:
            result = _arith.division_by_zero(self._sign, other._sign,
                                             self._int == 0, status)
            return self._finish(result, context, status)
        result = _arith.divide(self._triple(), other._triple(), context, status)
        return self._finish(result, context, status)

    def _divmod(self, other, context, which=None):
        """(a // b, a % b) as Decimals, signalling once for both (or
        only for the quotient's or the remainder's part: which=0 or 1)."""
        status = set()
        nan = self._nan_result(other, status, context)
        if nan is not None:
            context._signal(status)
            return nan, nan
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            status.add(InvalidOperation)
            if other._exp == 'F':
                context._signal(status)
                return _make(_arith.NAN), _make(_arith.NAN)
            context._signal(status)
            return _make((sign, 0, 'F')), _make(_arith.NAN)
        if other._exp == 'F':
            remainder = _arith.finish(*self._triple(), context,
                                      status if which != 0 else set())
            context._signal(status)
            return _make((sign, 0, 0)), _make(remainder)
        if other._int == 0:
            if self._int == 0:
                status.add(DivisionUndefined)
                context._signal(status)
                return _make(_arith.NAN), _make(_arith.NAN)
            status.update((DivisionByZero, InvalidOperation))
            context._signal(status)
            return _make((sign, 0, 'F')), _make(_arith.NAN)
        parts = _arith.divide_integer_parts(self._triple(), other._triple(),
                                            context, status)
        if parts is None:
            status.add(DivisionImpossible)
            context._signal(status)
            return _make(_arith.NAN), _make(_arith.NAN)
        quotient = _arith.finish(*parts[0], context,
                                 status if which != 1 else set())
        remainder = _arith.finish(*parts[1], context,
                                  status if which != 0 else set())
        context._signal(status)
        return _make(quotient), _make(remainder)

    def _divide_integer(self, other, context):
        status = set()
        nan = self._nan_result(other, status, context)
        if nan is not None:
            return self._finish(nan._triple(), context, status)
        if other.is_finite() and other._int == 0 and self.is_finite():
            result = _arith.division_by_zero(self._sign, other._sign,
                                             self._int == 0, status)
            return self._finish(result, context, status)
        if self._exp == 'F' and other._exp != 'F':
            return _make((self._sign ^ other._sign, 0, 'F'))
        return self._divmod(other, context, 0)[0]

    def _remainder(self, other, context):
        status = set()
        nan = self._nan_result(other, status, context)
        if nan is not None:
            return self._finish(nan._triple(), context, status)
        if self._exp == 'F' or (other.is_finite() and other._int == 0):
            result = _arith.integer_division_by_zero(
                self.is_zero(), status) if self.is_finite() else _arith.NAN
            if self._exp == 'F':
                status.add(InvalidOperation)
            return self._finish(result, context, status)
        return self._divmod(other, context, 1)[1]

    def __add__(self, other):
        other = _operand(other, '+', self)
        if other is NotImplemented:
            return other
        return self._add(other, getcontext())

    def __radd__(self, other):
        other = _operand(other, '+', self, True)
        if other is NotImplemented:
            return other
        return other._add(self, getcontext())

    def __sub__(self, other):
        other = _operand(other, '-', self)
        if other is NotImplemented:
            return other
        return self._add(other, getcontext(), negate=True)

    def __rsub__(self, other):
        other = _operand(other, '-', self, True)
        if other is NotImplemented:
            return other
        return other._add(self, getcontext(), negate=True)

    def __mul__(self, other):
        other = _operand(other, '*', self)
        if other is NotImplemented:
            return other
        return self._multiply(other, getcontext())

    def __rmul__(self, other):
        other = _operand(other, '*', self, True)
        if other is NotImplemented:
            return other
        return other._multiply(self, getcontext())

    def __truediv__(self, other):
        other = _operand(other, '/', self)
        if other is NotImplemented:
            return other
        return self._divide(other, getcontext())

    def __rtruediv__(self, other):
        other = _operand(other, '/', self, True)
        if other is NotImplemented:
            return other
        return other._divide(self, getcontext())

    def __floordiv__(self, other):
        other = _operand(other, '//', self)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, getcontext())

    def __rfloordiv__(self, other):
        other = _operand(other, '//', self, True)
        if other is NotImplemented:
            return other
        return other._divide_integer(self, getcontext())

    def __mod__(self, other):
        other = _operand(other, '%', self)
        if other is NotImplemented:
            return other
        return self._remainder(other, getcontext())

    def __rmod__(self, other):
        if isinstance(other, (str, bytes)):
            # printf-style formatting with a Decimal as its one argument.
            return other % (self,)
        other = _operand(other, '%', self, True)
        if other is NotImplemented:
            return other
        return other._remainder(self, getcontext())

    def __divmod__(self, other):
        other = _operand(other, 'divmod()', self)
        if other is NotImplemented:
            return other
        return self._divmod(other, getcontext())

    def __rdivmod__(self, other):
        other = _operand(other, 'divmod()', self, True)
        if other is NotImplemented:
            return other
        return other._divmod(self, getcontext())

    def __pow__(self, other, modulo=None):
        import _decimal_math
        other = _operand(other, '** or pow()', self)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is NotImplemented:
                return modulo
            return _decimal_math.power_modulo(self, other, modulo, getcontext())
        return _decimal_math.power(self, other, getcontext())

    def __rpow__(self, other, modulo=None):
        other = _operand(other, '** or pow()', self, True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo)

    def _plus(self, context, sign=None):
        """The value rounded to the context (with the sign given)."""
        status = set()
        nan = self._nan_result(None, status, context)
        if nan is not None:
            return self._finish(nan._triple(), context, status)
        s = self._sign if sign is None else sign
        if self._exp == 'F':
            return _make((s, 0, 'F'))
        result = _arith.finish(s, self._int, self._exp, context, status)
        return self._finish(result, context, status)

    def _zero_sign(self, sign, context):
        """0 + x and 0 - x give a zero its sign only when rounding to floor."""
        if self.is_zero() and context.rounding != ROUND_FLOOR:
            return 0
        return sign

    def __neg__(self):
        context = getcontext()
        return self._plus(context, self._zero_sign(self._sign ^ 1, context))

    def __pos__(self):
        context = getcontext()
        return self._plus(context, self._zero_sign(self._sign, context))

    def __abs__(self):
        return self._plus(getcontext(), 0)

    # -- comparison --------------------------------------------------------

    def _comparable(self, other, equality):
        """`other` as a Decimal for a comparison, or NotImplemented; a float
        sets FloatOperation (and raises when trapped, except for ==)."""
        if isinstance(other, float):
            context = getcontext()
            if equality:
                context.flags[FloatOperation] = True
            else:
                context._signal({FloatOperation})
            return _make(_triple_from_float(other))
        if isinstance(other, complex) and equality and other.imag == 0:
            getcontext().flags[FloatOperation] = True
            return _make(_triple_from_float(other.real))
        return _convert(other)

    def _order(self, other, symbol):
        """-1/0/1 for an ordering comparison, None when a NaN is involved,
        NotImplemented for an operand of another kind."""
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            return self._compare_rational(other)
        converted = self._comparable(other, False)
        if converted is NotImplemented:
            if type(other) in _FOREIGN:
                raise TypeError(
                    "'%s' not supported between instances of "
                    "'decimal.Decimal' and '%s'" % (symbol, type(other).__name__))
            return NotImplemented
        if self.is_nan() or converted.is_nan():
            getcontext()._signal({InvalidOperation})
            return None
        return _compare_values(self, converted)

    def _compare_rational(self, other):
        if self.is_nan():
            getcontext()._signal({InvalidOperation})
            return None
        if self._exp == 'F':
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        left, right = n * other.denominator, other.numerator * d
        return (left > right) - (left < right)

    def __eq__(self, other):
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            if self.is_snan():
                getcontext()._signal({InvalidOperation})
            if not self.is_finite():
                return False
            return self._compare_rational(other) == 0
        converted = self._comparable(other, True)
        if converted is NotImplemented:
            return converted
        if self.is_snan() or converted.is_snan():
            getcontext()._signal({InvalidOperation})
            return False
        if self.is_nan() or converted.is_nan():
            return False
        return _compare_values(self, converted) == 0

    def __lt__(self, other):
        order = self._order(other, '<')
        if order is NotImplemented:
            return order
        return order is not None and order < 0

    def __le__(self, other):
        order = self._order(other, '<=')
        if order is NotImplemented:
            return order
        return order is not None and order <= 0

    def __gt__(self, other):
        order = self._order(other, '>')
        if order is NotImplemented:
            return order
        return order is not None and order > 0

    def __ge__(self, other):
        order = self._order(other, '>=')
        if order is NotImplemented:
            return order
        return order is not None and order >= 0

    def __hash__(self):
        if self._exp == 'N':
            raise TypeError("Cannot hash a signaling NaN value")
        if self._exp == 'n':
            return object.__hash__(self)
        if self._exp == 'F':
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10_INVERSE, -self._exp, _HASH_MODULUS)
        value = self._int * scale % _HASH_MODULUS
        if self._sign:
            value = -value
        return -2 if value == -1 else value

    # -- conversion --------------------------------------------------------

    def __bool__(self):
        return self._is_special() or self._int != 0

    def _integral(self, rounding):
        """The value rounded to an integer with `rounding`, as an int."""
        if self.is_nan():
            raise ValueError("cannot convert NaN to integer")
        if self._exp == 'F':
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _arith.round_off(self._int, -self._exp, self._sign, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._integral(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make((0, 1, -n)))

    def __float__(self):
        if self._exp == 'N':
            raise ValueError("cannot convert signaling NaN to float")
        if self._exp == 'n':
            return -_math.nan if self._sign else _math.nan
        return float(self._text(False))

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _compare_values(a, b):
    """-1/0/1 comparing two non-NaN Decimals."""
    if a._exp == 'F' or b._exp == 'F':
        va = 0 if a._exp != 'F' else (-1 if a._sign else 1)
        vb = 0 if b._exp != 'F' else (-1 if b._sign else 1)
        if va == vb == 0:
            return 0
        if va != vb:
            if va == 0:
                return -vb
            if vb == 0:
                return va
            return 1 if va > vb else -1
        return 0
    return _arith.compare(a._triple(), b._triple())


_numbers.Number.register(Decimal)

import _decimal_methods  # noqa: E402  (attaches the remaining methods)
import _decimal_rounding  # noqa: E402

_decimal_rounding.install(Decimal, _make, _convert, _context)
_decimal_methods.install(Decimal, Context, _make, _convert, _context)
