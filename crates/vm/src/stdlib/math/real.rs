//! `math`'s float functions: libm wrappers, rounding, `log`, `pow`,
//! `fmod`, `frexp`/`ldexp`, `isclose`, `nextafter` and `ulp`.

use pyrite_objects::types::float::float_to_int;
use pyrite_objects::types::int::Int;
use pyrite_objects::{PyErr, PyResult, Value};

use super::{Native, domain_error, one_arg, range_error, to_f64, two_args};
use crate::builtins::bind;
use crate::interpreter::Interpreter;

/// Apply a libm function with CPython's error rules (`math_1`).
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

macro_rules! unary {
    ($($fname:ident, $pyname:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $fname(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
                let v = one_arg($pyname, args, kwnames)?;
                let x = to_f64(interp, v)?;
                Ok(Value::Float(math_1(x, $f, $overflow)?))
            }
        )*
    };
}

unary! {
    math_sqrt, "sqrt", f64::sqrt, false;
    math_exp, "exp", f64::exp, true;
    math_exp2, "exp2", f64::exp2, true;
    math_cbrt, "cbrt", cbrt, false;
    math_expm1, "expm1", f64::exp_m1, true;
    math_log1p, "log1p", f64::ln_1p, false;
    math_sin, "sin", f64::sin, false;
    math_cos, "cos", f64::cos, false;
    math_tan, "tan", f64::tan, false;
    math_asin, "asin", f64::asin, false;
    math_acos, "acos", f64::acos, false;
    math_atan, "atan", f64::atan, false;
    math_sinh, "sinh", f64::sinh, true;
    math_cosh, "cosh", f64::cosh, true;
    math_tanh, "tanh", f64::tanh, false;
    math_asinh, "asinh", asinh, false;
    math_acosh, "acosh", acosh, false;
    math_atanh, "atanh", atanh, false;
    math_fabs, "fabs", f64::abs, false;
    math_erf, "erf", super::special::erf, false;
    math_erfc, "erfc", super::special::erfc, false;
}

const LN2: f64 = std::f64::consts::LN_2;

