//! Built-in functions whose behaviour belongs to the built-in types:
//! the type constructors (`int()`, `str()`, `dict()`, …) and `len`, `abs`,
//! `divmod`, `round`, `pow`, `sorted`, `min`, `max`, `sum`, `chr`, `ord`,
//! `hex`, … The VM's `builtins` module lists these next to the functions
//! that need the interpreter itself (`print`, `getattr`, `iter`, …).
//!
//! Same calling convention as methods ([`crate::methods`]): borrowed
//! arguments, an owned result.

use crate::error::{PyErr, PyResult};
use crate::heap::Payload;
use crate::methods::{Args, text_of};
use crate::ops::arith::{BinOp, UnaryOp, binary_op, divmod as num_divmod, unary_op};
use crate::ops::{CmpOp, compare, format, hash, iterate, native_truth, sequence, type_name};
use crate::runtime::Runtime;
use crate::types::int::Int;
use crate::value::Value;

/// A built-in function: runtime and arguments (borrowed); an owned result.
pub type BuiltinFunction = fn(&mut dyn Runtime, Args<'_>) -> PyResult<Value>;

mod constructors;

pub use constructors::*;

/// The functions this module provides, by name.
pub const BUILTIN_FUNCTIONS: &[(&str, BuiltinFunction)] = &[
    ("int", int_new),
    ("float", float_new),
    ("complex", complex_new),
    ("str", str_new),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("bool", bool_new),
    ("list", list_new),
    ("tuple", tuple_new),
    ("set", set_new),
    ("frozenset", frozenset_new),
    ("dict", dict_new),
    ("range", range_new),
    ("slice", slice_new),
    ("bytes", bytes_new),
    ("bytearray", bytearray_new),
    ("len", builtin_len),
    ("abs", builtin_abs),
    ("divmod", builtin_divmod),
    ("round", builtin_round),
    ("pow", builtin_pow),
    ("hash", builtin_hash),
    ("format", builtin_format),
    ("sorted", builtin_sorted),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sum", builtin_sum),
    ("any", builtin_any),
    ("all", builtin_all),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("hex", builtin_hex),
    ("oct", builtin_oct),
    ("bin", builtin_bin),
];

pub(crate) fn arity(args: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.positional.len();
    if n < min {
        let plural = if min == 1 { "argument" } else { "arguments" };
        return Err(PyErr::type_error(format!(
            "{name} expected at least {min} {plural}, got {n}"
        )));
    }
    if n > max {
        let plural = if max == 1 { "argument" } else { "arguments" };
        return Err(PyErr::type_error(format!(
            "{name} expected at most {max} {plural}, got {n}"
        )));
    }
    Ok(())
}

pub(crate) fn release(rt: &mut dyn Runtime, values: Vec<Value>) {
    for v in values {
        rt.heap().decref(v);
    }
}

fn one(args: &Args<'_>, name: &str) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    match args.positional {
        [x] => Ok(*x),
        other => Err(PyErr::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

fn builtin_len(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = one(&args, "len")?;
    Ok(Value::Int(sequence::len(rt.heap(), x)? as i64))
}

fn builtin_abs(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = one(&args, "abs")?;
    unary_op(rt, UnaryOp::Abs, x)
}

fn builtin_divmod(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    arity(&args, "divmod", 2, 2)?;
    let (q, r) = num_divmod(rt, args.positional[0], args.positional[1])?;
    Ok(rt.heap().new_tuple(vec![q, r]))
}

fn builtin_round(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [x, ndigits] = args.bind("round", ["number", "ndigits"], 1, 0)?;
    let x = x.unwrap_or(Value::None);
    let heap = rt.heap();
    let Some(ty) = heap.builtin_type(x) else {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(heap, x)
        )));
    };
    let Some(f) = crate::methods::lookup(ty, "__round__") else {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(heap, x)
        )));
    };
    let rest: Vec<Value> = ndigits.into_iter().collect();
    f(rt, x, Args::new(&rest))
}

