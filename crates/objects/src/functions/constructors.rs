//! The type constructors: `int()`, `float()`, `complex()`, `str()`,
//! `bool()`, `list()`, `tuple()`, `set()`, `frozenset()`, `dict()`,
//! `range()`, `slice()`, `bytes()`, `bytearray()`.

use super::{arity, release};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::Payload;
use crate::methods::{Args, index_arg, text_of};
use crate::ops::arith::new_complex;
use crate::ops::{iterate, repr, str as to_str, type_name};
use crate::runtime::Runtime;
use crate::types::TypeRef;
use crate::types::float::{float_to_int, parse_float};
use crate::types::int::Int;
use crate::types::percent::ascii_escape;
use crate::value::Value;

/// `int(x=0)` / `int(x, base=10)`.
pub fn int_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [x, base] = args.bind("int", ["x", "base"], 0, 1)?;
    let heap = rt.heap();
    let limit = heap.int_max_str_digits;
    let Some(x) = x else {
        return match base {
            Some(_) => Err(PyErr::type_error("int() missing string argument")),
            None => Ok(Value::Int(0)),
        };
    };
    let text = text_of(heap, x).or_else(|| match x.as_obj().map(|r| heap.payload(r)) {
        Some(Payload::Bytes(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        Some(Payload::ByteArray(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    });
    if let Some(base) = base {
        let b = index_arg(heap, base)?;
        let text = text.ok_or_else(|| {
            PyErr::type_error("int() can't convert non-string with explicit base")
        })?;
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        return Ok(Int::parse(&text, b as u32, limit)?.into_value(heap));
    }
    if let Some(text) = text {
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

/// `float(x=0.0)`.
pub fn float_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("float", ["x"], 0, 1)?;
    let heap = rt.heap();
    let Some(x) = x else {
        return Ok(Value::Float(0.0));
    };
    if let Some(text) = text_of(heap, x) {
        return Ok(Value::Float(parse_float(&text)?));
    }
    if let Some(Payload::Bytes(b)) = x.as_obj().map(|r| heap.payload(r)) {
        let text = String::from_utf8_lossy(b).into_owned();
        return Ok(Value::Float(parse_float(&text)?));
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

/// `complex(real=0, imag=0)` for numbers.
pub fn complex_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [re, im] = args.bind("complex", ["real", "imag"], 0, 0)?;
    let heap = rt.heap();
    // Each argument as (real, imag, is_complex).
    let part = |v: Option<Value>, which: &str| -> PyResult<Option<(f64, f64, bool)>> {
        let Some(v) = v else { return Ok(None) };
        if let Some(Payload::Complex { real, imag }) = v.as_obj().map(|r| heap.payload(r)) {
            return Ok(Some((*real, *imag, true)));
        }
        match (v, Int::from_value(heap, v)) {
            (Value::Float(f), _) => Ok(Some((f, 0.0, false))),
            (_, Some(i)) => Ok(Some((i.to_f64()?, 0.0, false))),
            _ => Err(PyErr::type_error(format!(
                "complex() {which} must be a number, not '{}'",
                type_name(heap, v)
            ))),
        }
    };
    let r = part(re, "first argument")?.unwrap_or((0.0, 0.0, false));
    let i = part(im, "second argument")?;
    // CPython's complex_new: real = r.real - i.imag, imag = i.real + r.imag,
    // where the imaginary parts only take part when they exist, so the
    // sign of a zero imaginary argument survives.
    let mut real = r.0;
    let mut imag = match i {
        Some((ir, _, _)) => ir,
        None => r.1,
    };
    if let Some((_, ii, true)) = i {
        real -= ii;
    }
    if let (true, Some(_)) = (r.2, i) {
        imag += r.1;
    }
    Ok(new_complex(heap, real, imag))
}

/// `str(object='')`.
pub fn str_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("str", ["object"], 0, 0)?;
    let s = match x {
        Some(x) => to_str(rt, x)?,
        None => String::new(),
    };
    Ok(rt.heap().new_str(s))
}

pub(super) fn builtin_repr(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("repr", ["obj"], 1, 1)?;
    let s = repr(rt, x.unwrap_or(Value::None))?;
    Ok(rt.heap().new_str(s))
}

pub(super) fn builtin_ascii(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("ascii", ["obj"], 1, 1)?;
    let s = ascii_escape(&repr(rt, x.unwrap_or(Value::None))?);
    Ok(rt.heap().new_str(s))
}

/// `bool(x=False)`.
pub fn bool_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("bool", ["x"], 0, 1)?;
    Ok(Value::Bool(match x {
        Some(x) => crate::ops::truth(rt, x)?,
        None => false,
    }))
}

fn items_of(rt: &mut dyn Runtime, args: &Args<'_>, name: &str) -> PyResult<Vec<Value>> {
    arity(args, name, 0, 1)?;
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    match args.positional.first() {
        Some(x) => iterate(rt, *x),
        None => Ok(Vec::new()),
    }
}

/// `list(iterable=())`.
pub fn list_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    // `list(range(n))` writes the ints straight into the list's storage,
    // without a vector of values in between.
    if let ([source], []) = (args.positional, args.keywords) {
        if let Some(list) = rt.heap().new_list_from_range(*source) {
            return list;
        }
    }
    let items = items_of(rt, &args, "list")?;
    Ok(rt.heap().new_list(items))
}

/// `tuple(iterable=())`.
pub fn tuple_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(rt, &args, "tuple")?;
    Ok(rt.heap().new_tuple(items))
}

fn any_set_new(rt: &mut dyn Runtime, args: Args<'_>, frozen: bool) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    arity(&args, name, 0, 1)?;
    let s = rt.heap().new_empty_set(frozen);
    let Some(&x) = args.positional.first() else {
        return Ok(Value::Obj(s));
    };
    let source_set = x
        .as_obj()
        .filter(|r| matches!(rt.heap().payload(*r), Payload::Set(_)));
    let result = match source_set {
        // A set argument is merged, copying its table layout as CPython does.
        Some(o) => crate::types::set::merge(rt, s, o),
        None => iterate(rt, x).and_then(|items| {
            let mut r = Ok(());
            for item in &items {
                if let Err(e) = crate::types::set::add(rt, s, *item) {
                    r = Err(e);
                    break;
                }
            }
            release(rt, items);
            r
        }),
    };
    match result {
        Ok(()) => Ok(Value::Obj(s)),
        Err(e) => {
            rt.heap().decref_obj(s);
            Err(e)
        }
    }
}

/// `set(iterable=())`.
pub fn set_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    any_set_new(rt, args, false)
}

