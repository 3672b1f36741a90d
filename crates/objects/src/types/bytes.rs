//! `bytes` and `bytearray`: immutable and mutable byte strings.

use crate::heap::{Heap, Payload};
use crate::types::BuiltinType;
use crate::value::Value;

/// `repr(b)`: the lexer's, shared by every layer.
pub use pyrite_lexer::bytes_repr;

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