fn builtin_pow(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [base, exp, modulus] = args.bind("pow", ["base", "exp", "mod"], 2, 0)?;
    let (base, exp) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    match modulus {
        None | Some(Value::None) => binary_op(rt, BinOp::Pow, base, exp),
        Some(m) => {
            let heap = rt.heap();
            let (Some(b), Some(e), Some(m)) = (
                Int::from_value(heap, base),
                Int::from_value(heap, exp),
                Int::from_value(heap, m),
            ) else {
                return Err(PyErr::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                // A negative exponent needs the inverse of the base.
                let inv = mod_inverse(&b, &m).ok_or_else(|| {
                    PyErr::value_error("base is not invertible for the given modulus")
                })?;
                inv.pow_mod(&e.neg(), &m)?
            } else {
                b.pow_mod(&e, &m)?
            };
            Ok(r.into_value(heap))
        }
    }
}

/// The inverse of `b` modulo `m`, if it exists.
fn mod_inverse(b: &Int, m: &Int) -> Option<Int> {
    use num_integer::Integer;
    let m_abs = m.abs().to_bigint();
    let b = b.to_bigint().mod_floor(&m_abs);
    let e = b.extended_gcd(&m_abs);
    if e.gcd != num_bigint::BigInt::from(1) {
        return None;
    }
    let inv = e.x.mod_floor(&m_abs);
    let inv = if m.is_negative() && inv != num_bigint::BigInt::from(0) {
        inv - m_abs
    } else {
        inv
    };
    Some(Int::from_bigint(inv))
}

fn builtin_hash(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = one(&args, "hash")?;
    Ok(Value::Int(hash(rt, x)?))
}

fn builtin_format(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [x, spec] = args.bind("format", ["value", "format_spec"], 1, 2)?;
    let heap = rt.heap();
    let spec = match spec {
        Some(s) => text_of(heap, s).ok_or_else(|| {
            PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(heap, s)
            ))
        })?,
        None => String::new(),
    };
    let s = format(rt, x.unwrap_or(Value::None), &spec)?;
    Ok(rt.heap().new_str(s))
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn builtin_sorted(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let n = args.positional.len();
    if n != 1 {
        let msg = if n == 0 {
            "sorted expected 1 argument, got 0".to_string()
        } else {
            format!("sorted expected 1 argument, got {n}")
        };
        return Err(PyErr::type_error(msg));
    }
    let items = iterate(rt, args.positional[0])?;
    let list = rt.heap().new_list(items);
    let sort =
        crate::methods::lookup(crate::types::BuiltinType::List, "sort").expect("list has sort");
    match sort(
        rt,
        list,
        Args {
            positional: &[],
            keywords: args.keywords,
        },
    ) {
        Ok(_) => Ok(list),
        Err(e) => {
            rt.heap().decref(list);
            Err(e)
        }
    }
}

