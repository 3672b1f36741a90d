//! Protocol 0's text arguments: decimal ints, longs, floats and memo
//! indexes written out as lines, and the raw-unicode-escaped UNICODE
//! text. The usual spellings are read here; any other is handed to the
//! unpickler's Python handler, which reads it (or reports it) as CPython
//! does.

use num_bigint::BigInt;
use pyrite_objects::PyResult;
use pyrite_objects::Value;

use super::super::opcodes::{FLOAT, GET, INT, LONG, PUT};
use super::{Loader, Step};
use crate::interpreter::Interpreter;

impl Loader {
    /// The protocol 0 opcodes whose argument is a decimal or float text
    /// line: those in the usual spelling are read here, the rest by the
    /// Python handlers.
    pub(super) fn text_number(&mut self, interp: &mut Interpreter, code: u8) -> PyResult<Step> {
        let Some(line) = self.take_line() else {
            return Ok(Step::Delegate);
        };
        let Ok(text) = std::str::from_utf8(&self.data[line]) else {
            return Ok(Step::Delegate);
        };
        let plain = |t: &str| {
            let digits = t.strip_prefix('-').unwrap_or(t);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        };
        match code {
            INT if text == "00" || text == "01" => {
                self.push(interp, Value::Bool(text == "01"))?;
            }
            INT | LONG => {
                let text = if code == LONG {
                    text.strip_suffix('L').unwrap_or(text)
                } else {
                    text
                };
                if !plain(text) {
                    return Ok(Step::Delegate);
                }
                let Ok(n) = text.parse::<BigInt>() else {
                    return Ok(Step::Delegate);
                };
                let v =
                    pyrite_objects::types::int::Int::from_bigint(n).into_value(&mut interp.heap);
                self.push(interp, v)?;
            }
            FLOAT => {
                let numeric = text
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'));
                match text.parse::<f64>() {
                    Ok(f) if numeric && !text.is_empty() => self.push(interp, Value::Float(f))?,
                    _ => return Ok(Step::Delegate),
                }
            }
            GET | PUT => {
                if !plain(text) || text.starts_with('-') {
                    return Ok(Step::Delegate);
                }
                let Ok(index) = text.parse::<i64>() else {
                    return Ok(Step::Delegate);
                };
                if code == GET {
                    self.memo_get(interp, index)?;
                } else {
                    self.memo_put(interp, index)?;
                }
            }
            _ => return Ok(Step::Delegate),
        }
        Ok(Step::Next)
    }
}

/// The text of a UNICODE argument: latin-1 bytes with `\uXXXX` and
/// `\UXXXXXXXX` escapes, a `\u` being an escape only after an even run
/// of backslashes (CPython's raw-unicode-escape codec); `None` for a
/// malformed escape (left to the Python handler, which reports it).
pub(super) fn raw_unicode_unescape(data: &[u8]) -> Option<Vec<u32>> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    // Backslashes just before `i`, copied as they are.
    let mut backslashes = 0usize;
    while i < data.len() {
        let b = data[i];
        if b == b'\\' && backslashes % 2 == 0 && matches!(data.get(i + 1), Some(b'u' | b'U')) {
            let width = if data[i + 1] == b'u' { 4 } else { 8 };
            let digits = data.get(i + 2..i + 2 + width)?;
            let text = std::str::from_utf8(digits).ok()?;
            if !text.bytes().all(|d| d.is_ascii_hexdigit()) {
                return None;
            }
            let c = u32::from_str_radix(text, 16).ok()?;
            if c > 0x10ffff {
                return None;
            }
            out.push(c);
            i += 2 + width;
            backslashes = 0;
        } else {
            out.push(u32::from(b));
            i += 1;
            backslashes = if b == b'\\' { backslashes + 1 } else { 0 };
        }
    }
    Some(out)
}
