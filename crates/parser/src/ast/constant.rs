//! The value of an `ast.Constant` node.

/// A literal's value, as the compiler will store it in `co_consts`.
///
/// Integers that fit in an `i64` are `Int`; larger ones keep their digits
/// as written in `BigInt` (a literal is never negative), so this layer
/// needs no big-number arithmetic.
#[derive(Clone, PartialEq, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// An integer literal too large for `i64`: its digits in `radix` (2, 8,
    /// 10 or 16), without prefix, underscores or leading zeros.
    BigInt {
        digits: String,
        radix: u32,
    },
    Float(f64),
    /// An imaginary literal `5j`: the real part is always 0.0 in source.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    /// A `str` holding lone surrogates (`'\ud800'`), which a Rust `String`
    /// cannot: its code points. Every other `str` is `Str`.
    SurrogateStr(Vec<u32>),
    Bytes(Vec<u8>),
}
