# decimal contexts: the default context and the templates, attribute
# checks, flags and traps, the exceptions raised for trapped signals,
# localcontext (with-statement, keyword arguments, nesting), Context
# methods and create_decimal.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext,
                     InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation,
                     ROUND_UP, ROUND_HALF_EVEN, ROUND_05UP)

ctx = getcontext()
print(ctx)
print(ctx.flags)
print(DefaultContext, BasicContext, ExtendedContext, sep='\n')
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.HAVE_CONTEXTVAR)
print(ctx.Etiny(), ctx.Etop(), type(ctx).__name__, ctx.prec, ctx.rounding)

for cls in [InvalidOperation, decimal.ConversionSyntax, DivisionByZero,
            decimal.DivisionUndefined, Overflow, Underflow, FloatOperation]:
    print(cls, [c.__name__ for c in cls.__mro__[1:-3]])

print(Decimal(1) / 3)
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
print(ctx)
ctx.clear_flags()
print(ctx)

with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, lc.prec, getcontext().prec)
    lc.rounding = ROUND_UP
    print(Decimal(1) / 7, Decimal(2).sqrt())
print(Decimal(1) / 7, getcontext().prec)

with localcontext(prec=3, rounding=ROUND_05UP) as lc:
    print(Decimal('1.2345') + 0, lc)
    with localcontext(Emax=5, traps=[]) as inner:
        print(Decimal('9e5') * 10, inner.flags[Overflow])
    print(getcontext().Emax)

with localcontext(ExtendedContext):
    print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt())
    print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation])

print(getcontext().flags[DivisionByZero])

c = Context(prec=6, rounding=ROUND_UP, traps=[Inexact])
print(c)
for op in [lambda: c.divide(1, 3), lambda: c.add(1, 2), lambda: c.sqrt(4),
           lambda: c.power(2, 100), lambda: c.create_decimal('3.14159265'),
           lambda: c.create_decimal_from_float(0.1)]:
    try:
        print('ok', op())
    except Exception as e:
        print(type(e).__name__, e.args)
print(c.flags)

c = Context(prec=9, traps=[])
print(c.add(Decimal('1.5'), 2), c.subtract(1, 3), c.multiply(4, Decimal('2.5')))
print(c.divide(10, 4), c.divide_int(10, 4), c.remainder(-10, 4), c.divmod(10, 4))
print(c.abs(-2), c.minus(3), c.plus(Decimal('1.23456789012')), c.compare(1, 2))
print(c.exp(1), c.ln(10), c.log10(100), c.sqrt(2), c.quantize(Decimal('1.2345'), Decimal('0.01')))
print(c.max(1, 2), c.min(1, 2), c.to_sci_string(Decimal('1E+3')), c.to_eng_string(Decimal('1E+4')))
print(c.is_zero(0), c.is_signed(-1), c.number_class(1), c.copy_sign(1, -2), c.fma(2, 3, 4))
print(c.divide(1, 0), c.divide(0, 0), c.flags)
print(c.Etiny(), c.Etop(), c.copy() is c, c.copy().prec, c.radix())

for trap in [DivisionByZero, InvalidOperation, Overflow]:
    try:
        with localcontext() as lc:
            lc.traps[trap] = True
            lc.traps[Inexact] = True
            lc.traps[Underflow] = True
            [Decimal(1) / 0, Decimal('abc'), Decimal('1e999999') * 10][
                [DivisionByZero, InvalidOperation, Overflow].index(trap)]
    except decimal.DecimalException as e:
        print(type(e).__name__, repr(e), str(e), isinstance(e, ArithmeticError))

with localcontext() as lc:
    lc.traps[Underflow] = True
    lc.traps[Inexact] = True
    try:
        Decimal('1e-999999') / 3
    except Underflow as e:
        print(repr(e))
    lc.traps[FloatOperation] = True
    print(Decimal(1) == 1.0, Decimal.from_float(1.5))
    for op in [lambda: Decimal(1) < 1.5, lambda: Decimal(2.5)]:
        try:
            op()
        except FloatOperation as e:
            print('FloatOperation', e, isinstance(e, TypeError))

try:
    1 / Decimal(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError caught:', type(e).__name__)

for bad in [lambda: Context(prec=0), lambda: Context(rounding='x'), lambda: Context(Emin=1),
            lambda: Context(Emax=-1), lambda: Context(clamp=2), lambda: Context(capitals=3),
            lambda: setattr(getcontext(), 'prec', 'a'), lambda: getcontext().traps['x'],
            lambda: setcontext(1), lambda: localcontext(5), lambda: Context(flags={Inexact: 1}),
            lambda: setattr(getcontext(), 'traps', [])]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)

setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0)
setcontext(DefaultContext)
print(getcontext().prec)
