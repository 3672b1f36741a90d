//! The `math` module, as CPython 3.11's `mathmodule.c` behaves.
//!
//! Invariants:
//! - Arguments are converted as CPython does: reals through `float` (ints
//!   exactly rounded, then `__float__`, then `__index__`), integers through
//!   `int` or `__index__`; floats are never accepted where an integer is.
//! - A finite argument whose result is NaN raises `ValueError: math domain
//!   error`; one whose result is infinite raises `OverflowError: math range
//!   error` for functions that can overflow, else the domain error.
//! - Most transcendental functions are the platform libm's, through
//!   `f64`'s methods. Where Rust computes a function itself (`asinh`,
//!   `acosh`, `atanh`, `cbrt`) or has none (`erf`, `erfc`), the C library's
//!   algorithm is reproduced; `gamma`, `lgamma`, `hypot`, `dist` and `fsum`
//!   follow CPython's own algorithms, so results agree to the last bit.
//! - Nothing panics: every failure is a Python exception.

use num_bigint::BigInt;
use pyrite_objects::types::int::Int;
use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;

mod integer;
mod real;
mod special;
mod sums;

/// The `math` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "math", |interp, dict| {
        for (name, value) in [
            ("pi", std::f64::consts::PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            interp.dict_set_str(dict, name, Value::Float(value));
        }
        for (name, f) in real::FUNCTIONS
            .iter()
            .chain(integer::FUNCTIONS)
            .chain(sums::FUNCTIONS)
        {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

pub(super) fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

pub(super) fn range_error() -> PyErr {
    PyErr::overflow("math range error")
}

/// `math.NAME()` takes exactly one argument, positionally.
pub(super) fn one_arg(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    match args {
        [v] => Ok(*v),
        _ => Err(PyErr::type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// `NAME(a, b)`: exactly two positional arguments.
pub(super) fn two_args(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<[Value; 2]> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    match args {
        [a, b] => Ok([*a, *b]),
        _ => Err(PyErr::type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// A real argument as a float (`PyFloat_AsDouble`).
pub(super) fn to_f64(interp: &mut Interpreter, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(b as i64 as f64),
        _ => {}
    }
    if let Some(i) = Int::from_value(&interp.heap, v) {
        return i.to_f64();
    }
    if let Some(f) = interp.user_special(v, "__float__") {
        let r = interp.call_special(f, v, &[])?;
        return match r {
            Value::Float(x) => Ok(x),
            other => {
                let msg = format!(
                    "{}.__float__ returned non-float (type {})",
                    interp.type_name(v),
                    interp.type_name(other)
                );
                interp.heap.decref(other);
                Err(PyErr::type_error(msg))
            }
        };
    }
    if interp.user_special(v, "__index__").is_some() {
        return to_int(interp, v)?.to_f64();
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        interp.type_name(v)
    )))
}

/// An integer argument (`int`, `bool` or `__index__`).
pub(super) fn to_int(interp: &mut Interpreter, v: Value) -> PyResult<Int> {
    if let Some(i) = Int::from_value(&interp.heap, v) {
        return Ok(i);
    }
    if let Some(f) = interp.user_special(v, "__index__") {
        let r = interp.call_special(f, v, &[])?;
        let i = Int::from_value(&interp.heap, r);
        let rname = interp.type_name(r).to_string();
        interp.heap.decref(r);
        return i.ok_or_else(|| {
            PyErr::type_error(format!("__index__ returned non-int (type {rname})"))
        });
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        interp.type_name(v)
    )))
}

/// A big integer as `m * 2**e` with `0.5 <= m < 1` (for `log` of ints too
/// large for a float); `x` is positive.
pub(super) fn int_frexp(x: &BigInt) -> (f64, u64) {
    let bits = x.bits();
    let shift = bits.saturating_sub(60);
    let top: BigInt = x >> shift;
    let (_, digits) = top.to_u64_digits();
    let top = digits.first().copied().unwrap_or(0) as f64;
    // `top` has at most 60 bits: scale it into [0.5, 1).
    let top_bits = bits - shift;
    (top / 2f64.powi(top_bits as i32), bits)
}

/// One entry of a submodule's function table.
pub(super) type Native = (&'static str, NativeFn);
