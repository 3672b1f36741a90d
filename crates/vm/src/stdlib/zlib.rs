//! The `zlib` module: deflate compression and inflation (through
//! `miniz_oxide`) in the three framings zlib offers — zlib streams, raw
//! deflate (negative `wbits`) and gzip members (`wbits` 16 + n) — and the
//! Adler-32 and CRC-32 checksums. The streaming objects and constants
//! are written in Python (`zlib/pure.py`) over the native `_deflate` and
//! `_inflate`.
//!
//! Invariant: `_inflate` reads one whole stream from the start of its
//! input, so it is a pure function of its arguments; a partial stream
//! gives the output it allows and `eof` false.

use miniz_oxide::inflate::stream::{InflateState, inflate};
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{NativeFn, bind, define};
use crate::interpreter::Interpreter;

const PYTHON_PART: &str = include_str!("zlib/pure.py");

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_deflate", zlib_deflate),
    ("_inflate", zlib_inflate),
    ("adler32", zlib_adler32),
    ("crc32", zlib_crc32),
];

/// The `zlib` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "zlib", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        super::run_python_part(interp, dict, PYTHON_PART, "<frozen zlib>")
    })
}

/// A `zlib.error` carrying `message`.
fn zlib_error(interp: &mut Interpreter, message: &str) -> PyErr {
    super::native_class::module_error(interp, "zlib", "error", message)
}

/// The framing `wbits` asks for.
#[derive(Clone, Copy, PartialEq)]
enum Framing {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, read from the header.
    Auto,
}

fn framing(wbits: i64, decompressing: bool) -> Option<Framing> {
    match wbits {
        0 if decompressing => Some(Framing::Zlib),
        8..=15 => Some(Framing::Zlib),
        -15..=-8 => Some(Framing::Raw),
        24..=31 => Some(Framing::Gzip),
        40..=47 if decompressing => Some(Framing::Auto),
        _ => None,
    }
}

fn int_or(interp: &mut Interpreter, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => super::args::int_arg(interp, v),
    }
}

/// `_deflate(data, level, wbits)`.
fn zlib_deflate(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "compress", args, kw, &["data", "level", "wbits"], 1)?;
    let data = super::binascii::buffer_arg(interp, a[0].unwrap_or(Value::None))?;
    let level = int_or(interp, a[1], -1)?;
    let wbits = int_or(interp, a[2], 15)?;
    let level = if level < 0 { 6 } else { level.min(10) as u8 };
    let Some(framing) = framing(wbits, false) else {
        return Err(zlib_error(interp, "Bad compression level"));
    };
    let out = match framing {
        Framing::Zlib | Framing::Auto => miniz_oxide::deflate::compress_to_vec_zlib(&data, level),
        Framing::Raw => miniz_oxide::deflate::compress_to_vec(&data, level),
        Framing::Gzip => gzip_member(&data, level),
    };
    Ok(interp.heap.new_bytes(out))
}

/// A gzip member (RFC 1952) holding `data`: a header with no name or
/// time, the raw deflate stream, its CRC-32 and length.
fn gzip_member(data: &[u8], level: u8) -> Vec<u8> {
    let xfl = match level {
        9 => 2,
        1 => 4,
        _ => 0,
    };
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3];
    out.extend(miniz_oxide::deflate::compress_to_vec(data, level));
    out.extend(super::binascii::crc32(data, 0).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

/// The length of the gzip header at the start of `data`, if complete.
fn gzip_header_len(data: &[u8]) -> Result<Option<usize>, &'static str> {
    if data.len() < 10 {
        return Ok(None);
    }
    if data[0] != 0x1f || data[1] != 0x8b {
        return Err("incorrect header check");
    }
    if data[2] != 8 {
        return Err("unknown compression method");
    }
    let flags = data[3];
    let mut at = 10;
    if flags & 4 != 0 {
        let Some(extra) = data.get(at..at + 2) else {
            return Ok(None);
        };
        at += 2 + usize::from(u16::from_le_bytes([extra[0], extra[1]]));
    }
    for bit in [8, 16] {
        if flags & bit != 0 {
            let Some(end) = data.get(at..).and_then(|d| d.iter().position(|&b| b == 0)) else {
                return Ok(None);
            };
            at += end + 1;
        }
    }
    if flags & 2 != 0 {
        at += 2;
    }
    Ok((at <= data.len()).then_some(at))
}

/// What inflating one stream from the start of `data` gives.
struct Inflated {
    out: Vec<u8>,
    consumed: usize,
    eof: bool,
}

