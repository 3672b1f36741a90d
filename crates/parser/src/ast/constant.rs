//! The value of an `ast.Constant` node.

/// A literal's value, as the compiler will store it in `co_consts`.
///
/// Integers that fit in an `i64` are `Int`; larger ones keep their decimal
/// digits in `BigInt` (a leading `-` never appears: a literal is never
/// negative), so this layer needs no big-number arithmetic.
#[derive(Clone, PartialEq, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// An integer literal too large for `i64`, as decimal digits.
    BigInt(String),
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
