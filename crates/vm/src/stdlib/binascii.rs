//! The `binascii` module: conversions between binary data and ASCII
//! encodings of it — hexadecimal (`hexlify`/`unhexlify`), base64
//! (`b2a_base64`/`a2b_base64`) — and the checksums `crc32` and `crc_hqx`.
//! The encodings themselves are in [`codec`]; this file reads the
//! arguments and makes the results. `Error` and `Incomplete` are written
//! in Python (`binascii/pure.py`).
//!
//! Invariant: the functions that encode take bytes-like objects only; the
//! functions that decode also take ASCII-only str, as CPython's do.

use pyrite_objects::{Payload, PyErr, PyResult, Value};

use crate::builtins::{NativeFn, bind, define};
use crate::interpreter::Interpreter;

mod codec;

pub(crate) use codec::crc32;

const PYTHON_PART: &str = include_str!("binascii/pure.py");

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("hexlify", binascii_hexlify),
    ("b2a_hex", binascii_b2a_hex),
    ("unhexlify", binascii_unhexlify),
    ("a2b_hex", binascii_a2b_hex),
    ("b2a_base64", binascii_b2a_base64),
    ("a2b_base64", binascii_a2b_base64),
    ("crc32", binascii_crc32),
    ("crc_hqx", binascii_crc_hqx),
];

/// The `binascii` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "binascii", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        super::run_python_part(interp, dict, PYTHON_PART, "<frozen binascii>")
    })
}

/// A `binascii.Error` carrying `message`.
fn binascii_error(interp: &mut Interpreter, message: &str) -> PyErr {
    super::native_class::module_error(interp, "binascii", "Error", message)
}

/// The bytes of a bytes-like argument (bytes, bytearray).
pub(crate) fn buffer_arg(interp: &Interpreter, v: Value) -> PyResult<Vec<u8>> {
    let data = v.as_obj().and_then(|o| match interp.heap.payload(o) {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.clone()),
        _ => None,
    });
    data.ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            interp.type_name(v)
        ))
    })
}

/// The bytes of an argument to a decoding function: bytes-like, or a
/// str of ASCII characters.
fn ascii_arg(interp: &Interpreter, v: Value) -> PyResult<Vec<u8>> {
    if let Some(text) = interp.heap.str_of(v) {
        if !text.is_ascii() {
            return Err(PyErr::value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(text.as_bytes().to_vec());
    }
    let data = v.as_obj().and_then(|o| match interp.heap.payload(o) {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.clone()),
        _ => None,
    });
    data.ok_or_else(|| {
        PyErr::type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            interp.type_name(v)
        ))
    })
}

fn truth(interp: &mut Interpreter, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => interp.truthy(v),
    }
}

fn hexlify_common(
    interp: &mut Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = bind(
        interp,
        func,
        args,
        kwnames,
        &["data", "sep", "bytes_per_sep"],
        1,
    )?;
    let data = buffer_arg(interp, a[0].unwrap_or(Value::None))?;
    let sep = match a[1] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = match interp.heap.str_of(v) {
                Some(s) => s.as_bytes().to_vec(),
                None => buffer_arg(interp, v)?,
            };
            if sep.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if !sep[0].is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(sep[0])
        }
    };
    let group = match a[2] {
        None => 1,
        Some(v) => super::args::int_arg(interp, v)?,
    };
    let out = codec::hexlify(&data, sep, group);
    Ok(interp.heap.new_bytes(out))
}

fn binascii_hexlify(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    hexlify_common(interp, "hexlify", args, kw)
}

fn binascii_b2a_hex(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    hexlify_common(interp, "b2a_hex", args, kw)
}

fn unhexlify_common(
    interp: &mut Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = bind(interp, func, args, kwnames, &["hexstr"], 1)?;
    let data = ascii_arg(interp, a[0].unwrap_or(Value::None))?;
    match codec::unhexlify(&data) {
        Ok(out) => Ok(interp.heap.new_bytes(out)),
        Err(message) => Err(binascii_error(interp, message)),
    }
}

fn binascii_unhexlify(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unhexlify_common(interp, "unhexlify", args, kw)
}

fn binascii_a2b_hex(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unhexlify_common(interp, "a2b_hex", args, kw)
}

fn binascii_b2a_base64(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "b2a_base64", args, kw, &["data", "newline"], 1)?;
    let data = buffer_arg(interp, a[0].unwrap_or(Value::None))?;
    let newline = truth(interp, a[1], true)?;
    let mut out = codec::b2a_base64(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(interp.heap.new_bytes(out))
}

fn binascii_a2b_base64(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "a2b_base64", args, kw, &["data", "strict_mode"], 1)?;
    let data = ascii_arg(interp, a[0].unwrap_or(Value::None))?;
    let strict = truth(interp, a[1], false)?;
    match codec::a2b_base64(&data, strict) {
        Ok(out) => Ok(interp.heap.new_bytes(out)),
        Err(message) => Err(binascii_error(interp, &message)),
    }
}

/// A starting checksum (an int, reduced to the checksum's width).
fn start_value(interp: &mut Interpreter, v: Option<Value>, mask: u64) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    let i = super::args::int_arg(interp, v)?;
    Ok((i as u64 & mask) as u32)
}

fn binascii_crc32(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "crc32", args, kw, &["data", "crc"], 1)?;
    let data = buffer_arg(interp, a[0].unwrap_or(Value::None))?;
    let start = start_value(interp, a[1], 0xffff_ffff)?;
    Ok(Value::Int(i64::from(codec::crc32(&data, start))))
}

fn binascii_crc_hqx(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "crc_hqx", args, kw, &["data", "crc"], 2)?;
    let data = buffer_arg(interp, a[0].unwrap_or(Value::None))?;
    let start = start_value(interp, a[1], 0xffff)?;
    Ok(Value::Int(i64::from(codec::crc_hqx(&data, start as u16))))
}
