//! The named methods of `int` and `float`, as tables of plain functions
//! (the operators are in [`crate::ops::arith`]).

use crate::error::{PyErr, PyResult};
use crate::methods::{Args, MethodTable, index_arg, no_args, text_of};
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::types::float::{
    as_integer_ratio, float_hex, float_to_int, is_integer, round_digits, round_to_int,
};
use crate::types::int::Int;
use crate::value::Value;

/// `int`'s methods (and `bool`'s, which inherits them).
pub const INT_METHODS: MethodTable = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("conjugate", int_conjugate),
    ("as_integer_ratio", int_as_integer_ratio),
    ("__round__", int_round),
    ("__trunc__", int_trunc),
    ("__floor__", int_floor),
    ("__ceil__", int_ceil),
    ("__getnewargs__", int_getnewargs),
];

/// `float`'s methods.
pub const FLOAT_METHODS: MethodTable = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex_method),
    ("conjugate", float_conjugate),
    ("__round__", float_round),
    ("__trunc__", float_trunc),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
    ("__getnewargs__", float_getnewargs),
];

fn this_int(rt: &mut dyn Runtime, v: Value) -> PyResult<Int> {
    Int::from_value(rt.heap(), v)
        .ok_or_else(|| PyErr::type_error("descriptor requires an 'int' object"))
}

fn this_float(rt: &mut dyn Runtime, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        // An instance of a `float` subclass.
        Value::Obj(r) => match rt.heap().payload(r) {
            crate::Payload::Float(f) => Ok(*f),
            _ => Err(PyErr::type_error("descriptor requires a 'float' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'float' object")),
    }
}

fn int_bit_length(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "int.bit_length")?;
    Ok(Value::Int(this_int(rt, v)?.bit_length() as i64))
}

fn int_bit_count(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "int.bit_count")?;
    let i = this_int(rt, v)?;
    let ones: u64 = i
        .abs()
        .to_bigint()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [length, byteorder, signed] =
        args.bind("to_bytes", ["length", "byteorder", "signed"], 0, 0)?;
    let heap = rt.heap();
    let length = match length {
        Some(l) => index_arg(heap, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let little = match byteorder {
        None => false,
        Some(b) => match text_of(heap, b).as_deref() {
            Some("little") => true,
            Some("big") => false,
            Some(_) => {
                return Err(PyErr::value_error(
                    "byteorder must be either 'little' or 'big'",
                ));
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "to_bytes() argument 'byteorder' must be str, not {}",
                    type_name(heap, b)
                )));
            }
        },
    };
    let signed = signed.is_some_and(|s| crate::ops::native_truth(heap, s).unwrap_or(true));
    let bytes = this_int(rt, v)?.to_bytes(length as usize, little, signed)?;
    Ok(rt.heap().new_bytes(bytes))
}

fn int_conjugate(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "int.conjugate")?;
    let i = this_int(rt, v)?;
    Ok(i.into_value(rt.heap()))
}

fn int_as_integer_ratio(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "int.as_integer_ratio")?;
    let i = this_int(rt, v)?.into_value(rt.heap());
    Ok(rt.heap().new_tuple(vec![i, Value::Int(1)]))
}

/// `round(i, ndigits)`: rounds to a multiple of `10**-ndigits`, halves
/// to even, when `ndigits` is negative.
fn int_round(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [ndigits] = args.bind("__round__", ["ndigits"], 0, 1)?;
    let i = this_int(rt, v)?;
    let n = match ndigits {
        None | Some(Value::None) => 0,
        Some(n) => index_arg(rt.heap(), n)?,
    };
    if n >= 0 {
        return Ok(i.into_value(rt.heap()));
    }
    let pow = Int::Small(10).pow(n.unsigned_abs())?;
    let (q, r) = i.divmod(&pow)?;
    let twice = r.mul(&Int::Small(2));
    let q_odd = q.bitop(&Int::Small(1), '&') == Int::Small(1);
    let q = if twice > pow || (twice == pow && q_odd) {
        q.add(&Int::Small(1))
    } else {
        q
    };
    Ok(q.mul(&pow).into_value(rt.heap()))
}

fn float_is_integer(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "float.is_integer")?;
    Ok(Value::Bool(is_integer(this_float(rt, v)?)))
}

fn float_as_integer_ratio(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "float.as_integer_ratio")?;
    let (n, d) = as_integer_ratio(this_float(rt, v)?)?;
    let heap = rt.heap();
    let (n, d) = (n.into_value(heap), d.into_value(heap));
    Ok(heap.new_tuple(vec![n, d]))
}

fn float_hex_method(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "float.hex")?;
    let s = float_hex(this_float(rt, v)?);
    Ok(rt.heap().new_str(s))
}

fn float_conjugate(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "float.conjugate")?;
    Ok(Value::Float(this_float(rt, v)?))
}

/// `round(x)` (an int) or `round(x, ndigits)` (a float).
fn float_round(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [ndigits] = args.bind("__round__", ["ndigits"], 0, 1)?;
    let x = this_float(rt, v)?;
    match ndigits {
        None | Some(Value::None) => Ok(round_to_int(x)?.into_value(rt.heap())),
        Some(n) => Ok(Value::Float(round_digits(x, index_arg(rt.heap(), n)?)?)),
    }
}

/// `int.__trunc__()`, `__floor__()`, `__ceil__()`: an int is already
/// whole, so each is the value as an exact `int` (`True.__floor__()` is 1).
fn int_whole(rt: &mut dyn Runtime, v: Value, args: Args<'_>, name: &str) -> PyResult<Value> {
    no_args(&args, name)?;
    let i = this_int(rt, v)?;
    Ok(i.into_value(rt.heap()))
}

fn int_trunc(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    int_whole(rt, v, args, "int.__trunc__")
}

fn int_floor(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    int_whole(rt, v, args, "int.__floor__")
}

fn int_ceil(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    int_whole(rt, v, args, "int.__ceil__")
}

/// `int.__getnewargs__()`: `(int(self),)`, what pickling an int rebuilds
/// it from.
fn int_getnewargs(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "int.__getnewargs__")?;
    let i = this_int(rt, v)?.into_value(rt.heap());
    Ok(rt.heap().new_tuple(vec![i]))
}

/// `float.__trunc__()`: the integral part, towards zero.
fn float_trunc(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "float.__trunc__")?;
    let x = this_float(rt, v)?;
    Ok(float_to_int(x)?.into_value(rt.heap()))
}

/// `float.__floor__()`: the greatest int not above the value (`math.floor`).
fn float_floor(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "float.__floor__")?;
    let x = this_float(rt, v)?;
    Ok(float_to_int(x.floor())?.into_value(rt.heap()))
}

/// `float.__ceil__()`: the least int not below the value (`math.ceil`).
fn float_ceil(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "float.__ceil__")?;
    let x = this_float(rt, v)?;
    Ok(float_to_int(x.ceil())?.into_value(rt.heap()))
}

/// `float.__getnewargs__()`: `(float(self),)`.
fn float_getnewargs(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "float.__getnewargs__")?;
    let x = this_float(rt, v)?;
    Ok(rt.heap().new_tuple(vec![Value::Float(x)]))
}
