//! `str.encode(encoding='utf-8', errors='strict')`: the codecs built into
//! the interpreter — UTF-8, UTF-16 and UTF-32 (with a byte-order mark, or
//! explicitly little- or big-endian), Latin-1 and ASCII.
//!
//! Only Latin-1 and ASCII can meet a character they cannot encode; then
//! the error handler decides: `strict` raises `UnicodeEncodeError` naming
//! the whole run of unencodable characters (CPython reports
//! "characters in position 1-2" for two in a row), `ignore` drops each,
//! `replace` writes `?`, `xmlcharrefreplace` writes `&#233;`,
//! `backslashreplace` writes `\xe9` and `namereplace` writes
//! `\N{LATIN SMALL LETTER E WITH ACUTE}`. An unknown handler name is a
//! `LookupError` only when it is needed, as in CPython.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::methods::{Args, text_of};
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::types::percent::ascii_escape;
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
    let s = text_of(heap, v)
        .ok_or_else(|| PyErr::type_error("descriptor 'encode' requires a 'str' object"))?;
    let codec = lookup(&encoding).ok_or_else(|| {
        PyErr::new(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )
    })?;
    let bytes = encode(&s, codec, &errors)?;
    Ok(rt.heap().new_bytes(bytes))
}

fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    Ok(match codec {
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
        Codec::Utf32(endian) => {
            let mut out = Vec::with_capacity(4 * s.len() + 4);
            if endian.is_none() {
                out.extend([0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                match endian {
                    Some(Endian::Big) => out.extend(u32::from(c).to_be_bytes()),
                    _ => out.extend(u32::from(c).to_le_bytes()),
                }
            }
            out
        }
        Codec::Narrow { limit, name } => encode_narrow(s, limit, name, errors)?,
    })
}

/// Latin-1 or ASCII: each code point below `limit` is one byte; the others
/// go to the error handler.
fn encode_narrow(s: &str, limit: u32, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        if u32::from(c) < limit {
            // `c` is below 256 here, so the byte is the code point.
            out.push(u8::try_from(u32::from(c)).unwrap_or(b'?'));
            pos += 1;
            continue;
        }
        let end = chars[pos..]
            .iter()
            .position(|c| u32::from(*c) < limit)
            .map_or(chars.len(), |n| pos + n);
        for &c in &chars[pos..end] {
            let cp = u32::from(c);
            match errors {
                "strict" => {
                    return Err(encode_error(codec, &chars, pos, end, limit));
                }
                "ignore" => {}
                "replace" => out.push(b'?'),
                "xmlcharrefreplace" => out.extend(format!("&#{cp};").into_bytes()),
                "backslashreplace" => out.extend(ascii_escape(&c.to_string()).into_bytes()),
                "namereplace" => match unicode_names2::name(c) {
                    Some(name) => out.extend(format!("\\N{{{name}}}").into_bytes()),
                    None => out.extend(ascii_escape(&c.to_string()).into_bytes()),
                },
                other => {
                    return Err(PyErr::new(
                        ExcKind::LookupError,
                        format!("unknown error handler name '{other}'"),
                    ));
                }
            }
        }
        pos = end;
    }
    Ok(out)
}

/// CPython's `UnicodeEncodeError` for the unencodable run
/// `chars[start..end]`.
fn encode_error(codec: &str, chars: &[char], start: usize, end: usize, limit: u32) -> PyErr {
    PyErr::unicode(UnicodeErrorInfo {
        kind: ExcKind::UnicodeEncodeError,
        encoding: Some(codec.to_string()),
        object: UnicodeObject::Text(chars.iter().collect()),
        start,
        end,
        reason: format!("ordinal not in range({limit})"),
    })
}
