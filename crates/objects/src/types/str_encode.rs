//! `str.encode(encoding='utf-8', errors='strict')`: the codecs built into
//! the interpreter — UTF-8, UTF-16 and UTF-32 (with a byte-order mark, or
//! explicitly little- or big-endian), Latin-1 and ASCII.
//!
//! A codec refuses a character it cannot encode: Latin-1 and ASCII those
//! past their range, the UTF codecs a lone surrogate ("surrogates not
//! allowed"). Then the error handler decides: `strict` raises
//! `UnicodeEncodeError` (UTF-8 and the one-byte codecs name the whole run
//! of refused characters, "characters in position 1-2", as CPython's do;
//! UTF-16 and UTF-32 one character), `ignore` drops each, `replace`
//! writes `?`, `xmlcharrefreplace` writes `&#233;`, `backslashreplace`
//! writes `\xe9`, `namereplace` writes `\N{LATIN SMALL LETTER E WITH
//! ACUTE}`, `surrogatepass` writes a surrogate in the UTF codec's own form
//! (`ED A0 80` in UTF-8) and `surrogateescape` turns U+DC80..U+DCFF back
//! into the bytes 0x80..0xFF that decoding with it made them from. A
//! handler that cannot deal with a character raises the `strict` error.
//! An unknown handler name is a `LookupError` only when it is needed, as
//! in CPython.
//!
//! A string with no surrogate encodes to UTF without looking at any
//! handler: that is the common case, and its fast path.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::methods::{Args, text_of};
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::types::str::{PyStr, is_surrogate};
use crate::unicode_error::{UnicodeErrorInfo, UnicodeObject};
use crate::value::Value;

/// A codec `str.encode` knows.
#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    /// UTF-16: `None` writes a byte-order mark, then little-endian.
    Utf16(Option<Endian>),
    /// UTF-32: `None` writes a byte-order mark, then little-endian.
    Utf32(Option<Endian>),
    /// A one-byte codec holding the code points below `limit`.
    Narrow {
        limit: u32,
        name: &'static str,
    },
    /// `raw_unicode_escape`: code points below 256 as one byte, the others
    /// as `\uXXXX` or `\UXXXXXXXX`; it refuses nothing.
    RawUnicodeEscape,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

/// The codec for an encoding name, normalised as CPython's `encodings`
/// package does (case-folded; spaces and hyphens read as underscores).
fn lookup(encoding: &str) -> Option<Codec> {
    let norm = encoding.to_ascii_lowercase().replace(['-', ' '], "_");
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Endian::Big)),
        "ascii" | "us_ascii" | "646" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us" => {
            Codec::Narrow {
                limit: 128,
                name: "ascii",
            }
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Narrow {
            limit: 256,
            name: "latin-1",
        },
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => return None,
    })
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub(crate) fn str_encode(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [encoding, errors] = args.bind("encode", ["encoding", "errors"], 0, 0)?;
    let heap = rt.heap();
    let encoding = match encoding {
        Some(e) => text_of(heap, e).ok_or_else(|| {
            PyErr::type_error(format!(
                "encode() argument 'encoding' must be str, not {}",
                type_name(heap, e)
            ))
        })?,
        None => "utf-8".to_string(),
    };
    let errors = match errors {
        Some(e) => text_of(heap, e).ok_or_else(|| {
            PyErr::type_error(format!(
                "encode() argument 'errors' must be str, not {}",
                type_name(heap, e)
            ))
        })?,
        None => "strict".into(),
    };
    let s = heap
        .str_payload(v)
        .ok_or_else(|| PyErr::type_error("descriptor 'encode' requires a 'str' object"))?;
    let bytes = encode_str(s, &encoding, &errors)?;
    Ok(rt.heap().new_bytes(bytes))
}

/// Encode the string `s` with `encoding` and the error handler `errors`
/// (what `s.encode(encoding, errors)` returns).
pub fn encode_str(s: &PyStr, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding).ok_or_else(|| {
        PyErr::new(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )
    })?;
    match codec {
        Codec::Utf8 | Codec::Utf16(_) | Codec::Utf32(_) if !s.has_surrogates() => {
            Ok(encode_text(s.as_str(), codec))
        }
        _ => encode(&s.code_points(), codec, errors),
    }
}

/// A UTF codec's bytes for text with no surrogate, which it cannot refuse.
fn encode_text(s: &str, codec: Codec) -> Vec<u8> {
    match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf16(endian) => {
            let mut out = Vec::with_capacity(2 * s.len() + 2);
            if endian.is_none() {
                out.extend([0xff, 0xfe]);
            }
            for unit in s.encode_utf16() {
                match endian {
                    Some(Endian::Big) => out.extend(unit.to_be_bytes()),
                    _ => out.extend(unit.to_le_bytes()),
                }
            }
            out
        }
        _ => {
            let points: Vec<u32> = s.chars().map(u32::from).collect();
            let mut out = Vec::with_capacity(4 * points.len() + 4);
            codec.start(&mut out);
            points.iter().for_each(|&c| codec.push(&mut out, c));
            out
        }
    }
}

