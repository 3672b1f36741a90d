//! Source bytes to source text: the byte-order mark and PEP 263 coding
//! declarations, with CPython 3.11's errors.
//!
//! A file is UTF-8 unless its first or second line declares another
//! encoding (`# -*- coding: latin-1 -*-`); the second line counts only if
//! the first is blank or a comment. A UTF-8 byte-order mark is dropped, and
//! then only a UTF-8 declaration may follow it.
//!
//! Two entry points give the two wordings CPython uses: running a file
//! (`python3.11 f.py`, [`decode_source_file`]) and `compile(bytes, ...)`
//! ([`decode_source`]).

use std::borrow::Cow;

use crate::encoding_tables::{CHARMAPS, CharMap};
use crate::{Diagnostic, LineIndex, TextRange};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The encodings pyrite can decode: UTF-8, Latin-1, ASCII, and the
/// single-byte codecs of `encoding_tables.rs` (cp1252, koi8-r, ...).
#[derive(Clone, Copy)]
pub enum SourceEncoding {
    Utf8,
    Latin1,
    Ascii,
    SingleByte(&'static CharMap),
}

impl SourceEncoding {
    /// The codec's name in Python (`codecs.lookup(name).name`).
    pub fn name(self) -> &'static str {
        match self {
            SourceEncoding::Utf8 => "utf-8",
            SourceEncoding::Latin1 => "iso8859-1",
            SourceEncoding::Ascii => "ascii",
            SourceEncoding::SingleByte(map) => map.name,
        }
    }
}

impl std::fmt::Debug for SourceEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What the start of a file says about its encoding.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct EncodingDeclaration {
    /// The file starts with a UTF-8 byte-order mark.
    pub bom: bool,
    /// The normalised name from a coding declaration (`utf-8`,
    /// `iso-8859-1`, or the name as written), if there is one.
    pub cookie: Option<String>,
}

