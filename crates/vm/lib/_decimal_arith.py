"""decimal arithmetic on finite (sign, coefficient, exponent) triples.

A finite decimal number is (-1)**sign * coefficient * 10**exponent with
`coefficient` a Python int >= 0. Every function here takes finite triples
(special values are dealt with by the Decimal class before it calls in),
a Context, and a set `status` to which it adds the conditions that
happen; it returns a triple. An infinite result is (sign, 0, 'F') and a
quiet NaN (0, 0, 'n').

The exact result of an operation is computed first (with ints) and then
`finish` rounds it to the context: at most `prec` digits, the exponent
kept within [Etiny, Emax], subnormal and overflow results as the General
Decimal Arithmetic specification describes.
"""

from _decimal_context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,
    Clamped, DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
    InvalidOperation, Overflow, Rounded, Subnormal, Underflow)

NAN = (0, 0, 'n')

# Below this many bits an int converts to and from str directly (the
# int/str conversion limit is 4300 digits).
_DIRECT_BITS = 13000


def digit_count(c):
    """How many decimal digits the int c >= 0 has (1 for 0)."""
    if c.bit_length() < _DIRECT_BITS:
        return len(str(c))
    guess = c.bit_length() * 30103 // 100000
    while 10 ** guess > c:
        guess -= 1
    while 10 ** (guess + 1) <= c:
        guess += 1
    return guess + 1


def coefficient_text(c):
    """The decimal digits of the int c >= 0, however many there are."""
    if c.bit_length() < _DIRECT_BITS:
        return str(c)
    half = digit_count(c) // 2
    high, low = divmod(c, 10 ** half)
    return coefficient_text(high) + coefficient_text(low).rjust(half, '0')


def coefficient_value(text):
    """The int a string of ASCII digits spells, however long it is."""
    if len(text) < 4000:
        return int(text)
    half = len(text) // 2
    return (coefficient_value(text[:-half]) * 10 ** half
            + coefficient_value(text[-half:]))


def adjusted(c, e):
    """The exponent of the most significant digit of c * 10**e."""
    return e + digit_count(c) - 1


def round_off(coefficient, count, sign, rounding):
    """Drop the last `count` digits of `coefficient` with `rounding`;
    (the kept digits, whether anything non-zero was dropped)."""
    if count <= 0:
        return coefficient, False
    if count > digit_count(coefficient) + 1:
        kept, rest, half = 0, coefficient, None
    else:
        unit = 10 ** count
        kept, rest = divmod(coefficient, unit)
        half = unit // 2
    if rest == 0:
        return kept, False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = kept % 5 == 0
    elif half is None:
        up = False
    elif rounding == ROUND_HALF_UP:
        up = rest >= half
    elif rounding == ROUND_HALF_DOWN:
        up = rest > half
    else:
        up = rest > half or (rest == half and kept % 2 == 1)
    return (kept + 1 if up else kept), True


def overflow_result(sign, context):
    """What an overflowing result becomes: infinity, or the largest finite
    number when the rounding mode rounds toward zero for this sign."""
    r = context.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and sign == 0)
            or (r == ROUND_FLOOR and sign == 1)):
        return (sign, 0, 'F')
    return (sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)


def finish(sign, coefficient, exponent, context, status):
    """Round the exact result to the context, flagging what happened."""
    prec = context.prec
    etiny = context.Emin - prec + 1
    etop = context.Emax - prec + 1
    if coefficient == 0:
        top = etop if context.clamp else context.Emax
        if exponent < etiny:
            exponent = etiny
            status.add(Clamped)
        elif exponent > top:
            exponent = top
            status.add(Clamped)
        return (sign, 0, exponent)
    count = digit_count(coefficient)
    if exponent + count - 1 < context.Emin:
        if exponent < etiny:
            coefficient, inexact = round_off(
                coefficient, etiny - exponent, sign, context.rounding)
            exponent = etiny
            status.add(Rounded)
            if inexact:
                status.add(Inexact)
                status.add(Underflow)
            if coefficient == 0:
                status.add(Clamped)
        status.add(Subnormal)
        return (sign, coefficient, exponent)
    if count > prec:
        coefficient, inexact = round_off(
            coefficient, count - prec, sign, context.rounding)
        exponent += count - prec
        status.add(Rounded)
        if inexact:
            status.add(Inexact)
        if coefficient == 10 ** prec:
            coefficient //= 10
            exponent += 1
        count = prec
    if exponent + digit_count(coefficient) - 1 > context.Emax:
        status.update((Overflow, Inexact, Rounded))
        return overflow_result(sign, context)
    if context.clamp and exponent > etop:
        coefficient *= 10 ** (exponent - etop)
        exponent = etop
        status.add(Clamped)
    return (sign, coefficient, exponent)


