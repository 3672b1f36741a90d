//! `bytes.decode(encoding='utf-8', errors='strict')`: UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32 (with or without a byte order) and
//! raw-unicode-escape, with the
//! error handlers `strict`, `ignore`, `replace`, `backslashreplace`,
//! `surrogateescape` and `surrogatepass`.
//!
//! The two surrogate handlers are how undecodable bytes survive a round
//! trip (PEP 383): `surrogateescape` turns each byte 0x80..0xFF it is
//! given into the lone surrogate U+DC80..U+DCFF (which encoding with the
//! same handler turns back into the byte), and `surrogatepass` decodes a
//! surrogate that the codec itself refuses (UTF-8's `ED A0 80`, a lone
//! UTF-16 unit). The result is then a `str` with lone surrogates, built by
//! [`Decoded`] as text until the first surrogate and as code points after.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::Heap;
use crate::types::str::PyStr;
use crate::unicode_error::{UnicodeErrorInfo, UnicodeObject};
use crate::value::Value;

/// Decoded text: a `String` until a lone surrogate is pushed, then all
/// the code points.
pub(crate) struct Decoded {
    text: String,
    points: Option<Vec<u32>>,
}

impl Decoded {
    fn with_capacity(n: usize) -> Decoded {
        Decoded {
            text: String::with_capacity(n),
            points: None,
        }
    }

    fn push(&mut self, c: char) {
        match &mut self.points {
            None => self.text.push(c),
            Some(points) => points.push(u32::from(c)),
        }
    }

    fn push_str(&mut self, s: &str) {
        match &mut self.points {
            None => self.text.push_str(s),
            Some(points) => points.extend(s.chars().map(u32::from)),
        }
    }

    /// Push any code point up to U+10FFFF, surrogates included.
    fn push_code_point(&mut self, code: u32) {
        if let Some(c) = char::from_u32(code) {
            return self.push(c);
        }
        let points = self
            .points
            .get_or_insert_with(|| self.text.chars().map(u32::from).collect());
        points.push(code);
    }

    /// The decoded `str` object (an owned reference).
    pub(crate) fn into_value(self, heap: &mut Heap) -> Value {
        match self.points {
            None => heap.new_str(self.text),
            Some(points) => heap.new_str_object(PyStr::from_code_points(&points)),
        }
    }
}

/// Decode `b` with `encoding` (a codec name as CPython's `encodings`
/// package normalises it) and the error handler `errors`.
pub(crate) fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<Decoded> {
    let norm = encoding.to_ascii_lowercase().replace(['-', ' '], "_");
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => decode_utf8(b, errors)?,
        "latin_1" | "latin1" | "latin" | "iso_8859_1" | "iso8859_1" | "l1" | "8859" | "cp819"
        | "iso_ir_100" => {
            let mut out = Decoded::with_capacity(b.len());
            b.iter().for_each(|x| out.push(char::from(*x)));
            out
        }
        "ascii" | "us_ascii" | "646" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us" => {
            let mut out = Decoded::with_capacity(b.len());
            let mut pos = 0;
            while pos < b.len() {
                if b[pos] < 128 {
                    out.push(char::from(b[pos]));
                    pos += 1;
                } else {
                    let reason = "ordinal not in range(128)";
                    let failure = Failure::new("ascii", b, pos, pos + 1, reason);
                    pos = failure.handle(&mut out, errors, Codec::Narrow)?;
                }
            }
            out
        }
        "raw_unicode_escape" => decode_raw_unicode_escape(b, errors)?,
        "utf_16" | "utf16" | "u16" => decode_wide(b, errors, "utf-16", 2, None)?,
        "utf_16_le" | "utf_16le" => decode_wide(b, errors, "utf-16-le", 2, Some(false))?,
        "utf_16_be" | "utf_16be" => decode_wide(b, errors, "utf-16-be", 2, Some(true))?,
        "utf_32" | "utf32" | "u32" => decode_wide(b, errors, "utf-32", 4, None)?,
        "utf_32_le" | "utf_32le" => decode_wide(b, errors, "utf-32-le", 4, Some(false))?,
        "utf_32_be" | "utf_32be" => decode_wide(b, errors, "utf-32-be", 4, Some(true))?,
        _ => {
            return Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown encoding: {encoding}"),
            ));
        }
    })
}

/// The codec whose failure an error handler sees, for `surrogatepass`
/// (which reads a surrogate in that codec's own form).
#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    /// UTF-16 or UTF-32, in the byte order in use.
    Wide {
        width: usize,
        big_endian: bool,
    },
    /// A one-byte codec: no form of a surrogate.
    Narrow,
}

