//! Methods of `complex`, `range` and `slice`, and the class methods of the
//! built-in types (`int.from_bytes`, `float.fromhex`, `bytes.fromhex`,
//! `dict.fromkeys`), whose receiver is the type itself.

use crate::error::{PyErr, PyResult};
use crate::heap::Payload;
use crate::methods::{Args, MethodTable, index_arg, no_args, text_of};
use crate::ops::{eq, repr, sequence, type_name};
use crate::runtime::Runtime;
use crate::types::float::float_fromhex;
use crate::types::int::Int;
use crate::value::Value;

/// `complex`'s methods.
pub const COMPLEX_METHODS: MethodTable = &[
    ("conjugate", complex_conjugate),
    ("__complex__", complex_complex),
    ("__getnewargs__", complex_getnewargs),
];

/// `range`'s methods.
pub const RANGE_METHODS: MethodTable = &[("index", range_index), ("count", range_count)];

/// `slice`'s methods.
pub const SLICE_METHODS: MethodTable = &[("indices", slice_indices)];

/// `int`'s class methods.
pub const INT_CLASS_METHODS: MethodTable = &[("from_bytes", int_from_bytes)];

/// `float`'s class methods.
pub const FLOAT_CLASS_METHODS: MethodTable = &[
    ("fromhex", float_fromhex_method),
    ("__getformat__", float_getformat),
];

/// `bytes`' class methods.
pub const BYTES_CLASS_METHODS: MethodTable = &[("fromhex", bytes_fromhex)];

/// `bytearray`'s class methods.
pub const BYTEARRAY_CLASS_METHODS: MethodTable = &[("fromhex", bytearray_fromhex)];

/// `str`'s static methods.
pub const STR_CLASS_METHODS: MethodTable =
    &[("maketrans", crate::types::str_translate::str_maketrans)];

/// `dict`'s class methods.
pub const DICT_CLASS_METHODS: MethodTable = &[("fromkeys", dict_fromkeys)];

fn complex_conjugate(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "complex.conjugate")?;
    let (re, im) = match v.as_obj().map(|r| rt.heap().payload(r)) {
        Some(Payload::Complex { real, imag }) => (*real, *imag),
        _ => return Err(PyErr::type_error("descriptor requires a 'complex' object")),
    };
    Ok(crate::ops::arith::new_complex(rt.heap(), re, -im))
}

/// The real and imaginary parts of a `complex` receiver.
fn this_complex(rt: &mut dyn Runtime, v: Value) -> PyResult<(f64, f64)> {
    match v.as_obj().map(|r| rt.heap().payload(r)) {
        Some(Payload::Complex { real, imag }) => Ok((*real, *imag)),
        _ => Err(PyErr::type_error("descriptor requires a 'complex' object")),
    }
}

/// `complex.__complex__()`: the value as an exact `complex`.
fn complex_complex(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "complex.__complex__")?;
    let (re, im) = this_complex(rt, v)?;
    Ok(crate::ops::arith::new_complex(rt.heap(), re, im))
}

/// `complex.__getnewargs__()`: `(real, imag)`.
fn complex_getnewargs(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "complex.__getnewargs__")?;
    let (re, im) = this_complex(rt, v)?;
    Ok(rt
        .heap()
        .new_tuple(vec![Value::Float(re), Value::Float(im)]))
}

/// `float.__getformat__(typestr)`: how C doubles and floats are stored,
/// which is IEEE 754 in the machine's byte order.
fn float_getformat(rt: &mut dyn Runtime, _cls: Value, args: Args<'_>) -> PyResult<Value> {
    let [typestr] = args.bind("__getformat__", ["typestr"], 1, 1)?;
    let typestr = typestr.unwrap_or(Value::None);
    let Some(text) = text_of(rt.heap(), typestr) else {
        return Err(PyErr::type_error(format!(
            "__getformat__() argument must be str, not {}",
            crate::ops::type_name(rt.heap(), typestr)
        )));
    };
    if text != "double" && text != "float" {
        return Err(PyErr::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        ));
    }
    let order = if cfg!(target_endian = "little") {
        "IEEE, little-endian"
    } else {
        "IEEE, big-endian"
    };
    Ok(rt.heap().new_str(order.to_string()))
}

/// The position of `x` in the range, if it is one of its values.
fn range_position(rt: &mut dyn Runtime, v: Value, x: Value) -> PyResult<Option<i64>> {
    let heap = rt.heap();
    if Int::from_value(heap, x).is_none() {
        // Not an int: compare with each value, like a generic sequence.
        let items = crate::ops::iterate(rt, v)?;
        let mut found = Ok(None);
        for (i, item) in items.iter().enumerate() {
            match eq(rt, *item, x) {
                Ok(true) => {
                    found = Ok(Some(i as i64));
                    break;
                }
                Ok(false) => {}
                Err(e) => {
                    found = Err(e);
                    break;
                }
            }
        }
        for item in items {
            rt.heap().decref(item);
        }
        return found;
    }
    if !sequence::contains(rt, v, x)? {
        return Ok(None);
    }
    let heap = rt.heap();
    let Some(Payload::Range { start, step, .. }) = v.as_obj().map(|r| heap.payload(r)) else {
        return Err(PyErr::type_error("descriptor requires a 'range' object"));
    };
    let (start, step) = (*start, *step);
    let f = |w: Value| Int::from_value(heap, w).unwrap_or(Int::Small(0));
    let i = f(x).sub(&f(start)).floordiv(&f(step))?;
    Ok(i.to_i64())
}

