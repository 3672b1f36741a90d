//! `fsum`, `prod`, `hypot` and `dist`: functions over many values.
//!
//! `fsum` keeps exact partial sums (Shewchuk's algorithm, as CPython's
//! `msum`); `hypot` and `dist` scale by the largest magnitude and correct
//! the square root, as CPython 3.11's `vector_norm`.

use pyrite_objects::{PyErr, PyResult, Value};

use super::{Native, one_arg, to_f64};
use crate::interpreter::Interpreter;

/// Convert every item of an iterable to a float.
fn floats_of(interp: &mut Interpreter, iterable: Value) -> PyResult<Vec<f64>> {
    let items = interp.iterate(iterable)?;
    let mut out = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for v in &items {
        match to_f64(interp, *v) {
            Ok(x) => out.push(x),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    interp.release(items);
    result.map(|()| out)
}

fn math_fsum(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("fsum", args, kwnames)?;
    let values = floats_of(interp, v)?;
    Ok(Value::Float(fsum(&values)?))
}

/// The correctly rounded sum of `values`.
fn fsum(values: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0;
    let mut inf_sum = 0.0;
    for &value in values {
        let mut x = value;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if value.is_finite() {
                    return Err(PyErr::overflow("intermediate overflow in fsum"));
                }
                if value.is_infinite() {
                    inf_sum += value;
                }
                special_sum += value;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn math_prod(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len().min(args.len());
    if npos != 1 {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "prod() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut start = Value::Int(1);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match interp.heap.str_of(*k) {
            Some("start") => start = *v,
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for prod()"
                )));
            }
            None => return Err(PyErr::type_error("keywords must be strings")),
        }
    }
    let items = interp.iterate(args[0])?;
    interp.fold_binary_op(5, start, items)
}

/// `sqrt(sum(x*x for x in vec))` without overflow or undue rounding;
/// `max` is the largest magnitude in `vec`.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::real::frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = super::real::pow2(-max_e);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = (x * x, x.mul_add(x, -(x * x)));
        let sum = csum + hi;
        frac2 += (csum - sum) + hi;
        csum = sum;
        frac1 += lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = (-h * h, (-h).mul_add(h, h * h));
    let sum = csum + hi;
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The norm of `values` (`hypot`'s and `dist`'s result).
fn norm(mut values: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in values.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut values, max, found_nan)
}

fn math_hypot(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("math.hypot() takes no keyword arguments"));
    }
    let mut values = Vec::with_capacity(args.len());
    for v in args {
        values.push(to_f64(interp, *v)?);
    }
    Ok(Value::Float(norm(values)))
}

fn math_dist(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [p, q] = super::two_args("dist", args, kwnames)?;
    let p = floats_of(interp, p)?;
    let q = floats_of(interp, q)?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    Ok(Value::Float(norm(
        p.iter().zip(&q).map(|(a, b)| a - b).collect(),
    )))
}

pub(super) const FUNCTIONS: &[Native] = &[
    ("fsum", math_fsum),
    ("prod", math_prod),
    ("hypot", math_hypot),
    ("dist", math_dist),
];
