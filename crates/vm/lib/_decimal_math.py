"""decimal's square root, exponential, logarithms and powers.

These are correctly rounded (with ROUND_HALF_EVEN, whatever the
context's rounding, as CPython's libmpdec does for sqrt, exp, ln and
log10). The transcendental ones are computed in fixed point: an int V
that stands for V * 10**-W, W working digits, with a bound on its error.
If the result rounded from V - error and from V + error agree, that is
the correctly rounded result; otherwise the work is repeated with more
digits (Ziv's strategy).
"""

import _decimal_arith as _arith
from _decimal_context import (
    Clamped, Inexact, InvalidOperation, ROUND_HALF_EVEN, Rounded)

_make = None
_ln10_cache = {}


def _decimal():
    global _make
    if _make is None:
        import decimal
        _make = decimal._make
    return _make


def _even_context(context):
    work = context.copy()
    work.rounding = ROUND_HALF_EVEN
    return work


def _signal(result, context, status):
    context._signal(status)
    return _decimal()(result)


def _nan(x, y, context):
    status = set()
    nan = x._nan_result(y, status, context)
    if nan is not None:
        context._signal(status)
    return nan


# -- square root --------------------------------------------------------


def square_root(x, context):
    """sqrt(x); the ideal exponent of an exact root is floor(exp / 2)."""
    nan = _nan(x, None, context)
    if nan is not None:
        return nan
    status = set()
    if x._int == 0 and x.is_finite():
        return _signal(_arith.finish(x._sign, 0, x._exp // 2, context, status),
                       context, status)
    if x._sign:
        status.add(InvalidOperation)
        return _signal(_arith.NAN, context, status)
    if x._exp == 'F':
        return x
    c, e = x._int, x._exp
    ideal = e // 2
    if e % 2:
        c, e = c * 10, e - 1
    shift = context.prec + 1 - (_arith.digit_count(c) + 1) // 2
    if shift >= 0:
        c *= 10 ** (2 * shift)
        dropped = False
    else:
        c, rest = divmod(c, 10 ** (-2 * shift))
        dropped = rest != 0
    root = _isqrt(c)
    exponent = e // 2 - shift
    if dropped or root * root != c:
        if root % 5 == 0:
            root += 1
    else:
        while exponent < ideal and root % 10 == 0:
            root //= 10
            exponent += 1
    result = _arith.finish(0, root, exponent, _even_context(context), status)
    return _signal(result, context, status)


def _isqrt(n):
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


# -- fixed-point kernels -------------------------------------------------


def _atanh_inverse(q, scale):
    """atanh(1/q) * scale, for an int q > 1 (error a few units)."""
    total, power, k = 0, scale // q, 1
    q2 = q * q
    while power:
        total += power // k
        power //= q2
        k += 2
    return total


def _ln10(digits):
    """ln(10) * 10**digits, accurate to within one unit."""
    cached = _ln10_cache.get(digits)
    if cached is None:
        scale = 10 ** (digits + 10)
        ln2 = 2 * _atanh_inverse(3, scale)
        ln_5_4 = 2 * _atanh_inverse(9, scale)
        cached = (3 * ln2 + ln_5_4) // 10 ** 10
        _ln10_cache[digits] = cached
    return cached


def _exp_fixed(r, digits):
    """exp(r / 10**digits) * 10**digits for |r| <= 2 * 10**digits."""
    guard = digits + 12
    scale = 10 ** guard
    x = r * 10 ** 12
    halvings = 10
    x //= 1 << halvings
    total, term, k = scale, scale, 1
    while term:
        term = term * x // (scale * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // scale
    return total // 10 ** 12


def _exp_parts(t, error, digits):
    """exp(t / 10**digits) as (V, E, bound): V * 10**E within bound units
    of V, given t within `error` units of the true argument."""
    ln10 = _ln10(digits)
    n = (2 * t + ln10) // (2 * ln10)
    r = t - n * ln10
    value = _exp_fixed(r, digits)
    bound = 4 * (error + abs(n) + 20) + 4 * error * value // 10 ** digits
    return value, n - digits, bound


def _ln_parts(c, e, digits):
    """ln(c * 10**e) * 10**digits, for c > 0, within a few units."""
    count = _arith.digit_count(c)
    a = e + count - 1
    extra = len(str(abs(a))) + 8
    work = digits + extra
    scale = 10 ** work
    shift = work - count + 1
    m = c * 10 ** shift if shift >= 0 else c // 10 ** -shift
    roots = 6
    for _ in range(roots):
        m = _isqrt(m * scale)
    z = (m - scale) * scale // (m + scale)
    total, power, k = 0, z, 1
    z2 = z * z // scale
    while power:
        total += power // k
        power = power * z2 // scale
        k += 2
    ln_m = total * 2 * (1 << roots)
    value = ln_m + a * _ln10(work)
    return value // 10 ** extra


def _round_checked(sign, value, exponent, bound, work, status):
    """The correctly rounded result when value +- bound round alike (in
    the context `work`), or None when more digits are needed."""
    if value - bound <= 0:
        return None
    low = _arith.finish(sign, (value - bound) * 10 + 1, exponent - 1, work, set())
    high = _arith.finish(sign, (value + bound) * 10 + 1, exponent - 1, work, set())
    if low != high:
        return None
    return _arith.finish(sign, value * 10 + 1, exponent - 1, work, status)


def _ziv(compute, context, work=None):
    """Repeat compute(digits) -> (sign, V, E, bound) with more digits until
    the rounding is certain; the result triple and its conditions. The
    rounding is ROUND_HALF_EVEN unless a context `work` is given."""
    work = work or _even_context(context)
    digits = context.prec + 15
    while True:
        sign, value, exponent, bound = compute(digits)
        status = set()
        result = _round_checked(sign, value, exponent, bound, work, status)
        if result is not None or digits > 20 * context.prec + 400:
            if result is None:
                result = _arith.finish(sign, value * 10 + 1, exponent - 1,
                                       work, status)
            return result, status
        digits = digits * 2


# -- exp, ln, log10 ------------------------------------------------------


def _fixed_argument(x, digits):
    """x * 10**digits truncated to an int, for a finite x."""
    n = x._int * 10 ** (x._exp + digits) if x._exp + digits >= 0 \
        else x._int // 10 ** -(x._exp + digits)
    return -n if x._sign else n


def exponential(x, context):
    """e ** x."""
    nan = _nan(x, None, context)
    if nan is not None:
        return nan
    if x._exp == 'F':
        return _decimal()((0, 0, 0) if x._sign else (0, 0, 'F'))
    if x._int == 0:
        return _decimal()((0, 1, 0))
    status = set()
    if x.adjusted() > 20:
        if x._sign:
            tiny = _arith.finish(0, 1, context.Etiny() - 1, _even_context(context), status)
            return _signal(tiny, context, status)
        status.update(_overflow_conditions())
        return _signal(_arith.overflow_result(0, context), context, status)

    def compute(digits):
        digits += 22
        value, exponent, bound = _exp_parts(_fixed_argument(x, digits), 1, digits)
        return 0, value, exponent, bound

    result, status = _ziv(compute, context)
    return _signal(result, context, status)


def _overflow_conditions():
    from _decimal_context import Overflow
    return (Overflow, Inexact, Rounded)


def natural_log(x, context):
    """ln(x)."""
    return _logarithm(x, context, False)


def log10(x, context):
    """log10(x); exact for a power of ten."""
    return _logarithm(x, context, True)


def _logarithm(x, context, base10):
    nan = _nan(x, None, context)
    if nan is not None:
        return nan
    status = set()
    if x.is_finite() and x._int == 0:
        return _decimal()((1, 0, 'F'))
    if x._sign:
        status.add(InvalidOperation)
        return _signal(_arith.NAN, context, status)
    if x._exp == 'F':
        return x
    c, e = x._int, x._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1 and (base10 or e == 0):
        result = _arith.finish(1 if e < 0 else 0, abs(e), 0, context, status)
        return _signal(result, context, status)

    def compute(digits):
        digits += len(str(abs(x.adjusted()))) + 5
        value = _ln_parts(x._int, x._exp, digits)
        if base10:
            value = value * 10 ** digits // _ln10(digits)
        return (1 if value < 0 else 0), abs(value), -digits, 8

    result, status = _ziv(compute, context)
    return _signal(result, context, status)


# -- powers --------------------------------------------------------------


def _integer_value(y):
    """y as an int when it is a finite integral value, else None."""
    if not y.is_finite():
        return None
    if y._exp >= 0:
        n = y._int * 10 ** y._exp if y._exp < 50 else None
        if n is None:
            return None if y._int else 0
    else:
        n, rest = divmod(y._int, 10 ** -y._exp)
        if rest:
            return None
    return -n if y._sign else n


def power(x, y, context):
    """x ** y."""
    nan = _nan(x, y, context)
    if nan is not None:
        return nan
    make = _decimal()
    status = set()
    n = _integer_value(y)
    if y.is_zero():
        if x.is_zero():
            status.add(InvalidOperation)
            return _signal(_arith.NAN, context, status)
        return make((0, 1, 0))
    odd = n is not None and n % 2 == 1
    sign = x._sign if odd else 0
    if x._sign and n is None and not x.is_zero():
        status.add(InvalidOperation)
        return _signal(_arith.NAN, context, status)
    if x.is_zero() or x._exp == 'F':
        large = (x._exp == 'F') == (y._sign == 0)
        if large:
            return make((sign, 0, 'F'))
        if x._exp == 'F':
            return make((sign, 0, 0))
        result = _arith.finish(sign, 0, 0, context, status)
        return _signal(result, context, status)
    if y._exp == 'F':
        unit = _arith.compare_magnitude(x._triple(), (0, 1, 0))
        if unit == 0:
            status.update((Inexact, Rounded))
            one = (0, 10 ** (context.prec - 1), 1 - context.prec)
            return _signal(one, context, status)
        if (unit > 0) == (y._sign == 0):
            return make((0, 0, 'F'))
        return make((0, 0, 0))
    if x._int == 1 and x._exp == 0 and n is None:
        status.update((Inexact, Rounded))
        one = (0, 10 ** (context.prec - 1), 1 - context.prec)
        return _signal(one, context, status)
    if _certainly_extreme(x, y, context):
        return _power_extreme(x, y, sign, context)
    if n is not None:
        result = _integer_power(x, n, sign, context, status)
        return _signal(result, context, status)

    def compute(digits):
        digits += 10 + len(str(abs(y.adjusted())))
        ln_x = _ln_parts(x._int, x._exp, digits)
        t = ln_x * y._int
        shift = y._exp
        if shift >= 0:
            t *= 10 ** shift
            error = 8 * y._int * 10 ** shift
        else:
            t //= 10 ** -shift
            error = 8 * y._int // 10 ** -shift + 1
        if y._sign:
            t = -t
        value, exponent, bound = _exp_parts(t, error, digits)
        return sign, value, exponent, bound

    if y.adjusted() + _arith.digit_count(abs(x.adjusted()) + 1) > 22:
        return _power_extreme(x, y, sign, context)
    result, status = _ziv(compute, context, context)
    return _signal(result, context, status)


def _certainly_extreme(x, y, context):
    """Whether |x ** y| is certainly beyond Emax or below Etiny, judged as
    libmpdec does from the adjusted exponent alone (|x| >= 10**adj for
    |x| >= 1, |x| < 10**(adj + 1) below 1)."""
    adj = x.adjusted()
    steps = -(adj + 1) if adj < 0 else adj
    if steps == 0:
        return False
    magnitude = abs(float(y)) * steps
    grows = (adj >= 0) == (y._sign == 0)
    if grows:
        return magnitude >= context.Emax + 1
    return magnitude >= -context.Etiny() + 2


def _integer_power(x, n, sign, context, status):
    """x ** n for an int n, as CPython's libmpdec computes it: binary
    powering from the most significant bit, each product rounded
    (half-even) to prec + digits(n) + 2 digits, then one final rounding
    to the context."""
    work = _even_context(context)
    work.prec = context.prec + len(str(abs(n))) + 2
    work.clamp = 0
    base = (0, x._int, x._exp)
    if n < 0:
        work.prec += 1
        base = _arith.divide((0, 1, 0), base, work, status)
        n = -n
    result = base
    for bit in bin(n)[3:]:
        result = _arith.multiply(result, result, work, status)
        if result[2] == 'F' or (result[1] == 0 and Clamped in status):
            break
        if bit == '1':
            result = _arith.multiply(result, base, work, status)
            if result[2] == 'F' or (result[1] == 0 and Clamped in status):
                break
    if result[2] == 'F':
        result = (0, 1, 4 * context.Emax + 4 * context.prec)
    return _arith.finish(sign, result[1], result[2], context, status)


def _power_extreme(x, y, sign, context):
    """x ** y when the result is certainly far outside the exponent range."""
    status = set()
    greater = _arith.compare_magnitude(x._triple(), (0, 1, 0)) > 0
    if greater == (y._sign == 0):
        status.update(_overflow_conditions())
        return _signal(_arith.overflow_result(sign, context), context, status)
    tiny = _arith.finish(sign, 1, context.Etiny() - 1, context, status)
    return _signal(tiny, context, status)


def power_modulo(x, y, modulo, context):
    """pow(x, y, modulo) for integral operands."""
    nan = _nan(x, y, context) or _nan(modulo, None, context)
    if nan is not None:
        return nan
    a, b, m = _integer_value(x), _integer_value(y), _integer_value(modulo)
    status = set()
    if a is None or b is None or m is None or b < 0 or m == 0 \
            or (a == 0 and b == 0) \
            or _arith.digit_count(abs(m)) > context.prec:
        status.add(InvalidOperation)
        return _signal(_arith.NAN, context, status)
    r = pow(abs(a), b, abs(m))
    sign = 1 if a < 0 and b % 2 == 1 else 0
    return _decimal()((sign, r, 0))
