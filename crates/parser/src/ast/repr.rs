//! Python's `repr` of the constant values an AST holds, as `ast.dump`
//! prints them. The literals themselves (`str`, `bytes`, `float`,
//! `complex`) are written by the lexer's `repr`, which every layer shares.

pub use pyrite_lexer::{bytes_repr, code_points_repr, complex_repr, float_repr, str_repr};

use super::Constant;

/// `repr(value)` for a constant.
pub fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Ellipsis => "Ellipsis".to_owned(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt { digits, radix } => crate::literals::number::to_decimal(digits, *radix),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::SurrogateStr(points) => code_points_repr(points),
        Constant::Bytes(b) => bytes_repr(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_python_does() {
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1.5), "1.5");
        assert_eq!(float_repr(100.0), "100.0");
        assert_eq!(float_repr(123456789012345.6), "123456789012345.6");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
    }

    #[test]
    fn complex_and_strings_print_as_python_does() {
        assert_eq!(complex_repr(0.0, 1.5), "1.5j");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(
            str_repr("a\x00\u{200b}\u{a0}é'"),
            "\"a\\x00\\u200b\\xa0é'\""
        );
        assert_eq!(bytes_repr(b"\xff'\""), "b'\\xff\\'\"'");
    }
}
