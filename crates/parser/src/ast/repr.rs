//! Python's `repr` of the constant values an AST holds, as `ast.dump`
//! prints them: `str`, `bytes`, `float` and `complex`.

use super::Constant;
use super::printable::NOT_PRINTABLE;

/// `repr(value)` for a constant.
pub fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Ellipsis => "Ellipsis".to_owned(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(digits) => digits.clone(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::SurrogateStr(points) => code_points_repr(points),
        Constant::Bytes(b) => bytes_repr(b),
    }
}

/// `repr(s)` for a `str`: single quotes unless the text holds a `'` and no
/// `"`; backslash escapes for the quote, `\\`, `\t`, `\n`, `\r` and for
/// characters that are not printable.
pub fn str_repr(s: &str) -> String {
    let points: Vec<u32> = s.chars().map(|c| c as u32).collect();
    code_points_repr(&points)
}

/// `repr` of a `str` given as code points (lone surrogates included).
pub fn code_points_repr(s: &[u32]) -> String {
    let has = |c: char| s.contains(&(c as u32));
    let quote = if has('\'') && !has('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for &code in s {
        let Some(c) = char::from_u32(code) else {
            out.push_str(&format!("\\u{code:04x}"));
            continue;
        };
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let code = c as u32;
                if code < 0x100 {
                    out.push_str(&format!("\\x{code:02x}"));
                } else if code < 0x10000 {
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

/// Whether `str.isprintable()` holds for `c`, from CPython 3.11's table.
fn is_printable(c: char) -> bool {
    let code = c as u32;
    let at = NOT_PRINTABLE.partition_point(|&(_, end)| end < code);
    !NOT_PRINTABLE
        .get(at)
        .is_some_and(|&(start, end)| start <= code && code <= end)
}

/// `repr(b)` for `bytes`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote => {
                out.push('\\');
                out.push(byte as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `repr(f)` for a `float`: the shortest digits that round-trip, in
/// positional notation when the decimal exponent is in `-4..16`, else in
/// scientific notation with a signed two-digit-minimum exponent.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_owned();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde-x".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exponent) = sci
        .split_once('e')
        .expect("`{:e}` formatting always writes an exponent");
    let exponent: i32 = exponent
        .parse()
        .expect("`{:e}` formatting writes a decimal exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f < 0.0 { "-" } else { "" };
    let body = if (-4..16).contains(&exponent) {
        if exponent < 0 {
            format!("0.{}{}", "0".repeat((-exponent - 1) as usize), digits)
        } else {
            let point = exponent as usize + 1;
            if digits.len() <= point {
                format!("{}{}.0", digits, "0".repeat(point - digits.len()))
            } else {
                format!("{}.{}", &digits[..point], &digits[point..])
            }
        }
    } else {
        let mantissa = if digits.len() == 1 {
            digits
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let exp_sign = if exponent < 0 { '-' } else { '+' };
        format!("{mantissa}e{exp_sign}{:02}", exponent.abs())
    };
    format!("{sign}{body}")
}

/// `repr(complex(real, imag))`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let part = |x: f64| {
        let r = float_repr(x);
        r.strip_suffix(".0").map(str::to_owned).unwrap_or(r)
    };
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", part(imag))
    } else {
        let im = part(imag);
        let sign = if im.starts_with('-') { "" } else { "+" };
        format!("({}{sign}{im}j)", part(real))
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
