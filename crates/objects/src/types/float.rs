//! `float` (and the text of `complex`): repr, hex, rounding, exact ratios
//! and arithmetic with CPython's errors.
//!
//! `repr(x)` and `repr(complex)` are the lexer's, shared by every layer:
//! the shortest decimal string that reads back as `x`, laid out by
//! Python's rule (`0.1`, `1e+16`, `1e-05`). Rounding to a number of
//! digits works on the exact binary value, halves to even, like CPython's
//! correctly rounded `round()`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Zero};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::int::{Int, ratio_to_f64};
use crate::value::Value;

pub use pyrite_lexer::{complex_repr, float_repr};

/// `float.hex(x)`: `0x1.8000000000000p+0`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

/// `float.fromhex(s)`.
pub fn float_fromhex(text: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let s = text.trim_matches(crate::types::str::is_python_whitespace);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| invalid())?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut n = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        n = n * 16u32 + d;
    }
    let exp = exp - 4 * frac_part.len() as i64;
    let value = if exp >= 0 {
        if exp > 1 << 20 && !n.is_zero() {
            None
        } else {
            ratio_to_f64(&(n << exp as usize), &BigInt::one())
        }
    } else {
        let shift = (-exp).min(1 << 20) as usize;
        ratio_to_f64(&n, &(BigInt::one() << shift))
    };
    let v = value
        .ok_or_else(|| PyErr::overflow("hexadecimal value too large to represent as a float"))?;
    Ok(if negative { -v } else { v })
}

/// `x` as an exact fraction `mantissa * 2**exp` with an integer mantissa.
fn exact_parts(x: f64) -> (BigInt, i64) {
    let (m, e) = crate::hash::numeric::frexp(x);
    // 53 bits of mantissa make it an integer.
    let mant = (m * 2f64.powi(53)) as i64;
    (BigInt::from(mant), e as i64 - 53)
}

/// `x.as_integer_ratio()` in lowest terms.
pub fn as_integer_ratio(x: f64) -> PyResult<(Int, Int)> {
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    let (mant, exp) = exact_parts(x);
    let (num, den) = if exp >= 0 {
        (mant << exp as usize, BigInt::one())
    } else {
        (mant, BigInt::one() << (-exp) as usize)
    };
    let g = num.gcd(&den);
    let g = if g.is_zero() { BigInt::one() } else { g };
    Ok((Int::from_bigint(num / &g), Int::from_bigint(den / g)))
}

/// `x.is_integer()`
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `int(x)`: truncation towards zero.
pub fn float_to_int(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    let (mant, exp) = exact_parts(t);
    Ok(Int::from_bigint(if exp >= 0 {
        mant << exp as usize
    } else {
        mant >> (-exp) as usize
    }))
}

/// `round(x)` with no digits: the nearest int, halves to even.
pub fn round_to_int(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let r = x.round();
    let r = if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    };
    float_to_int(r)
}

/// `round(x, ndigits)`: the multiple of `10**-ndigits` nearest the exact
/// value of `x`, halves to even, read back as the nearest float.
pub fn round_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    // Beyond these, rounding cannot change a double (CPython's
    // NDIGITS_MAX/MIN shortcuts).
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let (mant, exp) = exact_parts(x);
    let ten = BigInt::from(10);
    let p10 = |n: i64| -> BigInt { Pow::pow(&ten, n.unsigned_abs() as u32) };
    let mut num = mant;
    let mut den = BigInt::one();
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if ndigits >= 0 {
        num *= p10(ndigits);
    } else {
        den *= p10(ndigits);
    }
    let (q, r) = num.div_mod_floor(&den);
    let twice = r * 2u32;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1u32
    } else {
        q
    };
    let result = if ndigits >= 0 {
        ratio_to_f64(&q, &p10(ndigits))
    } else {
        ratio_to_f64(&(q * p10(ndigits)), &BigInt::one())
    };
    let v = result.ok_or_else(|| PyErr::overflow("rounded value too large to represent"))?;
    Ok(if v == 0.0 { 0.0f64.copysign(x) } else { v })
}

/// `x / y` for floats.
pub fn float_div(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(x / y)
}

/// `divmod(x, y)` for floats, as CPython's `float_divmod` computes it.
pub fn float_divmod(x: f64, y: f64, what: &str) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(PyErr::zero_division(what.to_string()));
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    Ok((floordiv, m))
}

/// `x // y`
pub fn float_floordiv(x: f64, y: f64) -> PyResult<f64> {
    Ok(float_divmod(x, y, "float floor division by zero")?.0)
}

/// `x % y`
pub fn float_mod(x: f64, y: f64) -> PyResult<f64> {
    Ok(float_divmod(x, y, "float modulo")?.1)
}

/// `x ** y` for floats when the result is real; `Ok(None)` when it is
/// complex (a negative base to a fractional power).
pub fn float_pow(x: f64, y: f64) -> PyResult<Option<f64>> {
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Ok(None);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(Some(r))
}

/// `float(text)`: Python's float literal syntax plus `inf`/`nan` words,
/// underscores between digits, surrounding whitespace.
pub fn parse_float(text: &str) -> PyResult<f64> {
    let invalid = || {
        PyErr::value_error(format!(
            "could not convert string to float: {}",
            crate::types::str::str_repr(text)
        ))
    };
    let s = text.trim_matches(crate::types::str::is_python_whitespace);
    let (sign, body) = match s.as_bytes().first() {
        Some(b'-') => (-1.0, &s[1..]),
        Some(b'+') => (1.0, &s[1..]),
        _ => (1.0, s),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN.copysign(sign)),
        _ => {}
    }
    let mut clean = String::with_capacity(body.len());
    let mut prev: Option<char> = None;
    for c in body.chars() {
        if c == '_' {
            if !prev.is_some_and(|p| p.is_ascii_digit()) {
                return Err(invalid());
            }
        } else if c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-') {
            if prev == Some('_') && !c.is_ascii_digit() {
                return Err(invalid());
            }
            clean.push(c);
        } else {
            return Err(invalid());
        }
        prev = Some(c);
    }
    if prev == Some('_') || !clean.bytes().any(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let v: f64 = clean.parse().map_err(|_| invalid())?;
    Ok(sign * v)
}

#[cfg(test)]
mod tests;

/// The value of a `float`, or of an instance of a `float` subclass.
pub fn float_value(heap: &crate::Heap, v: Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f),
        Value::Obj(r) => match heap.payload(r) {
            crate::Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}
