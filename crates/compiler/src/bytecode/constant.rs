//! `Constant`: the values a code object's `co_consts` holds.
//!
//! The compiler knows nothing of the heap (DESIGN.md invariant 5), so
//! constants are plain data; the VM turns each into a `Value` once per code
//! object.
//!
//! Equality is CPython's *constant key* (`_PyCode_ConstantKey`), which is
//! what deduplicating `co_consts` needs: values of different types are never
//! equal (`1`, `1.0` and `True` are three constants), floats compare by their
//! bits (`0.0` and `-0.0` differ, a NaN equals itself), and containers compare
//! element by element under the same rule.

use std::hash::{Hash, Hasher};

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use super::code::CodeObject;

/// A value in `co_consts`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Constant {
    None,
    Bool(bool),
    /// An int of any size.
    Int(#[serde(with = "bigint_bytes")] BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    /// A `str` holding lone surrogates (`'\ud800'`), which a Rust `String`
    /// cannot: its code points. Every other `str` is `Str`, so a constant
    /// has one form and equal strings are equal constants.
    SurrogateStr(Vec<u32>),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// Elements in the order the frozenset iterates them.
    FrozenSet(Vec<Constant>),
    Code(Box<CodeObject>),
    Ellipsis,
}

impl Constant {
    pub fn int(value: impl Into<BigInt>) -> Constant {
        Constant::Int(value.into())
    }

    pub fn str(value: impl Into<String>) -> Constant {
        Constant::Str(value.into())
    }

    /// The constant's Python type name, as `type(c).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) | Constant::SurrogateStr(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::FrozenSet(_) => "frozenset",
            Constant::Code(_) => "code",
            Constant::Ellipsis => "ellipsis",
        }
    }

    /// The code objects directly inside this constant.
    pub fn code_objects(&self) -> Vec<&CodeObject> {
        match self {
            Constant::Code(code) => vec![code],
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                items.iter().flat_map(Constant::code_objects).collect()
            }
            _ => Vec::new(),
        }
    }
}

impl PartialEq for Constant {
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (
                Complex { real, imag },
                Complex {
                    real: real2,
                    imag: imag2,
                },
            ) => real.to_bits() == real2.to_bits() && imag.to_bits() == imag2.to_bits(),
            (Str(a), Str(b)) => a == b,
            (SurrogateStr(a), SurrogateStr(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => a == b,
            (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().all(|item| b.contains(item))
            }
            (Code(a), Code(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Constant {}

impl Hash for Constant {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Constant::None | Constant::Ellipsis => {}
            Constant::Bool(b) => b.hash(state),
            Constant::Int(i) => i.hash(state),
            Constant::Float(f) => f.to_bits().hash(state),
            Constant::Complex { real, imag } => {
                real.to_bits().hash(state);
                imag.to_bits().hash(state);
            }
            Constant::Str(s) => s.hash(state),
            Constant::SurrogateStr(points) => points.hash(state),
            Constant::Bytes(b) => b.hash(state),
            Constant::Tuple(items) => items.hash(state),
            // Order-independent, like the equality above.
            Constant::FrozenSet(items) => items.len().hash(state),
            Constant::Code(code) => {
                code.co_name.hash(state);
                code.co_code.hash(state);
            }
        }
    }
}

/// Big ints travel through serde as their two's-complement little-endian
/// bytes, which needs no feature of num-bigint.
mod bigint_bytes {
    use std::fmt;

    use num_bigint::BigInt;
    use serde::Serializer;
    use serde::de::{Deserializer, SeqAccess, Visitor};

    pub fn serialize<S: Serializer>(value: &BigInt, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&value.to_signed_bytes_le())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<BigInt, D::Error> {
        deserializer.deserialize_bytes(BytesVisitor)
    }

    struct BytesVisitor;

    impl<'de> Visitor<'de> for BytesVisitor {
        type Value = BigInt;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an int as signed little-endian bytes")
        }

        fn visit_bytes<E>(self, v: &[u8]) -> Result<BigInt, E> {
            Ok(BigInt::from_signed_bytes_le(v))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<BigInt, A::Error> {
            let mut bytes = Vec::new();
            while let Some(b) = seq.next_element::<u8>()? {
                bytes.push(b);
            }
            Ok(BigInt::from_signed_bytes_le(&bytes))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Constant;

    #[test]
    fn surrogate_strings_round_trip_through_the_cache_encoding() {
        let constant = Constant::Tuple(vec![
            Constant::SurrogateStr(vec![0x61, 0xd800, 0xdc80]),
            Constant::str("\u{fffd}"),
        ]);
        let bytes = postcard::to_allocvec(&constant).expect("constants always serialise");
        let back: Constant = postcard::from_bytes(&bytes).expect("just written");
        assert_eq!(back, constant);
        assert_ne!(
            Constant::SurrogateStr(vec![0xd800]),
            Constant::str("\u{fffd}")
        );
    }
}