fn range_index(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("index", ["value"], 1, 1)?;
    let x = x.unwrap_or(Value::None);
    match range_position(rt, v, x)? {
        Some(i) => Ok(Value::Int(i)),
        None if Int::from_value(rt.heap(), x).is_some() => {
            let shown = repr(rt, x)?;
            Err(PyErr::value_error(format!("{shown} is not in range")))
        }
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("count", ["value"], 1, 1)?;
    let x = x.unwrap_or(Value::None);
    if Int::from_value(rt.heap(), x).is_some() {
        return Ok(Value::Int(sequence::contains(rt, v, x)? as i64));
    }
    let items = crate::ops::iterate(rt, v)?;
    let mut n = 0;
    let mut result = Ok(());
    for item in &items {
        match eq(rt, *item, x) {
            Ok(true) => n += 1,
            Ok(false) => {}
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    for item in items {
        rt.heap().decref(item);
    }
    result.map(|()| Value::Int(n))
}

fn slice_indices(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [length] = args.bind("indices", ["length"], 1, 1)?;
    let length = index_arg(rt.heap(), length.unwrap_or(Value::None))?;
    if length < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let r = v
        .as_obj()
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'slice' object"))?;
    let (start, stop, step) = sequence::slice_indices(rt.heap(), r, length as usize)?;
    Ok(rt
        .heap()
        .new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(rt: &mut dyn Runtime, _cls: Value, args: Args<'_>) -> PyResult<Value> {
    let [bytes, byteorder, signed] =
        args.bind("from_bytes", ["bytes", "byteorder", "signed"], 1, 0)?;
    let heap = rt.heap();
    let bytes = bytes.unwrap_or(Value::None);
    let data: Vec<u8> = match bytes.as_obj().map(|r| heap.payload(r)) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.clone(),
        _ => {
            let items = crate::ops::iterate(rt, bytes)?;
            let heap = rt.heap();
            let out: Option<Vec<u8>> = items
                .iter()
                .map(|i| {
                    Int::from_value(heap, *i)
                        .and_then(|i| i.to_i64())
                        .and_then(|b| u8::try_from(b).ok())
                })
                .collect();
            for i in items {
                rt.heap().decref(i);
            }
            out.ok_or_else(|| PyErr::value_error("bytes must be in range(0, 256)"))?
        }
    };
    let heap = rt.heap();
    let little = match byteorder.map(|b| text_of(heap, b)) {
        None => false,
        Some(Some(s)) if s == "little" => true,
        Some(Some(s)) if s == "big" => false,
        Some(Some(_)) => {
            return Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            ));
        }
        Some(None) => {
            return Err(PyErr::type_error(
                "from_bytes() argument 'byteorder' must be str",
            ));
        }
    };
    let signed = signed.is_some_and(|s| crate::ops::native_truth(heap, s).unwrap_or(true));
    Ok(Int::from_bytes(&data, little, signed).into_value(heap))
}

fn float_fromhex_method(rt: &mut dyn Runtime, _cls: Value, args: Args<'_>) -> PyResult<Value> {
    let [s] = args.bind("fromhex", ["string"], 1, 1)?;
    let heap = rt.heap();
    let s = s.unwrap_or(Value::None);
    let text = text_of(heap, s).ok_or_else(|| {
        PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(heap, s)
        ))
    })?;
    Ok(Value::Float(float_fromhex(&text)?))
}

/// `bytes.fromhex(string)`: pairs of hex digits, spaces between pairs.
fn bytes_fromhex(rt: &mut dyn Runtime, _cls: Value, args: Args<'_>) -> PyResult<Value> {
    let out = parse_hex(rt, args)?;
    Ok(rt.heap().new_bytes(out))
}

/// `bytearray.fromhex(string)`.
fn bytearray_fromhex(rt: &mut dyn Runtime, _cls: Value, args: Args<'_>) -> PyResult<Value> {
    let out = parse_hex(rt, args)?;
    Ok(rt.heap().new_bytearray(out))
}

/// The bytes a `fromhex` string spells: pairs of hex digits, whitespace
/// between pairs allowed.
fn parse_hex(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Vec<u8>> {
    let [s] = args.bind("fromhex", ["string"], 1, 1)?;
    let heap = rt.heap();
    let s = s.unwrap_or(Value::None);
    let text = text_of(heap, s).ok_or_else(|| {
        PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(heap, s)
        ))
    })?;
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |pos: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `dict.fromkeys(iterable, value=None)`.
fn dict_fromkeys(rt: &mut dyn Runtime, _cls: Value, args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("fromkeys() takes no keyword arguments"));
    }
    let (keys, value) = match args.positional {
        [k] => (*k, Value::None),
        [k, v] => (*k, *v),
        other => {
            return Err(PyErr::type_error(format!(
                "fromkeys expected at {} {}, got {}",
                if other.is_empty() { "least" } else { "most" },
                if other.is_empty() {
                    "1 argument"
                } else {
                    "2 arguments"
                },
                other.len()
            )));
        }
    };
    let items = crate::ops::iterate(rt, keys)?;
    let d = rt.heap().new_dict();
    let r = d.as_obj().expect("a dict is a heap object");
    let mut result = Ok(());
    for k in &items {
        if let Err(e) = crate::types::dict::set_item(rt, r, *k, value) {
            result = Err(e);
            break;
        }
    }
    for k in items {
        rt.heap().decref(k);
    }
    match result {
        Ok(()) => Ok(d),
        Err(e) => {
            rt.heap().decref(d);
            Err(e)
        }
    }
}
