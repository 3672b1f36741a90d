"""format(Decimal, spec): the format-specification mini-language.

[[fill]align][sign][z][0][width][,][.precision][type] with the types
e E f F g G n % (and none, which is 'g' or 'G' after the context's
`capitals` and leaves an unrounded value as str() shows it). As in
CPython's decimal module, '#' and '_' are not accepted. Rounding uses the
current context's rounding mode; no other context setting applies.
"""

import re as _re

import _decimal_arith as _arith

_SPEC = _re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ])?
    (?P<z>z)?
    (?P<zeropad>0)?
    (?P<width>\d+)?
    (?P<comma>,)?
    (?:\.(?P<precision>\d+))?
    (?P<type>[eEfFgGn%])?
    \Z""", _re.VERBOSE | _re.DOTALL)


def _parse(spec):
    match = _SPEC.match(spec)
    if match is None:
        raise ValueError("invalid format string")
    parts = match.groupdict()
    if parts['comma'] and parts['type'] == 'n':
        raise ValueError("invalid format string")
    return parts


def _rounded(d, precision, kind, rounding):
    """The Decimal's (sign, digits text, exponent) after the rounding the
    presentation type asks for."""
    sign, c, e = d._sign, d._int, d._exp
    if precision is not None:
        if kind in 'eE' and c:
            keep = precision + 1
            count = _arith.digit_count(c)
            if count > keep:
                c, _ = _arith.round_off(c, count - keep, sign, rounding)
                e += count - keep
                if _arith.digit_count(c) > keep:
                    c //= 10
                    e += 1
            else:
                c *= 10 ** (keep - count)
                e -= keep - count
        elif kind in 'fF%':
            if e < -precision:
                c, _ = _arith.round_off(c, -precision - e, sign, rounding)
            else:
                c *= 10 ** (e + precision)
            e = -precision
        elif kind in 'gG' and c:
            keep = precision or 1
            count = _arith.digit_count(c)
            if count > keep:
                c, _ = _arith.round_off(c, count - keep, sign, rounding)
                e += count - keep
                if _arith.digit_count(c) > keep:
                    c //= 10
                    e += 1
    if c == 0 and kind in 'fF%' and e > 0:
        e = 0
    return sign, _arith.coefficient_text(c), e


def _group(digits, separator, min_width):
    """digits with a separator every three from the right, extended with
    leading zeros (in groups) until it is at least min_width long."""
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, '0') if digits else '0' * size)
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            return separator.join(reversed(groups))
        min_width -= len(separator)


def _pad(sign_text, body, parts, default_align):
    fill = parts['fill'] or ' '
    align = parts['align'] or default_align
    width = int(parts['width'] or 0)
    length = len(sign_text) + len(body)
    if length >= width:
        return sign_text + body
    padding = width - length
    if align == '<':
        return sign_text + body + fill * padding
    if align == '>':
        return fill * padding + sign_text + body
    if align == '=':
        return sign_text + fill * padding + body
    left = padding // 2
    return fill * left + sign_text + body + fill * (padding - left)


def format_decimal(d, spec, localeconv=None):
    from _decimal_context import getcontext
    parts = _parse(spec)
    context = getcontext()
    kind = parts['type']
    precision = parts['precision']
    precision = int(precision) if precision is not None else None
    zeropad = parts['zeropad'] and not parts['align']
    sign_flag = parts['sign'] or '-'
    if d._is_special():
        body = d._text(False).lstrip('-')
        if kind == '%':
            body += '%'
        sign_text = '-' if d._sign else ('' if sign_flag == '-' else sign_flag)
        if zeropad:
            parts = dict(parts, fill=' ', align='>')
        return _pad(sign_text, body, parts, '>')
    if kind is None:
        kind = 'G' if context.capitals else 'g'
    if kind == 'n':
        kind = 'g'
    if kind == '%':
        from decimal import _make
        d = _make((d._sign, d._int, d._exp + 2))
    sign, digits, exponent = _rounded(d, precision, kind, context.rounding)
    leftdigits = exponent + len(digits)
    if kind in 'eE':
        dot = 1 - precision if digits == '0' and precision is not None else 1
    elif kind in 'fF%':
        dot = leftdigits
    elif exponent <= 0 and leftdigits > -6:
        dot = leftdigits
    else:
        dot = 1
    if dot <= 0:
        whole, fraction = '0', '0' * -dot + digits
    elif dot >= len(digits):
        whole, fraction = digits + '0' * (dot - len(digits)), ''
    else:
        whole, fraction = digits[:dot], digits[dot:]
    shown_exponent = leftdigits - dot
    tail = ''
    if kind in 'eE' or (kind in 'gG' and shown_exponent != 0):
        letter = 'E' if kind in 'EG' else 'e'
        tail = letter + '%+d' % shown_exponent
    if kind == '%':
        tail = '%'
    if parts['z'] and set(digits) == {'0'}:
        sign = 0
    sign_text = '-' if sign else ('' if sign_flag == '-' else sign_flag)
    rest = ('.' + fraction if fraction else '') + tail
    if parts['comma']:
        min_width = 0
        if zeropad:
            min_width = int(parts['width'] or 0) - len(sign_text) - len(rest)
        whole = _group(whole, ',', max(min_width, 1))
    if zeropad:
        parts = dict(parts, fill='0', align='=')
    return _pad(sign_text, whole + rest, parts, '>')
