//! The `struct` module: values packed into bytes and unpacked from them
//! by format strings (`<hhl`, `@3sxi`). Formats are parsed by
//! [`format`]; values are converted by [`codec`]; the `Struct` class,
//! `iter_unpack` and the `error` exception are written in Python
//! (`struct_pack/pure.py`).
//!
//! Invariant: a format's items lie within its size, so every slice of a
//! buffer of exactly that size (after the checks here) is in bounds.

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{NativeFn, bind, define, no_keywords};
use crate::interpreter::Interpreter;

mod codec;
mod format;
mod half;

const PYTHON_PART: &str = include_str!("struct_pack/pure.py");

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("calcsize", struct_calcsize),
    ("pack", struct_pack),
    ("pack_into", struct_pack_into),
    ("unpack", struct_unpack),
    ("unpack_from", struct_unpack_from),
];

/// The `struct` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "struct", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        super::run_python_part(interp, dict, PYTHON_PART, "<frozen struct>")
    })
}

/// A `struct.error` carrying `message`.
fn struct_error(interp: &mut Interpreter, message: &str) -> PyErr {
    let class = module(interp).ok().and_then(|m| {
        let dict = interp.module_dict(m);
        let class = interp.dict_get_str(dict, "error");
        interp.heap.decref(m);
        class
    });
    let Some(class) = class else {
        return PyErr::value_error(message.to_string());
    };
    interp.heap.decref(class);
    let Some(class) = class.as_obj() else {
        return PyErr::value_error(message.to_string());
    };
    let text = interp.heap.new_str(message);
    let exc = interp.new_exception(class, &[text]);
    interp.heap.decref(text);
    PyErr::Raised(exc)
}

/// The parsed format argument (str or bytes).
fn format_arg(interp: &mut Interpreter, v: Value) -> PyResult<format::Format> {
    let text = match interp.heap.str_of(v) {
        Some(s) => s.to_string(),
        None => match codec::bytes_of(interp, v) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(PyErr::type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    interp.type_name(v)
                )));
            }
        },
    };
    format::parse(&text).map_err(|m| struct_error(interp, m))
}

fn struct_calcsize(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "calcsize", args, kwnames, &["format"], 1)?;
    let f = format_arg(interp, a[0].unwrap_or(Value::None))?;
    Ok(Value::Int(f.size as i64))
}

/// Pack `values` by `f` into a new buffer.
fn pack_values(
    interp: &mut Interpreter,
    f: &format::Format,
    values: &[Value],
    func: &str,
) -> PyResult<Vec<u8>> {
    let expected = f.values();
    if values.len() != expected {
        return Err(struct_error(
            interp,
            &format!(
                "{func} expected {expected} items for packing (got {})",
                values.len()
            ),
        ));
    }
    let mut out = vec![0u8; f.size];
    let mut next = 0;
    for item in &f.items {
        let n = item.values();
        codec::pack_item(interp, f.order, item, &values[next..next + n], &mut out)?;
        next += n;
    }
    Ok(out)
}

/// Where `f`'s bytes start in a buffer of `len` bytes at `offset` (counted
/// from the end when negative), checked to lie within the buffer; `func`
/// and `verb` name the operation in the error.
fn buffer_start(
    interp: &mut Interpreter,
    f: &format::Format,
    offset: i64,
    len: i64,
    func: &str,
    verb: &str,
) -> PyResult<usize> {
    // CPython's checks, in its order; the sums are taken in i128 so an
    // offset near sys.maxsize reports the size it would need instead of
    // wrapping around.
    let size = f.size as i128;
    let (offset, len) = (offset as i128, len as i128);
    if offset < 0 && offset + size > 0 {
        let message = if verb == "packing" {
            format!("no space to pack {size} bytes at offset {offset}")
        } else {
            format!("not enough data to unpack {size} bytes at offset {offset}")
        };
        return Err(struct_error(interp, &message));
    }
    if offset < 0 && offset + len < 0 {
        return Err(struct_error(
            interp,
            &format!("offset {offset} out of range for {len}-byte buffer"),
        ));
    }
    let start = if offset < 0 { offset + len } else { offset };
    if len - start < size {
        return Err(struct_error(
            interp,
            &format!(
                "{func} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {start} (actual buffer size is {len})",
                start + size,
            ),
        ));
    }
    Ok(start as usize)
}