/// `frozenset(iterable=())`.
pub fn frozenset_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    any_set_new(rt, args, true)
}

/// `dict(mapping_or_pairs=(), **kwargs)`.
pub fn dict_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    arity(&args, "dict", 0, 1)?;
    let d = rt.heap().new_dict();
    let r = d.as_obj().expect("a dict is a heap object");
    let result = (|| {
        if let Some(&other) = args.positional.first() {
            crate::types::dict_methods::merge_from(rt, r, other)?;
        }
        for (name, value) in args.keywords {
            let k = rt.heap().new_str(*name);
            let set = crate::types::dict::set_item(rt, r, k, *value);
            rt.heap().decref(k);
            set?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => Ok(d),
        Err(e) => {
            rt.heap().decref(d);
            Err(e)
        }
    }
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn range_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("range() takes no keyword arguments"));
    }
    arity(&args, "range", 1, 3)?;
    let heap = rt.heap();
    for v in args.positional {
        if Int::from_value(heap, *v).is_none() {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(heap, *v)
            )));
        }
    }
    // A bool argument is stored as the int it is.
    let as_int = |v: Value| match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    };
    let p: Vec<Value> = args.positional.iter().map(|v| as_int(*v)).collect();
    let (start, stop, step) = match p.len() {
        1 => (Value::Int(0), p[0], Value::Int(1)),
        2 => (p[0], p[1], Value::Int(1)),
        _ => (p[0], p[1], p[2]),
    };
    crate::types::range::new_range(heap, start, stop, step)
}

/// `slice(stop)` / `slice(start, stop[, step])`.
pub fn slice_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    arity(&args, "slice", 1, 3)?;
    let p = args.positional;
    let (start, stop, step) = match p.len() {
        1 => (Value::None, p[0], Value::None),
        2 => (p[0], p[1], Value::None),
        _ => (p[0], p[1], p[2]),
    };
    Ok(rt.heap().new_slice(start, stop, step))
}

