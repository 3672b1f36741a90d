# decimal: every binary and unary operation over a fixed list of operands
# in several contexts (precisions, rounding modes, exponent limits,
# clamp), printing each result with the conditions it raised, so that
# rounding, special values and signals all match CPython's.
import decimal
from decimal import (Decimal, Context, localcontext, ROUND_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

OPERANDS = ['0', '-0', '1', '-1', '2.5', '-3.75', '0.001', '123456789',
            '9.99999', '1E+5', '-7E-3', '0.1', '3.14159265358979', '1000',
            '5', '0E+2', '12345.6789', '99999', '-0.5', '7',
            'Infinity', '-Infinity', 'NaN', 'sNaN', 'NaN123']

CONTEXTS = [
    dict(prec=28),
    dict(prec=5, rounding=ROUND_UP),
    dict(prec=3, rounding=ROUND_DOWN),
    dict(prec=4, rounding=ROUND_CEILING),
    dict(prec=4, rounding=ROUND_FLOOR),
    dict(prec=2, rounding=ROUND_HALF_UP),
    dict(prec=2, rounding=ROUND_HALF_DOWN),
    dict(prec=6, rounding=ROUND_05UP),
    dict(prec=3, Emin=-4, Emax=4),
    dict(prec=3, Emin=-4, Emax=4, clamp=1, rounding=ROUND_DOWN),
]

NAMES = [('DBZ', 'DivisionByZero'), ('Inv', 'InvalidOperation'),
         ('Inx', 'Inexact'), ('Rnd', 'Rounded'), ('Sub', 'Subnormal'),
         ('Ovf', 'Overflow'), ('Und', 'Underflow'), ('Clp', 'Clamped')]


SIGNALS = [(short, getattr(decimal, name)) for short, name in NAMES]


def flags(ctx):
    return ','.join([short for short, signal in SIGNALS if ctx.flags[signal]])


def run(ctx, f):
    ctx.clear_flags()
    try:
        r = f()
    except ArithmeticError as e:
        r = type(e).__name__
    return '%s[%s]' % (r, flags(ctx))


BINARY = [('+', lambda c, a, b: c.add(a, b)),
          ('-', lambda c, a, b: c.subtract(a, b)),
          ('*', lambda c, a, b: c.multiply(a, b)),
          ('/', lambda c, a, b: c.divide(a, b)),
          ('//', lambda c, a, b: c.divide_int(a, b)),
          ('%', lambda c, a, b: c.remainder(a, b)),
          ('rn', lambda c, a, b: c.remainder_near(a, b)),
          ('**', lambda c, a, b: c.power(a, b)),
          ('q', lambda c, a, b: c.quantize(a, b)),
          ('cmp', lambda c, a, b: c.compare(a, b)),
          ('max', lambda c, a, b: c.max(a, b)),
          ('min', lambda c, a, b: c.min(a, b)),
          ('ct', lambda c, a, b: c.compare_total(a, b))]

UNARY = [('+', lambda c, a: c.plus(a)),
         ('-', lambda c, a: c.minus(a)),
         ('abs', lambda c, a: c.abs(a)),
         ('sqrt', lambda c, a: c.sqrt(a)),
         ('exp', lambda c, a: c.exp(a)),
         ('ln', lambda c, a: c.ln(a)),
         ('log10', lambda c, a: c.log10(a)),
         ('int', lambda c, a: c.to_integral_value(a)),
         ('norm', lambda c, a: c.normalize(a)),
         ('next+', lambda c, a: c.next_plus(a)),
         ('next-', lambda c, a: c.next_minus(a)),
         ('logb', lambda c, a: c.logb(a)),
         ('class', lambda c, a: c.number_class(a)),
         ('eng', lambda c, a: c.to_eng_string(a))]

# The binary operations' left operand is every third one (and 2.5 and
# sNaN), to keep the run short.
for settings in CONTEXTS:
    ctx = Context(traps=[], **settings)
    print('==', ctx)
    values = [Decimal(s) for s in OPERANDS]
    for name, f in UNARY:
        print(name, ' '.join(run(ctx, lambda: f(ctx, a)) for a in values))
    pairs = values[::3] + [values[4], values[23]]
    for name, f in BINARY:
        for a in pairs:
            print(a, name, ' '.join(run(ctx, lambda: f(ctx, a, b)) for b in values))
