"""Mathematical functions for complex numbers.

The formulas are those of CPython's cmathmodule.c (after W. Kahan's
"Branch Cuts for Complex Elementary Functions"): each function is written
so that it is accurate near its branch cuts and does not overflow for
large arguments (those beyond _LARGE are handled by rescaled formulas).
A finite argument whose result would be infinite raises OverflowError
('math range error'); one outside the function's domain ValueError
('math domain error'). Infinite and NaN arguments follow the special
values of C99's Annex G for sqrt, exp and log; the other functions
compute them through the same formulas.
"""

import math as _math
import operator as _operator
import sys as _sys

e = _math.e
pi = _math.pi
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MIN = _sys.float_info.min
_MANT_DIG = _sys.float_info.mant_dig
_LARGE = _sys.float_info.max / 4.0
_SQRT_LARGE = _math.sqrt(_LARGE)
_LOG_LARGE = _math.log(_LARGE)
_SQRT_DBL_MIN = _math.sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = _math.log(2.0)
_LN10 = _math.log(10.0)


def _domain_error():
    return ValueError("math domain error")


def _range_error():
    return OverflowError("math range error")


def _complex(z):
    """The argument as a complex number, converted as CPython does."""
    if isinstance(z, complex):
        return z
    method = getattr(type(z), '__complex__', None)
    if method is not None:
        result = method(z)
        if not isinstance(result, complex):
            raise TypeError("__complex__ returned non-complex (type %s)"
                            % type(result).__name__)
        return result
    if isinstance(z, float):
        return complex(z, 0.0)
    return complex(_real(z), 0.0)


def _real(x):
    """A real argument as a float."""
    if isinstance(x, float):
        return x
    if isinstance(x, complex) or not (hasattr(type(x), '__float__')
                                      or hasattr(type(x), '__index__')):
        raise TypeError("must be real number, not %s" % type(x).__name__)
    if not hasattr(type(x), '__float__'):
        x = _operator.index(x)
    return float(x)


def _finite(z):
    return _math.isfinite(z.real) and _math.isfinite(z.imag)


def _checked(real, imag):
    if _math.isinf(real) or _math.isinf(imag):
        raise _range_error()
    return complex(real, imag)


# -- square root, exponential, logarithms -------------------------------------