/// Undecodable bytes `b[start..end]` and why.
struct Failure<'a> {
    codec_name: &'a str,
    b: &'a [u8],
    start: usize,
    end: usize,
    reason: &'a str,
}

impl<'a> Failure<'a> {
    fn new(
        codec_name: &'a str,
        b: &'a [u8],
        start: usize,
        end: usize,
        reason: &'a str,
    ) -> Failure<'a> {
        Failure {
            codec_name,
            b,
            start,
            end,
            reason,
        }
    }

    /// CPython's `UnicodeDecodeError` for this failure.
    fn error(&self) -> PyErr {
        PyErr::unicode(UnicodeErrorInfo {
            kind: ExcKind::UnicodeDecodeError,
            encoding: Some(self.codec_name.to_string()),
            object: UnicodeObject::Bytes(self.b.to_vec()),
            start: self.start,
            end: self.end,
            reason: self.reason.to_string(),
        })
    }

    /// What the handler `errors` makes of the failure: it pushes its
    /// replacement and returns where decoding resumes, or raises.
    fn handle(&self, out: &mut Decoded, errors: &str, codec: Codec) -> PyResult<usize> {
        let bad = &self.b[self.start..self.end];
        match errors {
            "strict" => return Err(self.error()),
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "backslashreplace" => {
                for x in bad {
                    out.push_str(&format!("\\x{x:02x}"));
                }
            }
            // Bytes below 0x80 are never escaped: they would decode as
            // ASCII and the round trip would not be exact. The escape
            // covers the bad bytes up to the first such, and decoding
            // resumes there, as CPython's handler returns.
            "surrogateescape" => {
                let n = bad.iter().take_while(|&&x| x >= 0x80).count();
                if n == 0 {
                    return Err(self.error());
                }
                bad[..n]
                    .iter()
                    .for_each(|&x| out.push_code_point(0xdc00 + u32::from(x)));
                return Ok(self.start + n);
            }
            "surrogatepass" => {
                let (code, len) = self.encoded_surrogate(codec).ok_or_else(|| self.error())?;
                out.push_code_point(code);
                return Ok(self.start + len);
            }
            other => {
                return Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        Ok(self.end)
    }

    /// The surrogate the codec's form of it at `start` spells, and that
    /// form's length in bytes.
    fn encoded_surrogate(&self, codec: Codec) -> Option<(u32, usize)> {
        let at = &self.b[self.start..];
        let (code, len) = match codec {
            Codec::Utf8 => match at {
                [a, b, c, ..] if a & 0xf0 == 0xe0 && b & 0xc0 == 0x80 && c & 0xc0 == 0x80 => {
                    let code = (u32::from(a & 0x0f) << 12)
                        | (u32::from(b & 0x3f) << 6)
                        | u32::from(c & 0x3f);
                    (code, 3)
                }
                _ => return None,
            },
            Codec::Wide { width, big_endian } => (read_unit(at.get(..width)?, big_endian), width),
            Codec::Narrow => return None,
        };
        crate::types::str::is_surrogate(code).then_some((code, len))
    }
}

/// One UTF-16 or UTF-32 code unit.
fn read_unit(bytes: &[u8], big_endian: bool) -> u32 {
    let fold = |v: u32, byte: &u8| (v << 8) | u32::from(*byte);
    if big_endian {
        bytes.iter().fold(0, fold)
    } else {
        bytes.iter().rev().fold(0, fold)
    }
}

/// UTF-8 decoding with CPython's error descriptions; each maximal invalid
/// subsequence is one error, as in CPython.
fn decode_utf8(b: &[u8], errors: &str) -> PyResult<Decoded> {
    let mut out = Decoded::with_capacity(b.len());
    let mut offset = 0;
    while offset < b.len() {
        match std::str::from_utf8(&b[offset..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[offset..offset + good]).unwrap_or_default());
                let start = offset + good;
                let (len, reason) = match e.error_len() {
                    None => (b.len() - start, "unexpected end of data"),
                    Some(n) if (0xC2..=0xF4).contains(&b[start]) => {
                        (n, "invalid continuation byte")
                    }
                    Some(n) => (n, "invalid start byte"),
                };
                let failure = Failure::new("utf-8", b, start, start + len, reason);
                offset = failure.handle(&mut out, errors, Codec::Utf8)?;
            }
        }
    }
    Ok(out)
}