/// The cube root, as the C library computes it: a polynomial first guess
/// for the mantissa, one rational (Halley) step, then the exponent's third.
/// The constants carry more digits than a double; each rounds to the
/// intended double.
#[allow(clippy::excessive_precision)]
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// `asinh`, computed as the C library does (through `log` and `log1p`).
fn asinh(x: f64) -> f64 {
    let t = x.abs();
    if !x.is_finite() || t < 2f64.powi(-28) {
        return x;
    }
    let w = if t > 2f64.powi(28) {
        t.ln() + LN2
    } else if t > 2.0 {
        (2.0 * t + 1.0 / ((x * x + 1.0).sqrt() + t)).ln()
    } else {
        let t2 = x * x;
        (t + t2 / (1.0 + (1.0 + t2).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// `acosh`, computed as the C library does.
fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 2f64.powi(28) {
        return if x.is_infinite() { x } else { x.ln() + LN2 };
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// `atanh`, computed as the C library does.
fn atanh(x: f64) -> f64 {
    let t = x.abs();
    if x.is_nan() || t > 1.0 {
        return f64::NAN;
    }
    if t == 1.0 {
        return f64::INFINITY.copysign(x);
    }
    if t < 2f64.powi(-28) {
        return x;
    }
    let r = if t < 0.5 {
        let t2 = t + t;
        0.5 * (t2 + t2 * t / (1.0 - t)).ln_1p()
    } else {
        0.5 * ((t + t) / (1.0 - t)).ln_1p()
    };
    r.copysign(x)
}

fn math_remainder(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(interp, "remainder", args, kwnames)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

fn math_degrees(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("degrees", args, kwnames)?;
    Ok(Value::Float(
        to_f64(interp, v)? * (180.0 / std::f64::consts::PI),
    ))
}

fn math_radians(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("radians", args, kwnames)?;
    Ok(Value::Float(
        to_f64(interp, v)? * (std::f64::consts::PI / 180.0),
    ))
}

fn math_gamma(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("gamma", args, kwnames)?;
    let x = to_f64(interp, v)?;
    Ok(Value::Float(super::special::gamma(x)?))
}

fn math_lgamma(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("lgamma", args, kwnames)?;
    let x = to_f64(interp, v)?;
    Ok(Value::Float(super::special::lgamma(x)?))
}

fn predicate(
    interp: &mut Interpreter,
    name: &str,
    args: &[Value],
    kwnames: &[Value],
    test: fn(f64) -> bool,
) -> PyResult<Value> {
    let v = one_arg(name, args, kwnames)?;
    let x = to_f64(interp, v)?;
    Ok(Value::Bool(test(x)))
}

fn math_isfinite(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    predicate(interp, "isfinite", args, kwnames, f64::is_finite)
}

fn math_isinf(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    predicate(interp, "isinf", args, kwnames, f64::is_infinite)
}

fn math_isnan(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    predicate(interp, "isnan", args, kwnames, f64::is_nan)
}

/// `floor`, `ceil` and `trunc`: ints pass through, others round to an int.
fn rounding(
    interp: &mut Interpreter,
    name: &str,
    dunder: &'static str,
    args: &[Value],
    kwnames: &[Value],
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(name, args, kwnames)?;
    if let Some(i) = Int::from_value(&interp.heap, v) {
        return Ok(i.into_value(&mut interp.heap));
    }
    if let Value::Float(x) = v {
        return Ok(float_to_int(f(x))?.into_value(&mut interp.heap));
    }
    if let Some(m) = interp.user_special(v, dunder) {
        return interp.call_special(m, v, &[]);
    }
    if dunder == "__trunc__" {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __trunc__ method",
            interp.type_name(v)
        )));
    }
    let x = to_f64(interp, v)?;
    Ok(float_to_int(f(x))?.into_value(&mut interp.heap))
}

fn math_floor(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    rounding(interp, "floor", "__floor__", args, kwnames, f64::floor)
}

fn math_ceil(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    rounding(interp, "ceil", "__ceil__", args, kwnames, f64::ceil)
}

fn math_trunc(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    rounding(interp, "trunc", "__trunc__", args, kwnames, f64::trunc)
}

fn two_floats(
    interp: &mut Interpreter,
    name: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<(f64, f64)> {
    let [a, b] = two_args(name, args, kwnames)?;
    let x = to_f64(interp, a)?;
    let y = to_f64(interp, b)?;
    Ok((x, y))
}

fn math_copysign(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(interp, "copysign", args, kwnames)?;
    Ok(Value::Float(x.copysign(y)))
}

fn math_atan2(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (y, x) = two_floats(interp, "atan2", args, kwnames)?;
    Ok(Value::Float(y.atan2(x)))
}

fn math_fmod(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(interp, "fmod", args, kwnames)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn math_pow(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(interp, "pow", args, kwnames)?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
    }
    Ok(Value::Float(r))
}

fn math_nextafter(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(interp, "nextafter", args, kwnames)?;
    Ok(Value::Float(next_after(x, y)))
}

/// The next float after `x` towards `y` (C's `nextafter`).
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn math_ulp(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("ulp", args, kwnames)?;
    let x = to_f64(interp, v)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = next_after(x, f64::INFINITY);
    if up.is_infinite() {
        let down = next_after(x, 0.0);
        return Ok(Value::Float(x - down));
    }
    Ok(Value::Float(up - x))
}

fn math_modf(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("modf", args, kwnames)?;
    let x = to_f64(interp, v)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(interp
        .heap
        .new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn math_frexp(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("frexp", args, kwnames)?;
    let x = to_f64(interp, v)?;
    let (m, e) = frexp(x);
    Ok(interp.heap.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// `x = m * 2**e` with `0.5 <= |m| < 1` (C's `frexp`); zero, inf and NaN
/// come back with exponent 0.
pub(super) fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adjust)
}

fn math_ldexp(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [a, b] = two_args("ldexp", args, kwnames)?;
    let x = to_f64(interp, a)?;
    let Some(e) = Int::from_value(&interp.heap, b) else {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = match e.to_i64() {
        Some(e) => e.clamp(-100_000, 100_000),
        None if e.is_negative() => -100_000,
        None => 100_000,
    };
    let r = ldexp(x, e);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// `x * 2**e` rounded once, as C's `ldexp`; `x` is finite and non-zero.
fn ldexp(x: f64, e: i64) -> f64 {
    let (m, ex) = frexp(x);
    let target = ex + e;
    if target > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if target >= -1021 {
        // A normal result: scaling by a power of two is exact.
        return (m * 2.0) * pow2(target - 1);
    }
    if target < -1080 {
        return 0.0f64.copysign(x);
    }
    // Subnormal: one rounding, in the final multiplication.
    let y = m * pow2(target + 1022);
    y * f64::MIN_POSITIVE
}

/// `2**k` for `k` in `-1074..=1023` (subnormal below -1022).
pub(super) fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// `log`-family helper: ints too large for a float still have a log.
fn log_helper(interp: &mut Interpreter, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = Int::from_value(&interp.heap, v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain_error());
        }
        if let Ok(x) = i.to_f64() {
            return math_1(x, f, false);
        }
        let (m, e) = super::int_frexp(&i.to_bigint());
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_f64(interp, v)?;
    if x.is_finite() && x <= 0.0 {
        return Err(domain_error());
    }
    math_1(x, f, false)
}

fn math_log(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("log() takes no keyword arguments"));
    }
    let (x, base) = match args {
        [x] => (*x, None),
        [x, b] => (*x, Some(*b)),
        _ => return Err(PyErr::type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_helper(interp, x, f64::ln)?;
    let Some(base) = base else {
        return Ok(Value::Float(num));
    };
    let den = log_helper(interp, base, f64::ln)?;
    if den == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn math_log2(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("log2", args, kwnames)?;
    Ok(Value::Float(log_helper(interp, v, f64::log2)?))
}

fn math_log10(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("log10", args, kwnames)?;
    Ok(Value::Float(log_helper(interp, v, f64::log10)?))
}

fn math_isclose(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len().min(args.len());
    if npos > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({npos} given)"
        )));
    }
    for k in kwnames {
        let key = interp.heap.str_of(*k).unwrap_or("");
        if !matches!(key, "a" | "b" | "rel_tol" | "abs_tol") {
            return Err(PyErr::type_error(format!(
                "'{key}' is an invalid keyword argument for isclose()"
            )));
        }
    }
    let bound = bind(
        interp,
        "isclose",
        args,
        kwnames,
        &["a", "b", "rel_tol", "abs_tol"],
        0,
    )?;
    let Some(a) = bound[0] else {
        return Err(PyErr::type_error(
            "isclose() missing required argument 'a' (pos 1)",
        ));
    };
    let Some(b) = bound[1] else {
        return Err(PyErr::type_error(
            "isclose() missing required argument 'b' (pos 2)",
        ));
    };
    let a = to_f64(interp, a)?;
    let b = to_f64(interp, b)?;
    let rel = match bound[2] {
        Some(v) => to_f64(interp, v)?,
        None => 1e-9,
    };
    let abs = match bound[3] {
        Some(v) => to_f64(interp, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

pub(super) const FUNCTIONS: &[Native] = &[
    ("sqrt", math_sqrt),
    ("exp", math_exp),
    ("exp2", math_exp2),
    ("cbrt", math_cbrt),
    ("expm1", math_expm1),
    ("log1p", math_log1p),
    ("sin", math_sin),
    ("cos", math_cos),
    ("tan", math_tan),
    ("asin", math_asin),
    ("acos", math_acos),
    ("atan", math_atan),
    ("sinh", math_sinh),
    ("cosh", math_cosh),
    ("tanh", math_tanh),
    ("asinh", math_asinh),
    ("acosh", math_acosh),
    ("atanh", math_atanh),
    ("fabs", math_fabs),
    ("erf", math_erf),
    ("erfc", math_erfc),
    ("gamma", math_gamma),
    ("lgamma", math_lgamma),
    ("degrees", math_degrees),
    ("radians", math_radians),
    ("isfinite", math_isfinite),
    ("isinf", math_isinf),
    ("isnan", math_isnan),
    ("floor", math_floor),
    ("ceil", math_ceil),
    ("trunc", math_trunc),
    ("copysign", math_copysign),
    ("atan2", math_atan2),
    ("fmod", math_fmod),
    ("pow", math_pow),
    ("remainder", math_remainder),
    ("nextafter", math_nextafter),
    ("ulp", math_ulp),
    ("modf", math_modf),
    ("frexp", math_frexp),
    ("ldexp", math_ldexp),
    ("log", math_log),
    ("log2", math_log2),
    ("log10", math_log10),
    ("isclose", math_isclose),
];
