//! `bytes` and `bytearray`: immutable and mutable byte strings.

use crate::heap::{Heap, Payload};
use crate::types::BuiltinType;
use crate::value::Value;

/// `repr(b)`: `b'...'`, double quotes only if the bytes contain `'` and
/// no `"`; `\\`, `\t`, `\n`, `\r`, the quote and every byte outside
/// 0x20..0x7e escaped, the rest as `\xNN`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Heap {
    /// A new `bytes` object (an owned reference).
    pub fn new_bytes(&mut self, data: impl Into<Box<[u8]>>) -> Value {
        self.alloc_builtin(BuiltinType::Bytes, Payload::Bytes(data.into()))
    }

    /// A new `bytearray` object (an owned reference).
    pub fn new_bytearray(&mut self, data: Vec<u8>) -> Value {
        self.alloc_builtin(BuiltinType::ByteArray, Payload::ByteArray(data))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"\x00\x7f\xff\n"), "b'\\x00\\x7f\\xff\\n'");
    }
}
