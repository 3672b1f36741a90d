//! CPython's `repr` of the constants, as `dis` prints them.
//!
//! Floats use the shortest digits that round-trip (Rust's formatter finds
//! them; Python's rules place the point and the exponent), strings and bytes
//! choose their quote and escape as `unicode_repr` and `bytes_repr` do.
//!
//! Known approximation: whether a non-ASCII character is printable is
//! decided from the Unicode categories that matter in practice (controls,
//! format characters, separators, private use, noncharacters); unassigned
//! code points are treated as printable, where CPython escapes them.

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

/// The shortest round-trip digits of a finite, nonzero-or-zero `value`
/// without sign, and the decimal exponent of the first digit plus one
/// (CPython's `decpt`): `digits` × 10^(decpt − len(digits)).
fn shortest_digits(value: f64) -> (String, i32) {
    // `{:e}` prints the shortest round-trip mantissa: "1.2345e-7".
    let formatted = format!("{:e}", value.abs());
    let (mantissa, exponent) = formatted
        .split_once('e')
        .expect("Rust's {:e} output always has an exponent");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i32 = exponent
        .parse()
        .expect("Rust's {:e} exponent is a decimal integer");
    (digits, exponent + 1)
}

/// Formats like CPython's `float_repr_style = 'short'` with the `'r'` format
/// code; `add_dot_0` adds `.0` to integral values (float repr does, complex
/// components do not).
fn format_shortest(value: f64, add_dot_0: bool) -> String {
    if value.is_nan() {
        return "nan".to_string();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    if value == 0.0 {
        return format!("{sign}0{}", if add_dot_0 { ".0" } else { "" });
    }
    let (digits, decpt) = shortest_digits(value);
    let n = digits.len() as i32;
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= n {
            let zeros = "0".repeat((decpt - n) as usize);
            format!("{digits}{zeros}{}", if add_dot_0 { ".0" } else { "" })
        } else {
            let (int, frac) = digits.split_at(decpt as usize);
            format!("{int}.{frac}")
        }
    } else {
        let exp = decpt - 1;
        let (first, rest) = digits.split_at(1);
        let point = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{first}{point}e{exp_sign}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

/// `repr(float)`.
pub fn float_repr(value: f64) -> String {
    format_shortest(value, true)
}

/// `repr(complex(real, imag))`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let imag_text = format_shortest(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{imag_text}j");
    }
    let real_text = format_shortest(real, false);
    let imag_signed = if imag_text.starts_with('-') {
        imag_text
    } else {
        format!("+{imag_text}")
    };
    format!("({real_text}{imag_signed}j)")
}

/// `repr(str)`: single quotes unless the text has a single quote and no
/// double quote.
pub fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c => {
                let code = c as u32;
                if code <= 0xff {
                    out.push_str(&format!("\\x{code:02x}"));
                } else if code <= 0xffff {
                    out.push_str(&format!("\\u{code:04x}"));
                } else {
                    out.push_str(&format!("\\U{code:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Whether CPython's `str.isprintable` holds for a non-ASCII character
/// (see the module doc for the approximation).
fn is_printable(c: char) -> bool {
    let code = c as u32;
    let not_printable = matches!(code,
        // Cc: C1 controls.
        0x80..=0x9f
        // Zs, Zl, Zp: separators other than the ASCII space.
        | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000
        // Cf: format characters.
        | 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890 | 0x891 | 0x8e2 | 0x180e
        | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f
        | 0xfeff | 0xfff9..=0xfffb | 0x110bd | 0x110cd | 0x13430..=0x1343f
        | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f
        // Co: private use.
        | 0xe000..=0xf8ff | 0xf0000..=0xffffd | 0x100000..=0x10fffd
    );
    // Noncharacters are unassigned (Cn) by definition.
    let noncharacter = (0xfdd0..=0xfdef).contains(&code) || code & 0xfffe == 0xfffe;
    !(not_printable || noncharacter)
}

/// `repr(bytes)`.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
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
