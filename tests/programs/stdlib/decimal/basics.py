# decimal.Decimal: construction, text, arithmetic with ints, comparisons
# with int, float and Fraction, hashing, conversions, quantize, the
# math functions, as_tuple/as_integer_ratio and the errors.
import math
import pickle
import copy
from fractions import Fraction
from decimal import Decimal, getcontext, DecimalTuple, ROUND_HALF_UP, ROUND_DOWN

D = Decimal
print(D(), D(5), D(-12), D('3.14'), D(' -1.5e+3 '), D('1_000.000_1'), D('.5'), D('5.'))
print(repr(D('-0')), repr(D('Inf')), repr(D('-infinity')), repr(D('nan')), repr(D('-sNaN42')))
print(D((1, (3, 1, 4), -2)), D([0, [1, 0], 3]), D((0, (), 'F')), D(D('2.50')))
print(D(0.1), D(-2.5), D.from_float(1e20), D.from_float(float('-inf')), D(True))
print(str(D('1.23E-7')), str(D('123E5')), str(D('0.000001')), str(D('1E-7')), D('-0E-8'))
print(D('1E+7').to_eng_string(), D('12E-8').to_eng_string(), D('0E+4').to_eng_string())
a, b = D('1.1'), D('2.25')
print(a + b, a - b, a * b, b / a, b // a, b % a, divmod(b, a), -a, +b, abs(D('-7.5')))
print(a + 1, 1 + a, 3 - a, a * 2, 10 / b, 7 // D(2), 7 % D(-2), D(-7) // 2, D(-7) % 2)
print(D(2) ** 10, D('1.5') ** 2, D(2) ** -2, D(4) ** D('0.5'), pow(D(3), 4, 5), D(10) ** 30)
print(D(1) / 3, D(2).sqrt(), D(1).exp(), D(10).ln(), D(2).log10(), D('0.0100').sqrt())
print(a < b, a > b, a == D('1.10'), a != 1, D(1) == 1, D('0.5') == 0.5, D('0.1') == 0.1)
print(D(1) < 1.5, D(2) >= Fraction(3, 2), D('0.5') == Fraction(1, 2), D(3) > 2, 2 < D(3))
print(D('NaN') == D('NaN'), D('NaN') != 1, D('Infinity') > 10 ** 100, D('-Infinity') < -1e300)
print(sorted([D('2.5'), 1, D('-1'), D('0.1'), 2]), max(D(1), D('1.0')), min([D(3), D(2)]))
print(hash(D('1.5')) == hash(1.5), hash(D(7)) == hash(7), hash(D('-1')), hash(D('0.1')))
print(hash(D('Infinity')), hash(D('-Infinity')), hash(D('1e-3')), {D('1.0'): 'one'}[1])
print(int(D('-7.9')), float(D('2.5')), round(D('2.5')), round(D('3.5')), round(D('-2.675'), 2))
print(math.floor(D('-2.5')), math.ceil(D('2.1')), math.trunc(D('-2.9')), complex(D('1.5')))
print(bool(D(0)), bool(D('0.00')), bool(D('NaN')), bool(D('-0.1')), D('1.5').real, D('1.5').imag)
print(D('7.325').quantize(D('.01')), D('7.325').quantize(D('.01'), rounding=ROUND_HALF_UP))
print(D('7.325').quantize(D('1.'), rounding=ROUND_DOWN), D('1.41421356').quantize(D('1.000')))
print(D('1.20').normalize(), D('-1200').normalize(), D('0.00').normalize(), D('123.456').adjusted())
print(D('2.7').to_integral_value(), D('-2.5').to_integral_exact(), D('1E+2').to_integral())
print(D('-3.14').as_tuple(), D('Infinity').as_tuple(), D('NaN').as_tuple())
print(D('-2.50').as_integer_ratio(), D('1E+3').as_integer_ratio(), D('0.125').as_integer_ratio())
print(isinstance(D('1').as_tuple(), DecimalTuple), D('3.5').is_finite(), D('inf').is_infinite())
print(D('nan').is_nan(), D('snan').is_snan(), D('nan').is_qnan(), D('-0').is_signed(), D('0e5').is_zero())
print(D(1).compare(2), D(5).compare_total(D('5.0')), D(-1).copy_abs(), D(1).copy_negate(), D(3).copy_sign(-1))
print(D('1.5').max(D('nan')), D(1).min(D('-0')), D(-3).max_mag(2), D('1.23').scaleb(2), D('12').shift(2))
print(D(2).fma(3, 4), D('12.5').remainder_near(5), D('1.50').same_quantum(D('0.01')), D(123).logb())
print(D('1.1').next_plus(), D(1).next_minus(), D(1).next_toward(0), D(-1).number_class(), D(0).number_class())
print(D('101').logical_and(D('110')), D('101').logical_or(D('10')), D('11').logical_xor(D('1')))
print(pickle.loads(pickle.dumps(D('-1.50'))), copy.copy(D('2')), copy.deepcopy(D('3.0')))
print(D('1.5').conjugate(), D.from_float(0.5), type(D.from_float(2)).__name__, D(7).radix())


class Money(Decimal):
    pass


m = Money('1.25')
print(type(m).__name__, m, repr(m), type(m + 1).__name__, type(Money.from_float(0.5)).__name__)

for bad in [lambda: D('abc'), lambda: D('1.2.3'), lambda: D(None), lambda: D({}),
            lambda: D((2, (1,), 0)), lambda: D((0, (1, 10), 0)), lambda: D((0, (1,), 0.5)),
            lambda: D((0, (1,), 'x')), lambda: D([1, 2]), lambda: D.from_float('1'),
            lambda: D(1) + 1.5, lambda: 1.5 * D(1), lambda: D(1) < 'a', lambda: D(1) + 'x',
            lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0, lambda: D(1) % 0,
            lambda: D('1e999999') * 10, lambda: D(-1).sqrt(), lambda: D(-2).ln(),
            lambda: hash(D('sNaN')), lambda: int(D('nan')), lambda: int(D('-inf')),
            lambda: D('inf').as_integer_ratio(), lambda: D('nan').as_integer_ratio(),
            lambda: float(D('snan')), lambda: D('nan') < 1, lambda: D(0) ** 0,
            lambda: D(10 ** 30).quantize(D('0.1')), lambda: round(D(1), 1.5),
            lambda: D(1).compare(1.5), lambda: D(-8) ** D('0.5')]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
