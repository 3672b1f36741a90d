//! The details a codec's failure carries: `UnicodeEncodeError`,
//! `UnicodeDecodeError` and `UnicodeTranslateError` have the attributes
//! `encoding`, `object`, `start`, `end` and `reason`, and their `str` is
//! made from those attributes, not from `args`.
//!
//! Invariants:
//! - `kind` is one of the three Unicode error classes.
//! - `object` is text for encoding and translating, bytes for decoding;
//!   `start..end` indexes it in characters or bytes respectively.
//! - A translate error has no encoding (`encoding` is `None`).

use crate::error::{ExcKind, PyErr};

/// What a codec failed on: the whole text or bytes it was given.
#[derive(Clone, Debug, PartialEq)]
pub enum UnicodeObject {
    /// The str being encoded or translated, as code points (it may hold
    /// lone surrogates, which are what many encoders refuse).
    Text(Vec<u32>),
    /// The bytes being decoded.
    Bytes(Vec<u8>),
}

/// A Unicode error's attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct UnicodeErrorInfo {
    /// `UnicodeEncodeError`, `UnicodeDecodeError` or `UnicodeTranslateError`.
    pub kind: ExcKind,
    /// The codec's name (`None` for a translate error).
    pub encoding: Option<String>,
    /// The input the codec was given.
    pub object: UnicodeObject,
    /// The first index of the failing run.
    pub start: usize,
    /// The index just past the failing run.
    pub end: usize,
    /// Why the run failed (`"invalid start byte"`).
    pub reason: String,
}

impl UnicodeErrorInfo {
    /// `str(e)`, as CPython makes it from the attributes.
    pub fn message(&self) -> String {
        let (len, unit) = match &self.object {
            UnicodeObject::Text(s) => (s.len(), s.get(self.start).copied()),
            UnicodeObject::Bytes(b) => (b.len(), b.get(self.start).map(|&x| u32::from(x))),
        };
        let single = if self.start < len && self.end == self.start + 1 {
            unit
        } else {
            None
        };
        unicode_error_text(
            self.kind,
            self.encoding.as_deref().unwrap_or("None"),
            single,
            self.start as i64,
            self.end as i64,
            &self.reason,
        )
    }
}

/// CPython's `str()` of a Unicode error. `single` is the byte (decoding)
/// or code point (encoding, translating) at `start` when the failing run
/// is that one unit inside the object; otherwise the text names the range
/// `start..=end - 1`.
pub fn unicode_error_text(
    kind: ExcKind,
    encoding: &str,
    single: Option<u32>,
    start: i64,
    end: i64,
    reason: &str,
) -> String {
    let last = end - 1;
    match (kind, single) {
        (ExcKind::UnicodeDecodeError, Some(byte)) => format!(
            "'{encoding}' codec can't decode byte {byte:#04x} in position {start}: {reason}"
        ),
        (ExcKind::UnicodeDecodeError, None) => {
            format!("'{encoding}' codec can't decode bytes in position {start}-{last}: {reason}")
        }
        (ExcKind::UnicodeTranslateError, Some(c)) => format!(
            "can't translate character '{}' in position {start}: {reason}",
            escaped(c)
        ),
        (ExcKind::UnicodeTranslateError, None) => {
            format!("can't translate characters in position {start}-{last}: {reason}")
        }
        (_, Some(c)) => format!(
            "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
            escaped(c)
        ),
        (_, None) => format!(
            "'{encoding}' codec can't encode characters in position {start}-{last}: {reason}"
        ),
    }
}

/// A code point as the error text shows it: `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`, whatever the character.
fn escaped(c: u32) -> String {
    if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

impl PyErr {
    /// A Unicode error with its attributes.
    pub fn unicode(info: UnicodeErrorInfo) -> PyErr {
        PyErr::Unicode(Box::new(info))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        let decode = UnicodeErrorInfo {
            kind: ExcKind::UnicodeDecodeError,
            encoding: Some("utf-8".into()),
            object: UnicodeObject::Bytes(vec![b'a', 0xff]),
            start: 1,
            end: 2,
            reason: "invalid start byte".into(),
        };
        assert_eq!(
            decode.message(),
            "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
        );
        let encode = UnicodeErrorInfo {
            kind: ExcKind::UnicodeEncodeError,
            encoding: Some("ascii".into()),
            object: UnicodeObject::Text(vec![0x78, 0x20ac, 0x79]),
            start: 1,
            end: 3,
            reason: "ordinal not in range(128)".into(),
        };
        assert_eq!(
            encode.message(),
            "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
        );
        let translate = UnicodeErrorInfo {
            kind: ExcKind::UnicodeTranslateError,
            encoding: None,
            object: UnicodeObject::Text(vec![0x78]),
            start: 0,
            end: 1,
            reason: "r".into(),
        };
        assert_eq!(
            translate.message(),
            "can't translate character '\\x78' in position 0: r"
        );
    }
}
