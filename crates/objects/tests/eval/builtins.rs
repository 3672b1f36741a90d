//! The built-in functions the expression table calls.

use super::{call_method, new_set_from, parse::Expr};
use pyrite_objects::methods::Args;
use pyrite_objects::ops::arith::{UnaryOp, divmod, new_complex, unary_op};
use pyrite_objects::ops::{format, hash, iterate, repr, sequence, str as to_str, type_name};
use pyrite_objects::types::float::{float_to_int, parse_float};
use pyrite_objects::types::int::Int;
use pyrite_objects::types::range::new_range;
use pyrite_objects::{Heap, PyErr, PyResult, Value};

pub fn call(
    heap: &mut Heap,
    func: &str,
    args: &[Value],
    keywords: &[(String, Expr)],
    kw_values: &[Value],
) -> PyResult<Value> {
    let arg = |i: usize| args.get(i).copied();
    match func {
        "repr" => {
            let s = repr(heap, args[0])?;
            Ok(heap.new_str(s))
        }
        "str" => {
            let s = to_str(heap, args[0])?;
            Ok(heap.new_str(s))
        }
        "hash" => Ok(Value::Int(hash(heap, args[0])?)),
        "len" => Ok(Value::Int(sequence::len(heap, args[0])? as i64)),
        "abs" => unary_op(heap, UnaryOp::Abs, args[0]),
        "format" => {
            let spec = match arg(1) {
                Some(s) => heap.str_of(s).unwrap_or("").to_string(),
                None => String::new(),
            };
            let s = format(heap, args[0], &spec)?;
            Ok(heap.new_str(s))
        }
        "divmod" => {
            let (q, r) = divmod(heap, args[0], args[1])?;
            Ok(heap.new_tuple(vec![q, r]))
        }
        "round" => {
            let rest: Vec<Value> = args[1..].to_vec();
            call_method(heap, args[0], "__round__", Args::new(&rest))
        }
        "int" => int(heap, args),
        "float" => float(heap, args[0]),
        "complex" => {
            let part = |v: Value| match (v, Int::from_value(heap, v)) {
                (Value::Float(f), _) => Ok(f),
                (_, Some(i)) => i.to_f64(),
                _ => Err(PyErr::type_error("complex() argument must be a number")),
            };
            let re = part(args[0])?;
            let im = match arg(1) {
                Some(v) => part(v)?,
                None => 0.0,
            };
            Ok(new_complex(heap, re, im))
        }
        "slice" => {
            let (start, stop, step) = match args.len() {
                1 => (Value::None, args[0], Value::None),
                2 => (args[0], args[1], Value::None),
                _ => (args[0], args[1], args[2]),
            };
            Ok(heap.new_slice(start, stop, step))
        }
        "range" => {
            let (start, stop, step) = match args.len() {
                1 => (Value::Int(0), args[0], Value::Int(1)),
                2 => (args[0], args[1], Value::Int(1)),
                _ => (args[0], args[1], args[2]),
            };
            new_range(heap, start, stop, step)
        }
        "set" => new_set_from(heap, arg(0), false),
        "frozenset" => new_set_from(heap, arg(0), true),
        "list" => {
            let items = match arg(0) {
                Some(a) => iterate(heap, a)?,
                None => Vec::new(),
            };
            Ok(heap.new_list(items))
        }
        "tuple" => {
            let items = match arg(0) {
                Some(a) => iterate(heap, a)?,
                None => Vec::new(),
            };
            Ok(heap.new_tuple(items))
        }
        other => {
            let _ = (keywords, kw_values);
            Err(PyErr::new(
                pyrite_objects::ExcKind::NameError,
                format!("name '{other}' is not defined"),
            ))
        }
    }
}

fn int(heap: &mut Heap, args: &[Value]) -> PyResult<Value> {
    let limit = heap.int_max_str_digits;
    let x = args[0];
    if let Some(base) = args.get(1) {
        let base = Int::from_value(heap, *base)
            .and_then(|b| b.to_i64())
            .unwrap_or(-1);
        let text = heap.str_of(x).ok_or_else(|| {
            PyErr::type_error("int() can't convert non-string with explicit base")
        })?;
        let b = u32::try_from(base)
            .map_err(|_| PyErr::value_error("int() base must be >= 2 and <= 36, or 0"))?;
        return Ok(Int::parse(text, b, limit)?.into_value(heap));
    }
    if let Some(text) = heap.str_of(x) {
        let text = text.to_string();
        return Ok(Int::parse(&text, 10, limit)?.into_value(heap));
    }
    if let Value::Float(f) = x {
        return Ok(float_to_int(f)?.into_value(heap));
    }
    match Int::from_value(heap, x) {
        Some(i) => Ok(i.into_value(heap)),
        None => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(heap, x)
        ))),
    }
}

fn float(heap: &mut Heap, x: Value) -> PyResult<Value> {
    if let Some(text) = heap.str_of(x) {
        return Ok(Value::Float(parse_float(text)?));
    }
    match (x, Int::from_value(heap, x)) {
        (Value::Float(f), _) => Ok(Value::Float(f)),
        (_, Some(i)) => Ok(Value::Float(i.to_f64()?)),
        _ => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(heap, x)
        ))),
    }
}