/// Inflates the deflate or zlib stream at the start of `data`.
fn inflate_stream(data: &[u8], format: DataFormat) -> Result<Inflated, &'static str> {
    if format == DataFormat::Zlib && data.len() >= 2 {
        let header = u16::from(data[0]) << 8 | u16::from(data[1]);
        if data[0] & 0x0f != 8 || header % 31 != 0 {
            return Err("incorrect header check");
        }
    }
    let mut state = InflateState::new_boxed(format);
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut consumed = 0;
    loop {
        let r = inflate(&mut state, &data[consumed..], &mut buf, MZFlush::None);
        consumed += r.bytes_consumed;
        out.extend_from_slice(&buf[..r.bytes_written]);
        match r.status {
            Ok(MZStatus::StreamEnd) => {
                return Ok(Inflated {
                    out,
                    consumed,
                    eof: true,
                });
            }
            Ok(_) if r.bytes_written > 0 || r.bytes_consumed > 0 => continue,
            Ok(_) | Err(MZError::Buf) => {
                return Ok(Inflated {
                    out,
                    consumed,
                    eof: false,
                });
            }
            Err(MZError::Data) => return Err("invalid stored block lengths"),
            Err(_) => return Err("inconsistent stream state"),
        }
    }
}

/// Inflates the stream at the start of `data` in the given framing.
fn inflate_framed(data: &[u8], framing: Framing) -> Result<Inflated, &'static str> {
    let framing = match framing {
        Framing::Auto if data.first() == Some(&0x1f) => Framing::Gzip,
        Framing::Auto => Framing::Zlib,
        other => other,
    };
    match framing {
        Framing::Raw => inflate_stream(data, DataFormat::Raw),
        Framing::Gzip => {
            let Some(start) = gzip_header_len(data)? else {
                return Ok(Inflated {
                    out: Vec::new(),
                    consumed: 0,
                    eof: false,
                });
            };
            let mut body = inflate_stream(&data[start..], DataFormat::Raw)?;
            body.consumed += start;
            if body.eof {
                let trailer = data.get(body.consumed..body.consumed + 8);
                match trailer {
                    None => body.eof = false,
                    Some(t) => {
                        let crc = u32::from_le_bytes([t[0], t[1], t[2], t[3]]);
                        if crc != super::binascii::crc32(&body.out, 0) {
                            return Err("incorrect data check");
                        }
                        body.consumed += 8;
                    }
                }
            }
            Ok(body)
        }
        _ => inflate_stream(data, DataFormat::Zlib),
    }
}

/// `_inflate(data, wbits)`: `(output, bytes consumed, whether the
/// stream ended)`.
fn zlib_inflate(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "decompress", args, kw, &["data", "wbits"], 1)?;
    let data = super::binascii::buffer_arg(interp, a[0].unwrap_or(Value::None))?;
    let wbits = int_or(interp, a[1], 15)?;
    let Some(framing) = framing(wbits, true) else {
        return Err(zlib_error(
            interp,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    match inflate_framed(&data, framing) {
        Ok(r) => {
            let out = interp.heap.new_bytes(r.out);
            let items = vec![out, Value::Int(r.consumed as i64), Value::Bool(r.eof)];
            Ok(interp.heap.new_tuple(items))
        }
        Err(reason) => Err(zlib_error(
            interp,
            &format!("Error -3 while decompressing data: {reason}"),
        )),
    }
}

/// The Adler-32 of `data` continuing from `value`.
fn adler32(data: &[u8], value: u32) -> u32 {
    let (mut a, mut b) = (value & 0xffff, value >> 16);
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    b << 16 | a
}

fn zlib_adler32(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "adler32", args, kw, &["data", "value"], 1)?;
    let data = super::binascii::buffer_arg(interp, a[0].unwrap_or(Value::None))?;
    let start = int_or(interp, a[1], 1)? as u64 & 0xffff_ffff;
    Ok(Value::Int(i64::from(adler32(&data, start as u32))))
}

fn zlib_crc32(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "crc32", args, kw, &["data", "value"], 1)?;
    let data = super::binascii::buffer_arg(interp, a[0].unwrap_or(Value::None))?;
    let start = int_or(interp, a[1], 0)? as u64 & 0xffff_ffff;
    Ok(Value::Int(i64::from(super::binascii::crc32(
        &data,
        start as u32,
    ))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_in_every_framing() {
        let data = b"hello hello hello zlib".repeat(20);
        for framing in [Framing::Zlib, Framing::Raw, Framing::Gzip] {
            let packed = match framing {
                Framing::Raw => miniz_oxide::deflate::compress_to_vec(&data, 6),
                Framing::Gzip => gzip_member(&data, 6),
                _ => miniz_oxide::deflate::compress_to_vec_zlib(&data, 6),
            };
            let r = inflate_framed(&packed, framing).ok();
            assert!(r.as_ref().is_some_and(|r| r.eof && r.out == data));
            let partial = inflate_framed(&packed[..packed.len() / 2], framing).ok();
            assert!(partial.is_some_and(|r| !r.eof));
        }
        assert_eq!(adler32(b"abc", 1), 38_600_999);
    }
}
