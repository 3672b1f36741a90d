"""The rarer Decimal methods and every Context operation.

install() attaches them: the Decimal methods of the General Decimal
Arithmetic specification that operators do not reach (compare_total,
max/min, next_plus, scaleb, shift, rotate, the logical operations, fma,
remainder_near, ...), and the Context methods, each of which converts
its operands (ints and Decimals) and calls the Decimal method with the
context itself.
"""

import _decimal_arith as _arith
from _decimal_context import (
    DivisionByZero, DivisionImpossible, Inexact, InvalidOperation,
    ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Rounded, Subnormal,
    Underflow, Clamped, Overflow, MAX_PREC)

_make = None
_convert_operand = None
_context = None


def _strict(value):
    """An operand of a method or Context operation as a Decimal."""
    converted = _convert_operand(value)
    if converted is NotImplemented:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)
    return converted


def _decimal_int(n):
    return _make((1 if n < 0 else 0, abs(n), 0))


def _invalid(context):
    context._signal({InvalidOperation})
    return _make(_arith.NAN)


def _nan_operands(a, b, context):
    status = set()
    nan = a._nan_result(b, status, context)
    if nan is not None:
        context._signal(status)
    return nan


def compare(self, other, context=None):
    """Decimal(-1), Decimal(0) or Decimal(1); NaN for a NaN operand."""
    context, other = _context(context), _strict(other)
    nan = _nan_operands(self, other, context)
    if nan is not None:
        return nan
    return _decimal_int(_compare(self, other))


def compare_signal(self, other, context=None):
    """compare(), but any NaN operand signals InvalidOperation."""
    context, other = _context(context), _strict(other)
    if self.is_nan() or other.is_nan():
        status = {InvalidOperation}
        nan = self._nan_result(other, set(), context)
        context._signal(status)
        return nan
    return _decimal_int(_compare(self, other))


def _compare(a, b):
    from decimal import _compare_values
    return _compare_values(a, b)


def _total_key(d):
    """A key that orders Decimals as compare_total does (for one sign)."""
    if d._exp == 'n':
        return (3, d._int, 0)
    if d._exp == 'N':
        return (2, d._int, 0)
    if d._exp == 'F':
        return (1, 0, 0)
    return (0, None, None)


