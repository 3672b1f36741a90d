# cmath: every function over a grid of finite arguments (small, large,
# tiny, on and near the branch cuts), the special values of sqrt, exp
# and log, rect/polar/phase, isclose, argument conversion and the errors.
# Parts are printed with the sign of a zero part dropped (x + 0.0).
import cmath
import math

VALUES = [0, 1, -1, 0.5, -0.5, 2, -2, 1j, -1j, 0.5j, 1 + 1j, -1 - 1j, 3 - 4j, -3 + 4j,
          1e-300 + 1e-300j, 1e300 + 1e300j, -1e308, 1e308j, 0.7 + 0.7j, 1 + 1e-20j,
          -2 - 0.0j, 1e-320, 700, -700, 710 + 1j, 1 + 710j, 0.001 - 0.001j,
          123.456 + 789.012j, 0.99 + 0.01j, -0.3 + 2.5j]
SPECIALS = [complex(math.inf, 0), complex(-math.inf, 1), complex(1, math.inf),
            complex(math.nan, 1), complex(math.inf, math.nan), complex(0, math.nan),
            complex(-math.inf, -math.inf)]


def show(result):
    if isinstance(result, complex):
        return '(%r, %r)' % (result.real + 0.0, result.imag + 0.0)
    if isinstance(result, tuple):
        return '(%r, %r)' % (result[0] + 0.0, result[1] + 0.0)
    return repr(result)


def row(name, arguments):
    f = getattr(cmath, name)
    cells = []
    for z in arguments:
        try:
            cells.append(show(f(z)))
        except (ValueError, OverflowError) as e:
            cells.append('%s:%s' % (type(e).__name__, e))
    print(name, ' '.join(cells))


for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'phase', 'polar', 'isfinite', 'isnan', 'isinf']:
    row(name, VALUES)
# On their branch cuts (real arguments beyond +-1, imaginary ones beyond
# +-1j) asin, acos, atan and atanh pick a side by the sign of a zero part,
# which is left to a program of its own; here they get the rest.
OFF_CUTS = [z for z in VALUES if not (complex(z).imag == 0 and abs(complex(z).real) > 1)
            and not (complex(z).real == 0 and abs(complex(z).imag) > 1)]
for name in ['asin', 'acos', 'atan', 'atanh']:
    row(name, OFF_CUTS)
for name in ['sqrt', 'exp', 'log', 'sinh', 'cosh', 'tanh', 'phase', 'isfinite', 'isnan', 'isinf']:
    row(name, SPECIALS)

for args in [(2, 0), (1, math.pi), (-1, 0.5), (math.inf, 1), (0, math.inf), (3, -math.pi / 2)]:
    try:
        print(show(cmath.rect(*args)))
    except ValueError as e:
        print('ValueError', e)
print(show(cmath.log(8, 2)), show(cmath.log(100, 10)), show(cmath.log(1j, 1j)), show(cmath.log(-1, 3j)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(0, 1e-10, abs_tol=1e-9),
      cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)), cmath.isclose(1, 1 + 1e-5, rel_tol=1e-4))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.0


class WithIndex:
    def __index__(self):
        return 9


print(show(cmath.sqrt(WithComplex())), show(cmath.sqrt(WithFloat())), show(cmath.sqrt(WithIndex())),
      show(cmath.sqrt(True)), show(cmath.exp(0)))
for bad in [lambda: cmath.log(2, 1), lambda: cmath.sqrt('x'), lambda: cmath.rect(1j, 0),
            lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.exp(1000), lambda: cmath.log(0),
            lambda: cmath.atanh(1), lambda: cmath.sqrt(None), lambda: cmath.sqrt(10 ** 400),
            lambda: cmath.cosh(1000)]:
    try:
        print('ok', bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
