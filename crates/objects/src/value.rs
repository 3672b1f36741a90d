//! `Value`: what a Python name, a list slot or a stack entry holds.
//!
//! # Layout: 16 bytes
//!
//! A `Value` is a Rust enum whose largest payload is 8 bytes (`i64`, `f64`
//! or an [`ObjRef`], which is a slotmap key: a 32-bit slot index plus a
//! 32-bit generation). The discriminant needs its own word because every bit
//! pattern of an `i64` or `f64` is meaningful, so the enum is 16 bytes with
//! 8-byte alignment. We choose this over NaN-boxing into 8 bytes because:
//!
//! - small ints keep the full `i64` range, so arithmetic on ordinary
//!   integers never allocates and never needs a tag check on 62 bits;
//! - floats are stored exactly, with every NaN payload preserved;
//! - the code contains no bit tricks and no `unsafe` (the crate denies it).
//!
//! The cost is that a general list of `n` values holds `16 * n` bytes of
//! slots where CPython holds `8 * n` bytes of pointers, but CPython also
//! allocates a 28-byte int object for every int outside -5..=256 and a
//! 24-byte float object for every float, which a `Value` never does. A list
//! whose items are all small ints stores them as `i64`s, 8 bytes a slot
//! (see [`crate::types::list::PyList`]): a list of 1,000,000 distinct ints
//! is about 8 MB here and about 40 MB in CPython.
//!
//! # Invariants
//!
//! - `Value::Int` holds every integer that fits in an `i64`; a heap int
//!   of class `int` (`Payload::Int`) always lies outside that range. So two
//!   equal exact ints are either both `Value::Int` or both heap ints, and
//!   `hash`/`==` can take the fast path on `Value::Int` without looking at
//!   the heap. (An instance of an `int` subclass is a heap object whatever
//!   its value; [`crate::types::int::Int::from_value`] reads it as small
//!   when it fits.)
//! - `Value` is `Copy`; copying it does not take a reference. See the crate
//!   docs for when a copy must be counted with [`crate::Heap::incref`].

use slotmap::new_key_type;

new_key_type! {
    /// A handle to an object on the [`crate::Heap`]: a slot index and a
    /// generation, so a stale handle is detected rather than read as
    /// whatever object reuses the slot.
    pub struct ObjRef;
}

/// A Python value: an immediate, or a reference to a heap object.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// `None`.
    None,
    /// `NotImplemented`, the singleton binary operators return to defer.
    NotImplemented,
    /// `Ellipsis` (`...`).
    Ellipsis,
    /// `True` or `False`.
    Bool(bool),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// A `float`.
    Float(f64),
    /// Any other object: it lives on the heap.
    Obj(ObjRef),
}

impl Value {
    /// The heap handle, if this value is a heap object.
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// `x is y`: identity. Immediates are identical when their bits are:
    /// two `Value::Int(5)` are the same object, as CPython's cached small
    /// ints are; a float is identical to a float with the same bits.
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_sixteen_bytes_and_option_is_free() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<ObjRef>(), 8);
        assert_eq!(std::mem::size_of::<Option<ObjRef>>(), 8);
    }

    #[test]
    fn identity_of_immediates() {
        assert!(Value::Int(5).is(Value::Int(5)));
        assert!(!Value::Int(1).is(Value::Bool(true)));
        assert!(Value::Float(f64::NAN).is(Value::Float(f64::NAN)));
        assert!(!Value::Float(0.0).is(Value::Float(-0.0)));
    }
}