def _compare_total(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ka, kb = _total_key(a), _total_key(b)
    if ka[0] or kb[0]:
        result = (ka > kb) - (ka < kb)
    else:
        result = _arith.compare_magnitude(a._triple(), b._triple())
        if result == 0:
            result = (a._exp > b._exp) - (a._exp < b._exp)
    return -result if a._sign else result


def compare_total(self, other, context=None):
    """Compare by the total order of the specification (-NaN < -sNaN <
    -Infinity < ... < -0 < 0 < ... < Infinity < sNaN < NaN)."""
    return _decimal_int(_compare_total(self, _strict(other)))


def compare_total_mag(self, other, context=None):
    other = _strict(other)
    return _decimal_int(_compare_total(self.copy_abs(), other.copy_abs()))


def copy_abs(self):
    return _make((0, self._int, self._exp))


def copy_negate(self):
    return _make((self._sign ^ 1, self._int, self._exp))


def copy_sign(self, other, context=None):
    return _make((_strict(other)._sign, self._int, self._exp))


def _choose(self, other, context, pick_larger, magnitude):
    other = _strict(other)
    context = _context(context)
    if self.is_nan() or other.is_nan():
        if self.is_snan() or other.is_snan() or (self.is_nan() and other.is_nan()):
            return _nan_operands(self, other, context)
        number = other if self.is_nan() else self
        return number._plus(context)
    if magnitude:
        order = _compare(self.copy_abs(), other.copy_abs())
    else:
        order = 0
    if order == 0:
        order = _compare(self, other)
    if order == 0:
        order = _compare_total(self, other)
    chosen = self if (order >= 0) == pick_larger else other
    return chosen._plus(context)


def max(self, other, context=None):
    return _choose(self, other, context, True, False)


def min(self, other, context=None):
    return _choose(self, other, context, False, False)


def max_mag(self, other, context=None):
    return _choose(self, other, context, True, True)


def min_mag(self, other, context=None):
    return _choose(self, other, context, False, True)


def number_class(self, context=None):
    """One of '-Infinity', '-Normal', '-Subnormal', '-Zero', '+Zero',
    '+Subnormal', '+Normal', '+Infinity', 'NaN', 'sNaN'."""
    if self._exp == 'N':
        return 'sNaN'
    if self._exp == 'n':
        return 'NaN'
    sign = '-' if self._sign else '+'
    if self._exp == 'F':
        return sign + 'Infinity'
    if self._int == 0:
        return sign + 'Zero'
    if self.is_subnormal(context):
        return sign + 'Subnormal'
    return sign + 'Normal'


def _step(self, context, upward):
    context = _context(context)
    nan = _nan_operands(self, None, context)
    if nan is not None:
        return nan
    if self._exp == 'F':
        if self._sign == (0 if upward else 1):
            return self
        largest = (self._sign, 10 ** context.prec - 1, context.Etop())
        return _make(largest)
    work = context.copy()
    work.rounding = ROUND_CEILING if upward else ROUND_FLOOR
    tiny = (0 if upward else 1, 1, context.Etiny() - 1)
    result = _arith.add(self._triple(), tiny, work, set())
    return _make(result)


def next_plus(self, context=None):
    """The smallest representable number larger than the value."""
    return _step(self, context, True)


def next_minus(self, context=None):
    """The largest representable number smaller than the value."""
    return _step(self, context, False)


def next_toward(self, other, context=None):
    """The representable number next to the value in the direction of
    `other` (the value with other's sign when they are equal)."""
    context, other = _context(context), _strict(other)
    nan = _nan_operands(self, other, context)
    if nan is not None:
        return nan
    order = _compare(self, other)
    if order == 0:
        return copy_sign(self, other)
    result = _step(self, context, order < 0)
    status = set()
    if result._exp == 'F':
        status.update((Overflow, Inexact, Rounded))
    elif result.is_zero() or result.adjusted() < context.Emin:
        status.update((Underflow, Subnormal, Inexact, Rounded))
        if result.is_zero():
            status.add(Clamped)
    context._signal(status)
    return result


def logb(self, context=None):
    """The adjusted exponent as a Decimal."""
    context = _context(context)
    nan = _nan_operands(self, None, context)
    if nan is not None:
        return nan
    if self._exp == 'F':
        return _make((0, 0, 'F'))
    if self._int == 0:
        context._signal({DivisionByZero})
        return _make((1, 0, 'F'))
    status = set()
    result = _arith.finish(*_decimal_int(self.adjusted())._triple(), context, status)
    context._signal(status)
    return _make(result)


def _integer_argument(other, context, limit):
    """An operand that must be an integer with exponent 0 within
    [-limit, limit], as an int; None when it is not."""
    if not other.is_finite() or other._exp != 0:
        return None
    n = -other._int if other._sign else other._int
    if limit is not None and not -limit <= n <= limit:
        return None
    return n


def scaleb(self, other, context=None):
    """The value with `other` added to its exponent."""
    context, other = _context(context), _strict(other)
    nan = _nan_operands(self, other, context)
    if nan is not None:
        return nan
    n = _integer_argument(other, context, 2 * (context.Emax + context.prec))
    if n is None:
        return _invalid(context)
    if self._exp == 'F':
        return self
    status = set()
    result = _arith.finish(self._sign, self._int, self._exp + n, context, status)
    context._signal(status)
    return _make(result)


def _digits_of(self, context, other):
    context, other = _context(context), _strict(other)
    nan = _nan_operands(self, other, context)
    if nan is not None:
        return context, nan, None
    n = _integer_argument(other, context, context.prec)
    if n is None:
        return context, _invalid(context), None
    return context, None, n


def shift(self, other, context=None):
    """The coefficient shifted left by `other` digits (right if negative),
    kept to `prec` digits."""
    context, done, n = _digits_of(self, context, other)
    if done is not None:
        return done
    if self._exp == 'F':
        return self
    c = self._int * 10 ** n if n >= 0 else self._int // 10 ** -n
    return _make((self._sign, c % 10 ** context.prec, self._exp))


def rotate(self, other, context=None):
    """The coefficient's `prec` digits rotated left by `other` places."""
    context, done, n = _digits_of(self, context, other)
    if done is not None:
        return done
    if self._exp == 'F':
        return self
    prec = context.prec
    text = _arith.coefficient_text(self._int % 10 ** prec).rjust(prec, '0')
    n %= prec
    rotated = text[n:] + text[:n]
    return _make((self._sign, int(rotated), self._exp))


def _logical_digits(d, context):
    if not d.is_finite() or d._sign or d._exp != 0:
        return None
    text = _arith.coefficient_text(d._int)
    if set(text) - {'0', '1'} or len(text) > context.prec:
        return None
    return text.rjust(context.prec, '0')


def _logical(self, other, context, operation):
    context = _context(context)
    a = _logical_digits(self, context)
    b = _logical_digits(_strict(other), context) if other is not None else '0' * context.prec
    if a is None or b is None:
        return _invalid(context)
    digits = ''.join(operation(x == '1', y == '1') and '1' or '0'
                     for x, y in zip(a, b))
    return _make((0, int(digits), 0))


def logical_and(self, other, context=None):
    return _logical(self, other, context, lambda x, y: x and y)


def logical_or(self, other, context=None):
    return _logical(self, other, context, lambda x, y: x or y)


def logical_xor(self, other, context=None):
    return _logical(self, other, context, lambda x, y: x != y)


def logical_invert(self, context=None):
    return _logical(self, None, context, lambda x, y: not x)


def same_quantum(self, other, context=None):
    """Whether both have the same exponent (or are both NaN/infinite)."""
    other = _strict(other)
    if self.is_nan() or other.is_nan():
        return self.is_nan() and other.is_nan()
    if self._exp == 'F' or other._exp == 'F':
        return self._exp == other._exp
    return self._exp == other._exp


def fma(self, other, third, context=None):
    """self * other + third with a single rounding."""
    context = _context(context)
    other, third = _strict(other), _strict(third)
    if self.is_finite() and other.is_finite():
        if third.is_snan():
            return _nan_operands(third, None, context)
        product = _make((self._sign ^ other._sign, self._int * other._int,
                         self._exp + other._exp))
    else:
        exact = context.copy()
        exact.prec = MAX_PREC
        exact.traps[InvalidOperation] = False
        exact.clear_flags()
        product = self._multiply(other, exact)
        if exact.flags[InvalidOperation] and not self.is_nan() \
                and not other.is_nan():
            return _invalid(context)
        if product.is_nan() and (self.is_snan() or other.is_snan()):
            context._signal({InvalidOperation})
            return product
    return product._add(third, context)


def remainder_near(self, other, context=None):
    """self - other * n, n the integer nearest self / other (ties to even)."""
    context, other = _context(context), _strict(other)
    nan = _nan_operands(self, other, context)
    if nan is not None:
        return nan
    if self._exp == 'F' or (other.is_finite() and other._int == 0):
        return _invalid(context)
    if other._exp == 'F':
        return self._plus(context)
    status = set()
    parts = _arith.divide_integer_parts(self._triple(), other._triple(),
                                        context, status)
    if parts is None:
        context._signal({DivisionImpossible})
        return _make(_arith.NAN)
    (_, q, _), (sign, r, e) = parts
    divisor = other._int * 10 ** (other._exp - e)
    if 2 * r > divisor or (2 * r == divisor and q % 2 == 1):
        r = divisor - r
        sign ^= 1
        q += 1
        if _arith.digit_count(q) > context.prec:
            context._signal({DivisionImpossible})
            return _make(_arith.NAN)
    if r == 0:
        sign = self._sign
    result = _arith.finish(sign, r, e, context, status)
    context._signal(status)
    return _make(result)


_DECIMAL_METHODS = (
    compare, compare_signal, compare_total, compare_total_mag, copy_abs,
    copy_negate, copy_sign, max, min, max_mag, min_mag, number_class,
    next_plus, next_minus, next_toward, logb, scaleb, shift, rotate,
    logical_and, logical_or, logical_xor, logical_invert, same_quantum, fma,
    remainder_near)


def _context_operations(decimal_class):
    """The Context methods, each a function of (context, operands...)."""

    def operand(x):
        if isinstance(x, decimal_class):
            return x
        return _strict(x)

    def with_context(name):
        def operation(self, a, *rest):
            rest = [operand(x) for x in rest]
            return getattr(operand(a), name)(*rest, context=self)
        return operation

    def without_context(name):
        def operation(self, a, *rest):
            rest = [operand(x) for x in rest]
            return getattr(operand(a), name)(*rest)
        return operation

    ops = {}
    for name in ('compare', 'compare_signal', 'compare_total',
                 'compare_total_mag', 'copy_sign', 'exp', 'fma', 'is_normal',
                 'is_subnormal', 'ln', 'log10', 'logb', 'logical_and',
                 'logical_invert', 'logical_or', 'logical_xor', 'max',
                 'max_mag', 'min', 'min_mag', 'next_minus', 'next_plus',
                 'next_toward', 'normalize', 'number_class', 'quantize',
                 'remainder_near', 'rotate', 'same_quantum', 'scaleb',
                 'shift', 'sqrt', 'to_eng_string', 'to_integral',
                 'to_integral_exact', 'to_integral_value'):
        ops[name] = with_context(name)
    for name in ('copy_abs', 'copy_negate', 'is_canonical', 'is_finite',
                 'is_infinite', 'is_nan', 'is_qnan', 'is_signed', 'is_snan',
                 'is_zero', 'canonical'):
        ops[name] = without_context(name)

    def binary(method):
        def operation(self, a, b):
            return getattr(operand(a), method)(operand(b), self)
        return operation

    ops['add'] = binary('_add')
    ops['multiply'] = binary('_multiply')
    ops['divide'] = binary('_divide')
    ops['divide_int'] = binary('_divide_integer')
    ops['remainder'] = binary('_remainder')
    ops['divmod'] = binary('_divmod')

    def subtract(self, a, b):
        return operand(a)._add(operand(b), self, negate=True)

    def abs_(self, a):
        return operand(a)._plus(self, 0)

    def plus(self, a):
        a = operand(a)
        return a._plus(self, a._zero_sign(a._sign, self))

    def minus(self, a):
        a = operand(a)
        return a._plus(self, a._zero_sign(a._sign ^ 1, self))

    def power(self, a, b, modulo=None):
        import _decimal_math
        a, b = operand(a), operand(b)
        if modulo is not None:
            return _decimal_math.power_modulo(a, b, operand(modulo), self)
        return _decimal_math.power(a, b, self)

    def copy_decimal(self, a):
        return decimal_class(operand(a))

    def to_sci_string(self, a):
        return str(operand(a))

    def create_decimal(self, num="0"):
        """`num` as a Decimal rounded to this context."""
        value = decimal_class(num, self)
        if value.is_nan() and len(str(value._int)) > self.prec - self.clamp \
                and value._int:
            self._signal({_conversion_syntax()})
            return _make(_arith.NAN)
        return value._plus(self)

    def create_decimal_from_float(self, f):
        return decimal_class.from_float(f)._plus(self)

    for f in (subtract, plus, minus, power, copy_decimal, to_sci_string,
              create_decimal, create_decimal_from_float):
        ops[f.__name__] = f
    ops['abs'] = abs_
    return ops


def _conversion_syntax():
    from _decimal_context import ConversionSyntax
    return ConversionSyntax


def install(decimal_class, context_class, make, convert, context_of):
    """Attach the methods to Decimal and the operations to Context."""
    global _make, _convert_operand, _context
    _make, _convert_operand, _context = make, convert, context_of
    for function in _DECIMAL_METHODS:
        function.__qualname__ = 'Decimal.' + function.__name__
        setattr(decimal_class, function.__name__, function)
    for name, function in _context_operations(decimal_class).items():
        function.__name__ = name
        function.__qualname__ = 'Context.' + name
        setattr(context_class, name, function)