def _sqrt(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _math.isinf(y):
            return complex(inf, y)
        if _math.isnan(x):
            return complex(nan, nan)
        if _math.isinf(x):
            if x > 0:
                return complex(x, _math.copysign(0.0, y) if not _math.isnan(y) else nan)
            return complex(nan if _math.isnan(y) else 0.0,
                           _math.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _math.ldexp(ax, _SCALE_UP)
        s = _math.ldexp(_math.sqrt(ax + _math.hypot(ax, _math.ldexp(ay, _SCALE_UP))),
                        _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _math.sqrt(ax + _math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _math.copysign(d, y))
    return complex(d, _math.copysign(s, y))


def sqrt(z, /):
    """The square root of z (the branch cut is the negative real axis)."""
    return _sqrt(_complex(z))


def exp(z, /):
    """e raised to the power z."""
    z = _complex(z)
    x, y = z.real, z.imag
    if _math.isinf(y) and (_math.isfinite(x) or x == inf):
        raise _domain_error()
    if not _finite(z):
        if _math.isinf(x) and x < 0 and _math.isfinite(y):
            return complex(0.0 * _math.cos(y), 0.0 * _math.sin(y))
        if _math.isinf(x) and x > 0 and _math.isfinite(y) and y != 0:
            return complex(_math.copysign(inf, _math.cos(y)),
                           _math.copysign(inf, _math.sin(y)))
        if _math.isinf(x) and x > 0 and y == 0:
            return complex(inf, y)
        if _math.isinf(x) and x < 0:
            return complex(0.0, 0.0)
        if _math.isinf(x):
            return complex(inf, nan)
        if _math.isnan(x) and y == 0:
            return complex(nan, y)
        if _math.isinf(y) and _math.isfinite(x):
            raise _domain_error()
        return complex(nan, nan)
    if x > _LOG_LARGE:
        scale = _math.exp(x - 1.0)
        real = scale * _math.cos(y) * e
        imag = scale * _math.sin(y) * e
    else:
        scale = _math.exp(x)
        real = scale * _math.cos(y)
        imag = scale * _math.sin(y)
    return _checked(real, imag)


def _log(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _math.isinf(x) or _math.isinf(y):
            return complex(inf, _math.atan2(y, x) if not (_math.isnan(x) or _math.isnan(y)) else nan)
        return complex(nan, nan)
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = _math.log(_math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = (_math.log(_math.hypot(_math.ldexp(ax, _MANT_DIG),
                                          _math.ldexp(ay, _MANT_DIG)))
                    - _MANT_DIG * _LN2)
        else:
            raise _domain_error()
    else:
        h = _math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big, small = (ax, ay) if ax > ay else (ay, ax)
            real = _math.log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            real = _math.log(h)
    return complex(real, _math.atan2(y, x))


def log(z, base=None, /):
    """The logarithm of z to the given base (natural by default)."""
    result = _log(_complex(z))
    if base is not None:
        divisor = _log(_complex(base))
        if divisor == 0:
            raise _domain_error()
        result = result / divisor
    return result


def log10(z, /):
    """The base-10 logarithm of z."""
    result = _log(_complex(z))
    return complex(result.real / _LN10, result.imag / _LN10)


# -- hyperbolic functions -----------------------------------------------------


def _sinh(z):
    x, y = z.real, z.imag
    if _math.isinf(y) and not _math.isnan(x):
        raise _domain_error()
    if not _finite(z):
        if _math.isinf(x) and _math.isfinite(y):
            if y == 0:
                return complex(x, y)
            return complex(_math.copysign(inf, _math.cos(y)) * _math.copysign(1, x),
                           _math.copysign(inf, _math.sin(y)))
        if x == 0 and not _math.isfinite(y):
            return complex(x, nan)
        return complex(x if _math.isinf(x) else nan, nan)
    if abs(x) > _LOG_LARGE:
        shifted = x - _math.copysign(1.0, x)
        real = _math.cos(y) * _math.sinh(shifted) * e
        imag = _math.sin(y) * _math.cosh(shifted) * e
    else:
        real = _math.cos(y) * _math.sinh(x)
        imag = _math.sin(y) * _math.cosh(x)
    return _checked(real, imag)


def _cosh(z):
    x, y = z.real, z.imag
    if _math.isinf(y) and not _math.isnan(x):
        raise _domain_error()
    if not _finite(z):
        if _math.isinf(x) and _math.isfinite(y):
            if y == 0:
                return complex(inf, _math.copysign(0.0, x) * y if y else y * _math.copysign(1, x))
            return complex(_math.copysign(inf, _math.cos(y)),
                           _math.copysign(inf, _math.sin(y)) * _math.copysign(1, x))
        if x == 0 and not _math.isfinite(y):
            return complex(nan, 0.0)
        return complex(inf if _math.isinf(x) else nan, nan)
    if abs(x) > _LOG_LARGE:
        shifted = x - _math.copysign(1.0, x)
        real = _math.cos(y) * _math.cosh(shifted) * e
        imag = _math.sin(y) * _math.sinh(shifted) * e
    else:
        real = _math.cos(y) * _math.cosh(x)
        imag = _math.sin(y) * _math.sinh(x)
    return _checked(real, imag)


def _tanh(z):
    x, y = z.real, z.imag
    if _math.isinf(y) and _math.isfinite(x):
        raise _domain_error()
    if not _finite(z):
        if _math.isinf(x) and _math.isfinite(y):
            return complex(_math.copysign(1.0, x),
                           _math.copysign(0.0, 2.0 * _math.sin(y) * _math.cos(y)))
        if _math.isinf(x):
            return complex(_math.copysign(1.0, x), 0.0)
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        return complex(_math.copysign(1.0, x),
                       4.0 * _math.sin(y) * _math.cos(y) * _math.exp(-2.0 * abs(x)))
    tx = _math.tanh(x)
    ty = _math.tan(y)
    cx = 1.0 / _math.cosh(x)
    txty = tx * ty
    denominator = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denominator,
                   ((ty / denominator) * cx) * cx)


def sinh(z, /):
    """The hyperbolic sine of z."""
    return _sinh(_complex(z))


def cosh(z, /):
    """The hyperbolic cosine of z."""
    return _cosh(_complex(z))


def tanh(z, /):
    """The hyperbolic tangent of z."""
    return _tanh(_complex(z))


def sin(z, /):
    """The sine of z: -i sinh(iz)."""
    z = _complex(z)
    s = _sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cos(z, /):
    """The cosine of z: cosh(iz)."""
    z = _complex(z)
    return _cosh(complex(-z.imag, z.real))


def tan(z, /):
    """The tangent of z: -i tanh(iz)."""
    z = _complex(z)
    t = _tanh(complex(-z.imag, z.real))
    return complex(t.imag, -t.real)


# -- inverse functions --------------------------------------------------------


def _asinh(z):
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            real = _math.copysign(_math.log(_math.hypot(x / 2.0, y / 2.0)) + 2 * _LN2, x)
        else:
            real = -_math.copysign(_math.log(_math.hypot(x / 2.0, y / 2.0)) + 2 * _LN2, -x)
        return complex(real, _math.atan2(y, abs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(_math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _math.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def _atanh(z):
    x, y = z.real, z.imag
    if x < 0:
        r = _atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _math.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_math.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain_error()
        return complex(-_math.log(_math.sqrt(ay) / _math.sqrt(_math.hypot(ay, 2.0))),
                       _math.copysign(_math.atan2(2.0, -ay) / 2, y))
    return complex(_math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def asinh(z, /):
    """The inverse hyperbolic sine of z."""
    return _asinh(_complex(z))


def asin(z, /):
    """The arc sine of z: -i asinh(iz)."""
    z = _complex(z)
    s = _asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z, /):
    """The arc cosine of z."""
    z = _complex(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _math.atan2(abs(y), x)
        magnitude = _math.log(_math.hypot(x / 2.0, y / 2.0)) + 2 * _LN2
        if x < 0:
            imag = -_math.copysign(magnitude, y)
        else:
            imag = _math.copysign(magnitude, -y)
        return complex(real, imag)
    s1 = _sqrt(complex(1.0 - x, -y))
    s2 = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * _math.atan2(s1.real, s2.real),
                   _math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    """The inverse hyperbolic cosine of z."""
    z = _complex(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_math.log(_math.hypot(x / 2.0, y / 2.0)) + 2 * _LN2,
                       _math.atan2(y, x))
    s1 = _sqrt(complex(x - 1.0, y))
    s2 = _sqrt(complex(x + 1.0, y))
    return complex(_math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _math.atan2(s1.imag, s2.real))


def atanh(z, /):
    """The inverse hyperbolic tangent of z."""
    return _atanh(_complex(z))


def atan(z, /):
    """The arc tangent of z: -i atanh(iz)."""
    z = _complex(z)
    s = _atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


# -- polar coordinates and classification ----------------------------------


def phase(z, /):
    """The argument of z, in [-pi, pi]."""
    z = _complex(z)
    return _math.atan2(z.imag, z.real)


def polar(z, /):
    """(abs(z), phase(z))."""
    z = _complex(z)
    r = _math.hypot(z.real, z.imag)
    if _math.isinf(r) and _finite(z):
        raise _range_error()
    return r, _math.atan2(z.imag, z.real)


def rect(r, phi, /):
    """The complex number with modulus r and argument phi."""
    r, phi = _real(r), _real(phi)
    if _math.isfinite(r) and _math.isfinite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _math.cos(phi), r * _math.sin(phi))
    if _math.isinf(r) and _math.isfinite(phi) and phi != 0.0:
        if r > 0:
            return complex(_math.copysign(inf, _math.cos(phi)),
                           _math.copysign(inf, _math.sin(phi)))
        return complex(-_math.copysign(inf, _math.cos(phi)),
                       -_math.copysign(inf, _math.sin(phi)))
    if _math.isinf(r) and phi == 0.0:
        return complex(r, phi * (1.0 if r > 0 else -1.0))
    if _math.isfinite(r) and r != 0.0 and _math.isinf(phi):
        raise _domain_error()
    if r == 0.0 and not _math.isnan(phi):
        return complex(0.0, 0.0)
    return complex(nan, nan)


def isfinite(z, /):
    """Whether both parts of z are finite."""
    return _finite(_complex(z))


def isnan(z, /):
    """Whether either part of z is a NaN."""
    z = _complex(z)
    return _math.isnan(z.real) or _math.isnan(z.imag)


def isinf(z, /):
    """Whether either part of z is infinite."""
    z = _complex(z)
    return _math.isinf(z.real) or _math.isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Whether a and b are close: within rel_tol of the larger magnitude,
    or within abs_tol."""
    a, b = _complex(a), _complex(b)
    rel_tol, abs_tol = float(rel_tol), float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    difference = abs(b - a)
    return (difference <= rel_tol * abs(b) or difference <= rel_tol * abs(a)
            or difference <= abs_tol)