/// Reads the BOM and the coding declaration of the first two lines.
pub fn detect_encoding(bytes: &[u8]) -> EncodingDeclaration {
    let bom = bytes.starts_with(BOM);
    let text = if bom { &bytes[BOM.len()..] } else { bytes };
    let mut lines = text.split_inclusive(|&b| b == b'\n');
    let mut cookie = None;
    if let Some(first) = lines.next() {
        cookie = coding_cookie(first);
        if cookie.is_none() && is_blank_or_comment(first) {
            cookie = lines.next().and_then(coding_cookie);
        }
    }
    EncodingDeclaration {
        bom,
        cookie: cookie.map(|name| normal_encoding_name(&name)),
    }
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`, on one line.
fn coding_cookie(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0C'))?;
    if line[start] != b'#' {
        return None;
    }
    let line = &line[start..];
    let mut from = 0;
    while let Some(found) = find(&line[from..], b"coding") {
        let after = from + found + b"coding".len();
        from = from + found + 1;
        if !matches!(line.get(after), Some(b':' | b'=')) {
            continue;
        }
        let name: Vec<u8> = line[after + 1..]
            .iter()
            .skip_while(|&&b| b == b' ' || b == b'\t')
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            .copied()
            .collect();
        if !name.is_empty() {
            return Some(String::from_utf8_lossy(&name).into_owned());
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    match line.iter().find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0C')) {
        None => true,
        Some(&b) => matches!(b, b'#' | b'\r' | b'\n'),
    }
}

/// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 become
/// `utf-8` and `iso-8859-1`; other names stay as written.
fn normal_encoding_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"]
        .iter()
        .any(|n| lower == *n || lower.starts_with(&format!("{n}-")))
    {
        "iso-8859-1".into()
    } else {
        name.into()
    }
}

/// The codec behind an encoding name, as Python's codec registry would find
/// it (`encodings.normalize_encoding`, then the alias table).
pub fn lookup_encoding(name: &str) -> Option<SourceEncoding> {
    let key: String = name
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Some(match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => SourceEncoding::Utf8,
        "iso_8859_1" | "latin_1" | "latin1" | "iso8859_1" | "8859" | "cp819" | "l1" | "latin" => {
            SourceEncoding::Latin1
        }
        "ascii" | "us_ascii" | "646" => SourceEncoding::Ascii,
        _ => {
            let map = CHARMAPS
                .iter()
                .find(|map| map.aliases.contains(&key.as_str()))?;
            SourceEncoding::SingleByte(map)
        }
    })
}

/// Which of CPython's two front doors the bytes came through.
#[derive(Clone, Copy)]
enum Origin<'a> {
    File(&'a str),
    CompileBytes,
}

/// Decodes source bytes as `compile(bytes, ...)` does.
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, Diagnostic> {
    decode(bytes, Origin::CompileBytes)
}

/// Decodes a file's bytes as `python3.11 FILE` does; `filename` appears in
/// the message for a file that is not UTF-8 and declares no encoding.
pub fn decode_source_file<'b>(bytes: &'b [u8], filename: &str) -> Result<Cow<'b, str>, Diagnostic> {
    decode(bytes, Origin::File(filename))
}

fn decode<'b>(bytes: &'b [u8], origin: Origin) -> Result<Cow<'b, str>, Diagnostic> {
    let declaration = detect_encoding(bytes);
    let body = if declaration.bom {
        &bytes[BOM.len()..]
    } else {
        bytes
    };
    let encoding = match &declaration.cookie {
        None => SourceEncoding::Utf8,
        Some(name) => {
            if declaration.bom && name != "utf-8" {
                return Err(Diagnostic::syntax(
                    format!("encoding problem: {name} with BOM"),
                    TextRange::default(),
                ));
            }
            match lookup_encoding(name) {
                Some(encoding) => encoding,
                None => {
                    let message = match origin {
                        Origin::File(_) => format!("encoding problem: {name}"),
                        Origin::CompileBytes => format!("unknown encoding: {name}"),
                    };
                    return Err(Diagnostic::syntax(message, TextRange::default()));
                }
            }
        }
    };
    match encoding {
        SourceEncoding::Utf8 => decode_utf8(body, origin, declaration.cookie.is_some()),
        SourceEncoding::Latin1 => Ok(Cow::Owned(body.iter().map(|&b| char::from(b)).collect())),
        SourceEncoding::SingleByte(map) => decode_charmap(body, map),
        SourceEncoding::Ascii => match body.iter().position(|&b| b >= 0x80) {
            None => Ok(Cow::Borrowed(
                std::str::from_utf8(body).expect("ASCII bytes are valid UTF-8"),
            )),
            Some(at) => {
                let message = match origin {
                    Origin::File(_) => "encoding problem: ascii".to_string(),
                    Origin::CompileBytes => format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {at}: \
                         ordinal not in range(128)",
                        body[at]
                    ),
                };
                Err(Diagnostic::syntax(message, TextRange::default()))
            }
        },
    }
}

fn decode_utf8<'b>(
    body: &'b [u8],
    origin: Origin,
    declared: bool,
) -> Result<Cow<'b, str>, Diagnostic> {
    let error = match std::str::from_utf8(body) {
        Ok(text) => return Ok(Cow::Borrowed(text)),
        Err(error) => error,
    };
    let at = error.valid_up_to();
    let byte = body[at];
    let valid_prefix = std::str::from_utf8(&body[..at]).expect("valid_up_to bounds a valid prefix");
    let line_index = LineIndex::new(valid_prefix);
    let line = line_index.line(at);
    let column = at - line_index.line_start(line);
    let range = TextRange::new(at, at + 1);
    let message = match origin {
        Origin::File(filename) if !declared => format!(
            "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        ),
        _ => {
            let reason = match error.error_len() {
                None => "unexpected end of data",
                Some(_) if (0xC2..=0xF4).contains(&byte) => "invalid continuation byte",
                Some(_) => "invalid start byte",
            };
            format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} \
                 in position {column}: {reason}"
            )
        }
    };
    Err(Diagnostic::syntax(message, range))
}

/// Decodes with a single-byte table; a byte the codec leaves undefined is
/// an error, worded as Python's `charmap` codec words it.
fn decode_charmap<'b>(body: &[u8], map: &CharMap) -> Result<Cow<'b, str>, Diagnostic> {
    let mut text = String::with_capacity(body.len() + body.len() / 8);
    for (at, &byte) in body.iter().enumerate() {
        if byte < 0x80 {
            text.push(char::from(byte));
            continue;
        }
        match char::from_u32(u32::from(map.high[usize::from(byte - 0x80)])) {
            Some(c) if c != '\u{FFFF}' => text.push(c),
            _ => {
                return Err(Diagnostic::syntax(
                    format!(
                        "(unicode error) 'charmap' codec can't decode byte 0x{byte:02x} \
                         in position {at}: character maps to <undefined>"
                    ),
                    TextRange::new(at, at + 1),
                ));
            }
        }
    }
    Ok(Cow::Owned(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode_source(b"x = 1\n").unwrap(), "x = 1\n");
        assert_eq!(decode_source(b"\xEF\xBB\xBFx = 1\n").unwrap(), "x = 1\n");
    }

    #[test]
    fn latin1_cookie_on_the_second_line() {
        let source = b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\nx = '\xe9'\n";
        assert_eq!(
            detect_encoding(source).cookie.as_deref(),
            Some("iso-8859-1")
        );
        assert!(decode_source(source).unwrap().contains("'é'"));
    }

    #[test]
    fn single_byte_codecs() {
        let source = b"# -*- coding: koi8-r -*-\nx = '\xf0\xd2\xc9'\n";
        assert!(decode_source(source).unwrap().contains("'При'"));
        let source = b"# coding: cp1252\nx = '\x80'\n";
        assert!(decode_source(source).unwrap().contains("'€'"));
        let source = b"# coding: cp1252\nx = '\x81'\n";
        assert!(
            decode_source(source)
                .unwrap_err()
                .message
                .contains("'charmap'")
        );
        assert_eq!(
            lookup_encoding("ISO-8859-15").map(|e| e.name()),
            Some("iso8859-15")
        );
    }

    #[test]
    fn cookie_after_code_is_ignored() {
        let source = b"x = 1\n# coding: latin-1\n";
        assert_eq!(detect_encoding(source).cookie, None);
    }

    #[test]
    fn cpython_messages() {
        let err = |bytes: &[u8]| decode_source_file(bytes, "f.py").unwrap_err().message;
        assert_eq!(err(b"# -*- coding: foo -*-\n"), "encoding problem: foo");
        assert_eq!(
            decode_source(b"# -*- coding: foo -*-\n")
                .unwrap_err()
                .message,
            "unknown encoding: foo"
        );
        assert_eq!(
            err(b"\xEF\xBB\xBF# coding: latin-1\n"),
            "encoding problem: iso-8859-1 with BOM"
        );
        assert_eq!(
            err(b"x = 1\ny = '\xff'\n"),
            "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
        assert_eq!(
            err(b"# coding: utf-8\n\xff\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
    }
}