/// `pack(format, v1, v2, ...)`.
fn struct_pack(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("pack", kwnames)?;
    let Some((fmt, values)) = args.split_first() else {
        return Err(PyErr::type_error(
            "pack expected at least 1 argument, got 0",
        ));
    };
    let f = format_arg(interp, *fmt)?;
    let out = pack_values(interp, &f, values, "pack")?;
    Ok(interp.heap.new_bytes(out))
}

/// `pack_into(format, buffer, offset, v1, ...)`: pack into a bytearray.
fn struct_pack_into(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_keywords("pack_into", kwnames)?;
    let [fmt, buffer, offset, values @ ..] = args else {
        return Err(PyErr::type_error(format!(
            "pack_into expected at least 3 arguments, got {}",
            args.len()
        )));
    };
    let f = format_arg(interp, *fmt)?;
    let packed = pack_values(interp, &f, values, "pack_into")?;
    let offset = super::args::int_arg(interp, *offset)?;
    let Some(r) = buffer.as_obj().filter(|r| {
        matches!(
            interp.heap.payload(*r),
            pyrite_objects::Payload::ByteArray(_)
        )
    }) else {
        return Err(PyErr::type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            interp.type_name(*buffer)
        )));
    };
    let len = codec::bytes_of(interp, *buffer).map_or(0, |b| b.len()) as i64;
    let start = buffer_start(interp, &f, offset, len, "pack_into", "packing")?;
    // buffer_start checked that f.size bytes fit from `start`, and packing
    // makes exactly f.size bytes.
    if let pyrite_objects::Payload::ByteArray(b) = interp.heap.payload_mut(r) {
        if let Some(target) = b.get_mut(start..start + packed.len()) {
            target.copy_from_slice(&packed);
        }
    }
    Ok(Value::None)
}

/// Unpack the values of `f` from `data` (exactly `f.size` bytes).
fn unpack_values(interp: &mut Interpreter, f: &format::Format, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(f.values());
    for item in &f.items {
        codec::unpack_item(interp, f.order, item, data, &mut out);
    }
    interp.heap.new_tuple(out)
}

fn buffer_arg(interp: &Interpreter, v: Value) -> PyResult<Vec<u8>> {
    codec::bytes_of(interp, v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            interp.type_name(v)
        ))
    })
}

/// `unpack(format, buffer)`: the buffer must be exactly the format's size.
fn struct_unpack(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("unpack", kwnames)?;
    let [fmt, buffer] = args else {
        return Err(PyErr::type_error(format!(
            "unpack expected 2 arguments, got {}",
            args.len()
        )));
    };
    let f = format_arg(interp, *fmt)?;
    let data = buffer_arg(interp, *buffer)?;
    if data.len() != f.size {
        return Err(struct_error(
            interp,
            &format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    Ok(unpack_values(interp, &f, &data))
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn struct_unpack_from(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = bind(
        interp,
        "unpack_from",
        args,
        kwnames,
        &["format", "buffer", "offset"],
        2,
    )?;
    let f = format_arg(interp, a[0].unwrap_or(Value::None))?;
    let data = buffer_arg(interp, a[1].unwrap_or(Value::None))?;
    let offset = match a[2] {
        Some(v) => super::args::int_arg(interp, v)?,
        None => 0,
    };
    let len = data.len() as i64;
    let start = buffer_start(interp, &f, offset, len, "unpack_from", "unpacking")?;
    Ok(unpack_values(interp, &f, &data[start..start + f.size]))
}
