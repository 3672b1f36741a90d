//! `bytes % args` and `bytearray % args` (PEP 461): printf-style
//! formatting of binary data.
//!
//! The format is read as Latin-1 text so that the renderer of `str % args`
//! ([`crate::types::percent`]) parses it; the conversions that differ are
//! here: `%s` and `%b` take a bytes-like object or one with `__bytes__`,
//! `%r` and `%a` give `ascii(repr(x))`, `%c` takes an int in `range(256)` or
//! a single byte. Every piece is Latin-1 (one char per byte), so the text
//! turns back into bytes without loss. The result has the format's type.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::Payload;
use crate::ops::{repr, type_name};
use crate::runtime::Runtime;
use crate::types::bytes_methods::{data, same_kind};
use crate::types::int::Int;
use crate::types::percent::{Flags, Mode, ascii_escape, render};
use crate::value::Value;

/// `format % args` for a `bytes` or `bytearray` format (both borrowed);
/// an owned result of the format's type.
pub fn bytes_percent(rt: &mut dyn Runtime, format: Value, args: Value) -> PyResult<Value> {
    let fmt: Vec<char> = data(rt, format)
        .unwrap_or_default()
        .into_iter()
        .map(char::from)
        .collect();
    let heap = rt.heap();
    // A mapping is any object with `__getitem__` that is not a tuple, a
    // str or bytes-like; the built-in ones are recognised here.
    let (positional, mapping): (Vec<Value>, Option<Value>) =
        match args.as_obj().map(|r| heap.payload(r)) {
            Some(Payload::Tuple(items)) => (items.to_vec(), None),
            Some(Payload::Dict(_)) => (vec![args], Some(args)),
            _ => (vec![args], None),
        };
    for v in &positional {
        heap.incref(*v);
    }
    let result = render(rt, Mode::Bytes, &fmt, &positional, mapping);
    for v in &positional {
        rt.heap().decref(*v);
    }
    let text = result?;
    let raw = text.chars().map(latin1_byte).collect();
    Ok(same_kind(rt, format, raw))
}

/// The byte a char of Latin-1 text stands for. Every char the bytes
/// renderer produces is below U+0100 (the format's bytes, the arguments'
/// bytes, ASCII digits and escapes).
fn latin1_byte(c: char) -> u8 {
    u8::try_from(u32::from(c)).unwrap_or(b'?')
}

fn latin1_text(bytes: &[u8]) -> String {
    bytes.iter().map(|b| char::from(*b)).collect()
}

/// One conversion of a bytes format, as Latin-1 text.
pub(crate) fn convert(
    rt: &mut dyn Runtime,
    ty: char,
    arg: Value,
    flags: &Flags,
    precision: Option<usize>,
    index: usize,
) -> PyResult<String> {
    let piece =
        match ty {
            's' | 'b' => latin1_text(&bytes_argument(rt, arg)?),
            'r' | 'a' => ascii_escape(&repr(rt, arg)?),
            'c' => return byte_argument(rt, arg).map(|b| char::from(b).to_string()),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                return crate::types::percent::convert(rt, ty, arg, flags, precision, index);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                // The number rules are str's; only the message for a
                // non-number differs.
                return crate::types::percent::convert(rt, ty, arg, flags, precision, index)
                    .map_err(|e| match e.message() {
                        Some(m) if m.starts_with("must be real number") => PyErr::type_error(
                            format!("float argument required, not {}", type_name(rt.heap(), arg)),
                        ),
                        _ => e,
                    });
            }
            other => {
                return Err(PyErr::value_error(format!(
                    "unsupported format character '{}' ({:#x}) at index {index}",
                    if other.is_ascii() && !other.is_ascii_control() {
                        other.to_string()
                    } else {
                        "?".to_string()
                    },
                    other as u32
                )));
            }
        };
    Ok(match precision {
        Some(p) => piece.chars().take(p).collect(),
        None => piece,
    })
}

/// The bytes `%s`/`%b` inserts: a bytes-like object's contents, or what
/// its `__bytes__` returns.
fn bytes_argument(rt: &mut dyn Runtime, arg: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = data(rt, arg) {
        return Ok(b);
    }
    let not_bytes = |rt: &mut dyn Runtime| {
        PyErr::type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            type_name(rt.heap(), arg)
        ))
    };
    let method = match rt.getattr(arg, "__bytes__") {
        Ok(m) => m,
        Err(e) if e.kind() == Some(ExcKind::AttributeError) => return Err(not_bytes(rt)),
        Err(e) => return Err(e),
    };
    let result = rt.call(method, &[]);
    rt.heap().decref(method);
    let result = result?;
    let out = match result.as_obj().map(|r| rt.heap().payload(r)) {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => Err(PyErr::type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name(rt.heap(), result)
        ))),
    };
    rt.heap().decref(result);
    out
}

/// The byte `%c` inserts: an int in `range(256)` or a bytes-like object of
/// length 1.
fn byte_argument(rt: &mut dyn Runtime, arg: Value) -> PyResult<u8> {
    let wrong = || PyErr::type_error("%c requires an integer in range(256) or a single byte");
    if let Some(b) = data(rt, arg) {
        return match b.as_slice() {
            [one] => Ok(*one),
            _ => Err(wrong()),
        };
    }
    let heap = rt.heap();
    if heap.str_of(arg).is_some() {
        return Err(wrong());
    }
    let int = Int::from_value(heap, arg).ok_or_else(wrong)?;
    int.to_i64()
        .and_then(|i| u8::try_from(i).ok())
        .ok_or_else(|| PyErr::overflow("%c arg not in range(256)"))
}
