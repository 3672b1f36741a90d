//! CPython's `repr` of the constants, as `dis` prints them. Literal values
//! (`str`, `bytes`, `float`, `complex`) are written by the lexer's `repr`,
//! which every layer shares; this module adds tuples, frozensets and code
//! objects.

pub use pyrite_lexer::{bytes_repr, code_points_repr, complex_repr, float_repr, str_repr};

use super::code::CodeObject;
use super::constant::Constant;

/// How a code object inside a constant is shown: `<code object f at 0x…>`
/// needs an address, which the caller supplies.
pub type CodeAddress<'a> = &'a dyn Fn(&CodeObject) -> usize;

impl Constant {
    /// `repr(constant)`, with code objects shown at the address `address`
    /// gives them.
    pub fn repr_with(&self, address: CodeAddress<'_>) -> String {
        let mut out = String::new();
        write_repr(&mut out, self, address);
        out
    }

    /// `repr(constant)`, with code objects shown at their Rust address.
    pub fn repr(&self) -> String {
        self.repr_with(&|code| std::ptr::from_ref(code) as usize)
    }
}

fn write_repr(out: &mut String, constant: &Constant, address: CodeAddress<'_>) {
    match constant {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Complex { real, imag } => out.push_str(&complex_repr(*real, *imag)),
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::SurrogateStr(points) => out.push_str(&code_points_repr(points)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, item, address);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                out.push_str("frozenset()");
                return;
            }
            out.push_str("frozenset({");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, item, address);
            }
            out.push_str("})");
        }
        Constant::Code(code) => out.push_str(&code_repr(code, address(code))),
    }
}

/// `repr(code)`: `<code object NAME at 0xADDR, file "FILE", line N>`.
pub fn code_repr(code: &CodeObject, address: usize) -> String {
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.co_name, address, code.co_filename, code.co_firstlineno
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_cpython() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (1.5, "1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e300, "1e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (2.5e-320, "2.5e-320"),
            (std::f64::consts::PI, "3.141592653589793"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(value), expected);
        }
    }

    #[test]
    fn complex_matches_cpython() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(-0.0, 1.0), "(-0+1j)");
        assert_eq!(complex_repr(1.0, -0.0), "(1-0j)");
        assert_eq!(complex_repr(0.0, f64::NAN), "nanj");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
        assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(1.5, 2.5), "(1.5+2.5j)");
    }

    #[test]
    fn strings_choose_quotes_and_escape() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("'"), "\"'\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\tb\n\\\x00\x7f"), "'a\\tb\\n\\\\\\x00\\x7f'");
        assert_eq!(
            str_repr("\u{a0}\u{ad}\u{2028}é\u{e0001}\u{feff}\u{ffff}€"),
            "'\\xa0\\xad\\u2028é\\U000e0001\\ufeff\\uffff€'"
        );
    }

    #[test]
    fn bytes_choose_quotes_and_escape() {
        assert_eq!(bytes_repr(b"a'\""), "b'a\\'\"'");
        assert_eq!(bytes_repr(b"'"), "b\"'\"");
        assert_eq!(bytes_repr(b"\x00\xff\t"), "b'\\x00\\xff\\t'");
    }

    #[test]
    fn containers() {
        let one = Constant::Tuple(vec![Constant::int(1)]);
        assert_eq!(one.repr(), "(1,)");
        let two = Constant::Tuple(vec![Constant::str("a"), Constant::None, Constant::Ellipsis]);
        assert_eq!(two.repr(), "('a', None, Ellipsis)");
        assert_eq!(Constant::Tuple(vec![]).repr(), "()");
        assert_eq!(Constant::FrozenSet(vec![]).repr(), "frozenset()");
        let set = Constant::FrozenSet(vec![Constant::int(1), Constant::Bool(true)]);
        assert_eq!(set.repr(), "frozenset({1, True})");
    }
}