def add(a, b, context, status):
    """a + b."""
    (sa, ca, ea), (sb, cb, eb) = a, b
    if ca == 0 and cb == 0:
        if context.rounding == ROUND_FLOOR:
            sign = sa | sb
        else:
            sign = sa & sb
        return finish(sign, 0, min(ea, eb), context, status)
    if ca == 0 or cb == 0:
        (s, c, e), zero_exponent = ((sb, cb, eb), ea) if ca == 0 else ((sa, ca, ea), eb)
        # Padding beyond prec + 1 digits would only be rounded off again.
        target = max(min(zero_exponent, e),
                     e - max(0, context.prec - digit_count(c) + 1))
        return finish(s, c * 10 ** (e - target), target, context, status)
    if adjusted(ca, ea) < adjusted(cb, eb):
        (sa, ca, ea), (sb, cb, eb) = (sb, cb, eb), (sa, ca, ea)
    # An operand wholly below the rounding point only decides which side
    # of it the result lies: a single digit further down does the same.
    limit = min(ea, adjusted(ca, ea) - context.prec - 1)
    if adjusted(cb, eb) < limit:
        cb, eb = 1, limit - 1
    e = min(ea, eb)
    va = ca * 10 ** (ea - e)
    vb = cb * 10 ** (eb - e)
    total = (-va if sa else va) + (-vb if sb else vb)
    if total == 0:
        sign = 1 if context.rounding == ROUND_FLOOR else 0
        return finish(sign, 0, e, context, status)
    return finish(1 if total < 0 else 0, abs(total), e, context, status)


def multiply(a, b, context, status):
    """a * b."""
    return finish(a[0] ^ b[0], a[1] * b[1], a[2] + b[2], context, status)


def divide(a, b, context, status):
    """a / b, with b non-zero; an exact quotient keeps as few trailing
    zeros as the ideal exponent (a's minus b's) allows."""
    (sa, ca, ea), (sb, cb, eb) = a, b
    sign = sa ^ sb
    ideal = ea - eb
    if ca == 0:
        return finish(sign, 0, ideal, context, status)
    shift = digit_count(cb) - digit_count(ca) + context.prec + 1
    if shift >= 0:
        q, r = divmod(ca * 10 ** shift, cb)
    else:
        q, r = divmod(ca, cb * 10 ** -shift)
    exponent = ideal - shift
    if r:
        # Inexact: a last digit of 0 or 5 would look like an exact tie.
        if q % 5 == 0:
            q += 1
    else:
        while exponent < ideal and q % 10 == 0:
            q //= 10
            exponent += 1
    return finish(sign, q, exponent, context, status)


def divide_integer_parts(a, b, context, status):
    """(quotient, remainder) of a truncating division of a by non-zero b,
    or None when the quotient has more than `prec` digits."""
    (sa, ca, ea), (sb, cb, eb) = a, b
    e = min(ea, eb)
    if ca == 0 or adjusted(ca, ea) < adjusted(cb, eb):
        q, r = 0, ca * 10 ** (ea - e)
    else:
        if adjusted(ca, ea) - adjusted(cb, eb) > context.prec:
            return None
        q, r = divmod(ca * 10 ** (ea - e), cb * 10 ** (eb - e))
    if digit_count(q) > context.prec:
        return None
    return (sa ^ sb, q, 0), (sa, r, e)


def compare_magnitude(a, b):
    """-1, 0 or 1 as |a| is less than, equal to or greater than |b|."""
    (_, ca, ea), (_, cb, eb) = a, b
    if ca == 0 or cb == 0:
        return (ca != 0) - (cb != 0)
    da, db = adjusted(ca, ea), adjusted(cb, eb)
    if da != db:
        return 1 if da > db else -1
    e = min(ea, eb)
    va, vb = ca * 10 ** (ea - e), cb * 10 ** (eb - e)
    return (va > vb) - (va < vb)


def compare(a, b):
    """-1, 0 or 1 as the value a is less than, equal to or greater than b."""
    if a[1] == 0 and b[1] == 0:
        return 0
    sign_a = 0 if a[1] == 0 else (-1 if a[0] else 1)
    sign_b = 0 if b[1] == 0 else (-1 if b[0] else 1)
    if sign_a != sign_b:
        return 1 if sign_a > sign_b else -1
    m = compare_magnitude(a, b)
    return -m if sign_a < 0 else m


def rescale(a, exponent, rounding, context, status):
    """a with the given exponent (rounding off digits if it is larger),
    or None when the coefficient would need more than `prec` digits."""
    s, c, e = a
    if c == 0:
        return (s, 0, exponent)
    if exponent <= e:
        if adjusted(c, e) - exponent + 1 > context.prec:
            return None
        return (s, c * 10 ** (e - exponent), exponent)
    c, inexact = round_off(c, exponent - e, s, rounding)
    status.add(Rounded)
    if inexact:
        status.add(Inexact)
    if digit_count(c) > context.prec:
        return None
    return (s, c, exponent)


def division_by_zero(a_sign, b_sign, a_zero, status):
    """x / 0: undefined for 0 / 0, otherwise a signed infinity."""
    if a_zero:
        status.add(DivisionUndefined)
        return NAN
    status.add(DivisionByZero)
    return (a_sign ^ b_sign, 0, 'F')


def integer_division_by_zero(a_zero, status):
    """x % 0 and x // 0's shared NaN results."""
    status.add(DivisionUndefined if a_zero else InvalidOperation)
    return NAN


def impossible_division(status):
    status.add(DivisionImpossible)
    return NAN