fn min_max(rt: &mut dyn Runtime, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.keywords {
        match *k {
            "key" => key = Some(*v).filter(|v| *v != Value::None),
            "default" => default = Some(*v),
            other => {
                return Err(PyErr::type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let items = match args.positional {
        [] => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        [one] => iterate(rt, *one)?,
        many => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            let v = many.to_vec();
            for x in &v {
                rt.heap().incref(*x);
            }
            v
        }
    };
    let result = best(rt, &items, key, op);
    let outcome = match result {
        Ok(Some(i)) => {
            rt.heap().incref(items[i]);
            Ok(items[i])
        }
        Ok(None) => match default {
            Some(d) => {
                rt.heap().incref(d);
                Ok(d)
            }
            None => Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        },
        Err(e) => Err(e),
    };
    release(rt, items);
    outcome
}

/// The index of the first item that no later item beats under `op`.
fn best(
    rt: &mut dyn Runtime,
    items: &[Value],
    key: Option<Value>,
    op: CmpOp,
) -> PyResult<Option<usize>> {
    let mut keys = Vec::with_capacity(items.len());
    for item in items {
        let k = match key {
            Some(f) => rt.call(f, &[*item]),
            None => {
                rt.heap().incref(*item);
                Ok(*item)
            }
        };
        match k {
            Ok(k) => keys.push(k),
            Err(e) => {
                release(rt, keys);
                return Err(e);
            }
        }
    }
    let mut best: Option<usize> = None;
    let mut result = Ok(());
    for i in 0..keys.len() {
        match best {
            None => best = Some(i),
            Some(b) => match compare(rt, op, keys[i], keys[b]) {
                Ok(true) => best = Some(i),
                Ok(false) => {}
                Err(e) => {
                    result = Err(e);
                    break;
                }
            },
        }
    }
    release(rt, keys);
    result.map(|()| best)
}

fn builtin_min(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    min_max(rt, args, "min", CmpOp::Lt)
}

fn builtin_max(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    min_max(rt, args, "max", CmpOp::Gt)
}

fn builtin_sum(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [iterable, start] = args.bind("sum", ["iterable", "start"], 1, 1)?;
    let start = start.unwrap_or(Value::Int(0));
    let heap = rt.heap();
    if let Some(Payload::Str(_)) = start.as_obj().map(|r| heap.payload(r)) {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let items = iterate(rt, iterable.unwrap_or(Value::None))?;
    rt.heap().incref(start);
    let mut total = start;
    let mut result = Ok(());
    for item in &items {
        match binary_op(rt, BinOp::Add, total, *item) {
            Ok(t) => {
                rt.heap().decref(total);
                total = t;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    release(rt, items);
    match result {
        Ok(()) => Ok(total),
        Err(e) => {
            rt.heap().decref(total);
            Err(e)
        }
    }
}

fn any_all(rt: &mut dyn Runtime, args: Args<'_>, name: &str, want: bool) -> PyResult<Value> {
    let x = one(&args, name)?;
    let items = iterate(rt, x)?;
    let mut found = Ok(!want);
    for item in &items {
        let t = native_truth(rt.heap(), *item).map_or_else(|| crate::ops::truth(rt, *item), Ok);
        match t {
            Ok(t) if t == want => {
                found = Ok(want);
                break;
            }
            Ok(_) => {}
            Err(e) => {
                found = Err(e);
                break;
            }
        }
    }
    release(rt, items);
    found.map(Value::Bool)
}

fn builtin_any(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    any_all(rt, args, "any", true)
}

fn builtin_all(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    any_all(rt, args, "all", false)
}

fn builtin_chr(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = one(&args, "chr")?;
    let heap = rt.heap();
    let i = match Int::from_value(heap, x) {
        Some(Int::Small(i)) => i,
        Some(Int::Big(_)) => {
            return Err(PyErr::overflow("Python int too large to convert to C int"));
        }
        None => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(heap, x)
            )));
        }
    };
    // Lone surrogates cannot be stored in a Rust string; they are refused
    // like out-of-range code points.
    let c = u32::try_from(i)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| PyErr::value_error("chr() arg not in range(0x110000)"))?;
    Ok(heap.new_str(c.to_string()))
}

fn builtin_ord(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = one(&args, "ord")?;
    let heap = rt.heap();
    if let Some(s) = heap.str_of(x) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    let bytes: Option<Vec<u8>> = match x.as_obj().map(|r| heap.payload(r)) {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.clone()),
        _ => None,
    };
    match bytes {
        Some(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(b) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        None => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(heap, x)
        ))),
    }
}

fn prefixed(rt: &mut dyn Runtime, args: Args<'_>, name: &str, radix: u32) -> PyResult<Value> {
    let x = one(&args, name)?;
    let heap = rt.heap();
    let i = Int::from_value(heap, x).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(heap, x)
        ))
    })?;
    Ok(heap.new_str(i.to_prefixed(radix)))
}

fn builtin_hex(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    prefixed(rt, args, "hex", 16)
}

fn builtin_oct(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    prefixed(rt, args, "oct", 8)
}

fn builtin_bin(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    prefixed(rt, args, "bin", 2)
}

/// Look up one of these functions by name.
pub fn lookup(name: &str) -> Option<BuiltinFunction> {
    BUILTIN_FUNCTIONS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}
