//! Text codecs of file objects: UTF-8, latin-1 and ASCII, one character
//! at a time, with the `errors=` handlers `strict`, `replace` and
//! `ignore`.
//!
//! Invariant: `decode_char` never reads past the slice it is given and
//! always reports a length of at least 1, so a decoding loop advances.

use pyrite_objects::types::str::PyStr;
use pyrite_objects::types::str_encode::encode_str;
use pyrite_objects::unicode_error::{UnicodeErrorInfo, UnicodeObject};
use pyrite_objects::{ExcKind, PyErr, PyResult};

use super::{Encoding, Errors, Newline, Text};

/// One character from the front of `bytes` and its length in bytes, or
/// the length of the undecodable sequence.
pub(super) fn decode_char(encoding: Encoding, bytes: &[u8]) -> Result<(char, usize), usize> {
    let b = bytes[0];
    match encoding {
        Encoding::Latin1 => Ok((char::from(b), 1)),
        Encoding::Ascii if b < 0x80 => Ok((char::from(b), 1)),
        Encoding::Ascii => Err(1),
        Encoding::Utf8 => {
            let len = match b {
                0x00..=0x7f => return Ok((char::from(b), 1)),
                0xc2..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf4 => 4,
                _ => return Err(1),
            };
            let end = len.min(bytes.len());
            match std::str::from_utf8(&bytes[..end]) {
                Ok(s) => s.chars().next().map(|c| (c, len)).ok_or(1),
                Err(e) => Err(e.error_len().unwrap_or(end).max(1)),
            }
        }
    }
}

/// The `UnicodeDecodeError` for the undecodable sequence of `bad` bytes
/// at `position` in `buffer` (the bytes being decoded, which the error
/// keeps as its `object`).
pub(super) fn decode_error(
    encoding: Encoding,
    buffer: &[u8],
    bad: usize,
    position: usize,
) -> PyErr {
    let rest = buffer.get(position..).unwrap_or_default();
    let b = rest.first().copied().unwrap_or_default();
    let reason = match encoding {
        Encoding::Ascii => "ordinal not in range(128)",
        _ if (0x80..0xc2).contains(&b) || b > 0xf4 => "invalid start byte",
        _ if bad >= rest.len() => "unexpected end of data",
        _ => "invalid continuation byte",
    };
    PyErr::unicode(UnicodeErrorInfo {
        kind: ExcKind::UnicodeDecodeError,
        encoding: Some(encoding.codec().to_string()),
        object: UnicodeObject::Bytes(buffer.to_vec()),
        start: position,
        end: position + bad,
        reason: reason.to_string(),
    })
}

/// Encode a str holding lone surrogates for writing, translating `'\n'`
/// as `newline=` asks: the objects crate's encoder, which refuses each
/// surrogate as CPython's encoders do (`print('\ud800')` raises
/// `UnicodeEncodeError` on a UTF-8 stream).
pub(super) fn encode_surrogate_text(text: Text, s: &PyStr) -> PyResult<Vec<u8>> {
    let translated;
    let s = match text.newline {
        Newline::Fixed(end) if end != "\n" => {
            let end: Vec<u32> = end.chars().map(u32::from).collect();
            let mut points = Vec::new();
            for c in s.code_points().iter().copied() {
                if c == u32::from('\n') {
                    points.extend_from_slice(&end);
                } else {
                    points.push(c);
                }
            }
            translated = PyStr::from_code_points(&points);
            &translated
        }
        _ => s,
    };
    let errors = match text.errors {
        Errors::Strict => "strict",
        Errors::Replace => "replace",
        Errors::Ignore => "ignore",
        Errors::BackslashReplace => "backslashreplace",
    };
    encode_str(s, text.encoding.codec(), errors)
}

/// Encode text for writing, translating `'\n'` as `newline=` asks.
pub(super) fn encode_text(text: Text, s: &str) -> PyResult<Vec<u8>> {
    let translated;
    let s = match text.newline {
        Newline::Fixed(end) if end != "\n" => {
            translated = s.replace('\n', end);
            translated.as_str()
        }
        _ => s,
    };
    let limit = match text.encoding {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Latin1 => 0x100,
        Encoding::Ascii => 0x80,
    };
    let mut out = Vec::with_capacity(s.len());
    for (position, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u8);
        } else {
            match text.errors {
                Errors::Strict => {
                    // The error covers the whole run of unencodable
                    // characters, as CPython's encoders report it.
                    let run = s
                        .chars()
                        .skip(position)
                        .take_while(|c| u32::from(*c) >= limit)
                        .count();
                    return Err(PyErr::unicode(UnicodeErrorInfo {
                        kind: ExcKind::UnicodeEncodeError,
                        encoding: Some(text.encoding.codec().to_string()),
                        object: UnicodeObject::Text(s.chars().map(u32::from).collect()),
                        start: position,
                        end: position + run,
                        reason: format!("ordinal not in range({limit})"),
                    }));
                }
                Errors::Replace => out.push(b'?'),
                Errors::Ignore => {}
                Errors::BackslashReplace => out.extend(escape_char(c).bytes()),
            }
        }
    }
    Ok(out)
}

fn escape_char(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}