impl Codec {
    /// Whether the codec encodes `c` without asking the error handler.
    fn accepts(self, c: u32) -> bool {
        match self {
            Codec::Narrow { limit, .. } => c < limit,
            Codec::RawUnicodeEscape => true,
            _ => !is_surrogate(c),
        }
    }

    /// The codec's name in errors.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
            Codec::Narrow { name, .. } => name,
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    /// The byte-order mark, for UTF-16 and UTF-32 with no order given.
    fn start(self, out: &mut Vec<u8>) {
        match self {
            Codec::Utf16(None) => out.extend([0xff, 0xfe]),
            Codec::Utf32(None) => out.extend([0xff, 0xfe, 0, 0]),
            _ => {}
        }
    }

    /// Write the code point `c` in this codec's form, a surrogate
    /// included (UTF-8's three-byte form of it, one UTF-16 unit). A
    /// one-byte codec is given only what it accepts or ASCII.
    fn push(self, out: &mut Vec<u8>, c: u32) {
        let big = |e: Option<Endian>| e == Some(Endian::Big);
        match self {
            Codec::Utf8 => match char::from_u32(c) {
                Some(ch) => out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes()),
                None => out.extend([
                    0xe0 | (c >> 12) as u8,
                    0x80 | ((c >> 6) & 0x3f) as u8,
                    0x80 | (c & 0x3f) as u8,
                ]),
            },
            Codec::Utf16(e) => {
                let mut units = [0u16; 2];
                let units: &[u16] = match char::from_u32(c) {
                    Some(ch) => ch.encode_utf16(&mut units),
                    None => {
                        units[0] = c as u16;
                        &units[..1]
                    }
                };
                for u in units {
                    out.extend(if big(e) {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    });
                }
            }
            Codec::Utf32(e) => out.extend(if big(e) {
                c.to_be_bytes()
            } else {
                c.to_le_bytes()
            }),
            Codec::Narrow { .. } => out.push(c as u8),
            Codec::RawUnicodeEscape => match c {
                0..=0xff => out.push(c as u8),
                0x100..=0xffff => out.extend(format!("\\u{c:04x}").bytes()),
                _ => out.extend(format!("\\U{c:08x}").bytes()),
            },
        }
    }

    fn reason(self) -> String {
        match self {
            Codec::Narrow { limit, .. } => format!("ordinal not in range({limit})"),
            _ => "surrogates not allowed".to_string(),
        }
    }
}

/// Encode code points that may meet the error handler: each refused run
/// (one character for UTF-16 and UTF-32) goes to it whole.
fn encode(points: &[u32], codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(points.len());
    codec.start(&mut out);
    let mut pos = 0;
    while pos < points.len() {
        let c = points[pos];
        if codec.accepts(c) {
            codec.push(&mut out, c);
            pos += 1;
            continue;
        }
        let end = match codec {
            Codec::Utf16(_) | Codec::Utf32(_) => pos + 1,
            _ => points[pos..]
                .iter()
                .position(|&c| codec.accepts(c))
                .map_or(points.len(), |n| pos + n),
        };
        let refused = || encode_error(codec, points, pos, end);
        let run = &points[pos..end];
        let ascii = |out: &mut Vec<u8>, text: &str| {
            text.chars().for_each(|ch| codec.push(out, u32::from(ch)))
        };
        match errors {
            "strict" => return Err(refused()),
            "ignore" => {}
            "replace" => run
                .iter()
                .for_each(|_| codec.push(&mut out, u32::from('?'))),
            "xmlcharrefreplace" => run.iter().for_each(|c| ascii(&mut out, &format!("&#{c};"))),
            "backslashreplace" => run.iter().for_each(|&c| ascii(&mut out, &escape(c))),
            "namereplace" => {
                for &c in run {
                    match char::from_u32(c).and_then(unicode_names2::name) {
                        Some(name) => ascii(&mut out, &format!("\\N{{{name}}}")),
                        None => ascii(&mut out, &escape(c)),
                    }
                }
            }
            "surrogatepass" => {
                if matches!(codec, Codec::Narrow { .. }) || !run.iter().all(|&c| is_surrogate(c)) {
                    return Err(refused());
                }
                run.iter().for_each(|&c| codec.push(&mut out, c));
            }
            // The escaped bytes are written as they are, which UTF-16 and
            // UTF-32 cannot do with one byte: CPython refuses there too.
            "surrogateescape" => {
                let escaped = |c: u32| (0xdc80..0xdd00).contains(&c);
                if matches!(codec, Codec::Utf16(_) | Codec::Utf32(_))
                    || !run.iter().all(|&c| escaped(c))
                {
                    return Err(refused());
                }
                run.iter().for_each(|&c| out.push((c - 0xdc00) as u8));
            }
            other => {
                return Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        pos = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: what `backslashreplace` writes.
fn escape(c: u32) -> String {
    if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// CPython's `UnicodeEncodeError` for the refused run `points[start..end]`.
fn encode_error(codec: Codec, points: &[u32], start: usize, end: usize) -> PyErr {
    PyErr::unicode(UnicodeErrorInfo {
        kind: ExcKind::UnicodeEncodeError,
        encoding: Some(codec.name().to_string()),
        object: UnicodeObject::Text(points.to_vec()),
        start,
        end,
        reason: codec.reason(),
    })
}
