//! `repr()` of `float` and `complex`.
//!
//! A float prints as the shortest decimal digits that read back as the
//! same value, the nearest such digits and, between two equally near, the
//! even one (Ryū finds exactly the digits of David Gay's `dtoa` mode 0,
//! which CPython uses; Rust's `{:e}` rounds those ties up), laid out by Python's `'r'` rule:
//! positional notation when the decimal exponent is in `-4 <= exp < 16`,
//! otherwise scientific with a sign and at least two exponent digits
//! (`1e+16`, `1e-05`).

/// The shortest round-trip digits of a finite `x.abs()` and the decimal
/// point position (CPython's `decpt`): `x.abs() == 0.DIGITS * 10**decpt`.
/// Zero gives `("0", 1)`.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let mut buffer = ryu::Buffer::new();
    let formatted = buffer.format_finite(x.abs());
    let (mantissa, exponent) = formatted.split_once('e').unwrap_or((formatted, "0"));
    let exponent: i32 = exponent
        .parse()
        .expect("ryu writes a decimal exponent after `e`");
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{whole}{fraction}");
    let significant = all.trim_start_matches('0');
    let leading_zeros = (all.len() - significant.len()) as i32;
    let digits = significant.trim_end_matches('0');
    if digits.is_empty() {
        return ("0".to_owned(), 1);
    }
    (
        digits.to_owned(),
        whole.len() as i32 + exponent - leading_zeros,
    )
}

/// `repr(x)` for a `float`: `0.1`, `100.0`, `1e+16`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    format_shortest(x, true)
}

/// `repr(complex(real, imag))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
/// The parts print like floats without a trailing `.0`; the real part is
/// left out when it is `+0.0`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let imag_text = format_shortest(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{imag_text}j");
    }
    let sign = if imag_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag_text}j)", format_shortest(real, false))
}

/// CPython's `float_repr_style = 'short'` with the `'r'` format code;
/// `add_dot_0` adds `.0` to integral values in positional notation (a
/// float's repr does, a complex part's does not).
fn format_shortest(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".to_owned();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    let dot_0 = if add_dot_0 { ".0" } else { "" };
    if x == 0.0 {
        return format!("{sign}0{dot_0}");
    }
    let (digits, decpt) = shortest_digits(x);
    let len = digits.len() as i32;
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{digits}", "0".repeat(decpt.unsigned_abs() as usize))
        } else if decpt >= len {
            format!("{digits}{}{dot_0}", "0".repeat((decpt - len) as usize))
        } else {
            let (whole, fraction) = digits.split_at(decpt as usize);
            format!("{whole}.{fraction}")
        }
    } else {
        let exponent = decpt - 1;
        let (first, rest) = digits.split_at(1);
        let point = if rest.is_empty() { "" } else { "." };
        let exp_sign = if exponent < 0 { '-' } else { '+' };
        format!("{first}{point}{rest}e{exp_sign}{:02}", exponent.abs())
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_python_does() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.5, "1.5"),
            (100.0, "100.0"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (2f64.powi(-25), "2.9802322387695312e-08"),
            (1000000000000000.2, "1000000000000000.2"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(value), expected, "{value:e}");
        }
    }

    #[test]
    fn complex_parts_drop_the_point() {
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(-0.0, 1.0), "(-0+1j)");
        assert_eq!(complex_repr(1.0, -0.0), "(1-0j)");
        assert_eq!(complex_repr(1.5, f64::NAN), "(1.5+nanj)");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
    }
}