/// What `bytes(v)` takes from `v.__bytes__()`, when `v`'s class has that
/// method (exact `bytes` and the built-in types do not need it); CPython's
/// error when it returns something other than bytes.
fn bytes_dunder(rt: &mut dyn Runtime, v: Value) -> PyResult<Option<Vec<u8>>> {
    let heap = rt.heap();
    if !matches!(heap.type_of(v), TypeRef::Heap(_)) {
        return Ok(None);
    }
    let method = match rt.getattr(v, "__bytes__") {
        Ok(m) => m,
        Err(e) if e.kind() == Some(ExcKind::AttributeError) => return Ok(None),
        Err(e) => return Err(e),
    };
    let result = rt.call(method, &[]);
    rt.heap().decref(method);
    let result = result?;
    let heap = rt.heap();
    let out = match result.as_obj().map(|r| heap.payload(r)) {
        Some(Payload::Bytes(b)) => Ok(Some(b.to_vec())),
        _ => Err(PyErr::type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name(heap, result)
        ))),
    };
    heap.decref(result);
    out
}

fn byte_values(rt: &mut dyn Runtime, args: &Args<'_>, name: &str) -> PyResult<Vec<u8>> {
    let [source, encoding, errors] = args.bind(name, ["source", "encoding", "errors"], 0, 0)?;
    let Some(source) = source else {
        return Ok(Vec::new());
    };
    let heap = rt.heap();
    if text_of(heap, source).is_some() {
        if encoding.is_none() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        let mut kw: Vec<(&str, Value)> = Vec::new();
        if let Some(e) = encoding {
            kw.push(("encoding", e));
        }
        if let Some(e) = errors {
            kw.push(("errors", e));
        }
        let encode = crate::methods::lookup(crate::types::BuiltinType::Str, "encode")
            .expect("str has encode");
        let b = encode(
            rt,
            source,
            Args {
                positional: &[],
                keywords: &kw,
            },
        )?;
        let out = match b.as_obj().map(|r| rt.heap().payload(r)) {
            Some(Payload::Bytes(x)) => x.to_vec(),
            _ => Vec::new(),
        };
        rt.heap().decref(b);
        return Ok(out);
    }
    if encoding.is_some() || errors.is_some() {
        return Err(PyErr::type_error(if encoding.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        }));
    }
    if name == "bytes" {
        if let Some(b) = bytes_dunder(rt, source)? {
            return Ok(b);
        }
    }
    let heap = rt.heap();
    if let Some(n) = Int::from_value(heap, source) {
        let n = n
            .to_i64()
            .ok_or_else(|| PyErr::overflow("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        crate::error::check_allocation(n as u128, 1)?;
        return Ok(vec![0; n as usize]);
    }
    if let Some(Payload::Bytes(b)) = source.as_obj().map(|r| heap.payload(r)) {
        return Ok(b.to_vec());
    }
    if let Some(Payload::ByteArray(b)) = source.as_obj().map(|r| heap.payload(r)) {
        return Ok(b.clone());
    }
    if let Some(view) = crate::types::memoryview::view_of(heap, source) {
        return view
            .bytes(heap)
            .ok_or_else(crate::types::memoryview::released_error);
    }
    let items = iterate(rt, source).map_err(|e| {
        let what = type_name(rt.heap(), source);
        if e.message() == Some(&format!("'{what}' object is not iterable")) {
            PyErr::type_error(format!("cannot convert '{what}' object to {name}"))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for item in &items {
        let heap = rt.heap();
        match Int::from_value(heap, *item) {
            Some(i) => match i.to_i64().filter(|b| (0..256).contains(b)) {
                Some(b) => out.push(b as u8),
                None => {
                    result = Err(PyErr::value_error("bytes must be in range(0, 256)"));
                    break;
                }
            },
            None => {
                result = Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(heap, *item)
                )));
                break;
            }
        }
    }
    release(rt, items);
    result.map(|()| out)
}

/// `bytes(source=b'', encoding, errors)`.
pub fn bytes_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let b = byte_values(rt, &args, "bytes")?;
    Ok(rt.heap().new_bytes(b))
}

/// `bytearray(source=b'', encoding, errors)`.
pub fn bytearray_new(rt: &mut dyn Runtime, args: Args<'_>) -> PyResult<Value> {
    let b = byte_values(rt, &args, "bytearray")?;
    Ok(rt.heap().new_bytearray(b))
}