/// UTF-16 or UTF-32 (`width` 2 or 4): big-endian when `big` says so, or,
/// for `None`, as a leading byte order mark says (little-endian without
/// one, the mark itself dropped).
fn decode_wide(
    b: &[u8],
    errors: &str,
    codec: &str,
    width: usize,
    big: Option<bool>,
) -> PyResult<Decoded> {
    let (mut big_endian, mut start) = (big.unwrap_or(false), 0);
    if big.is_none() {
        let (le, be): (&[u8], &[u8]) = if width == 2 {
            (&[0xFF, 0xFE], &[0xFE, 0xFF])
        } else {
            (&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF])
        };
        if b.starts_with(le) {
            start = width;
        } else if b.starts_with(be) {
            big_endian = true;
            start = width;
        }
    }
    // Errors name the byte order in use, as CPython's do ('utf-16-le').
    let ordered;
    let codec = if big.is_none() {
        ordered = format!("{codec}-{}", if big_endian { "be" } else { "le" });
        ordered.as_str()
    } else {
        codec
    };
    let kind = Codec::Wide { width, big_endian };
    let unit = |i: usize| read_unit(&b[i..i + width], big_endian);
    let mut out = Decoded::with_capacity(b.len() / width);
    let mut i = start;
    while i + width <= b.len() {
        let u = unit(i);
        if width == 4 {
            match char::from_u32(u) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                }
                None => {
                    let reason = if u > 0x10FFFF {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    i = Failure::new(codec, b, i, i + 4, reason).handle(&mut out, errors, kind)?;
                }
            }
            continue;
        }
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{FFFD}'));
            i += 2;
        } else if u < 0xDC00 && i + 4 <= b.len() && (0xDC00..0xE000).contains(&unit(i + 2)) {
            let low = unit(i + 2);
            let c = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
            i += 4;
        } else if u < 0xDC00 && i + 4 > b.len() {
            let reason = "unexpected end of data";
            let failure = Failure::new(codec, b, i, b.len(), reason);
            i = failure.handle(&mut out, errors, kind)?;
        } else {
            let reason = if u < 0xDC00 {
                "illegal UTF-16 surrogate"
            } else {
                "illegal encoding"
            };
            i = Failure::new(codec, b, i, i + 2, reason).handle(&mut out, errors, kind)?;
        }
    }
    // A handler may resume inside the truncated tail (surrogateescape
    // stops before a byte below 0x80), which is then truncated again.
    while i < b.len() {
        let reason = "truncated data";
        i = Failure::new(codec, b, i, b.len(), reason).handle(&mut out, errors, kind)?;
    }
    Ok(out)
}

/// `raw_unicode_escape`: each byte is the code point of its value, except
/// that `\uXXXX` and `\UXXXXXXXX` spell a code point in hex. As in
/// CPython, a run of backslashes before the `u` escapes only when it is odd
/// (the others stand for themselves), and a failure covers the escape up
/// to its first bad digit.
fn decode_raw_unicode_escape(b: &[u8], errors: &str) -> PyResult<Decoded> {
    let mut out = Decoded::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        if b[pos] != b'\\' {
            out.push(char::from(b[pos]));
            pos += 1;
            continue;
        }
        let run = b[pos..].iter().take_while(|&&x| x == b'\\').count();
        let after = pos + run;
        let escape = b.get(after).filter(|&&x| x == b'u' || x == b'U');
        let Some(&letter) = escape.filter(|_| run % 2 == 1) else {
            (0..run).for_each(|_| out.push('\\'));
            pos = after;
            continue;
        };
        (0..run - 1).for_each(|_| out.push('\\'));
        let start = after - 1;
        let width = if letter == b'u' { 4 } else { 8 };
        let digits = b[after + 1..]
            .iter()
            .take(width)
            .take_while(|x| x.is_ascii_hexdigit())
            .count();
        let end = after + 1 + digits;
        let code = b[after + 1..end].iter().fold(0u32, |acc, &x| {
            (acc << 4) | char::from(x).to_digit(16).unwrap_or(0)
        });
        let reason = if digits < width {
            if width == 4 {
                "truncated \\uXXXX escape"
            } else {
                "truncated \\UXXXXXXXX escape"
            }
        } else if code > 0x10ffff {
            "\\Uxxxxxxxx out of range"
        } else {
            out.push_code_point(code);
            pos = end;
            continue;
        };
        let failure = Failure::new("rawunicodeescape", b, start, end, reason);
        pos = failure.handle(&mut out, errors, Codec::Narrow)?;
    }
    Ok(out)
}
