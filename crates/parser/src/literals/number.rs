//! The values of number literals: `int` (any base, any size), `float` and
//! imaginary. The lexer has already checked their spelling.

use crate::ast::Constant;

/// The most decimal digits an `int` literal may have: CPython 3.11's
/// default limit on converting between `int` and decimal text, which its
/// parser applies to literals.
pub const MAX_STR_DIGITS: usize = 4300;

/// The value of an `Int` token's text (`0x_1f`, `1_000`, `0o17`, `0b1`), or
/// the message of the `SyntaxError` CPython gives for a decimal literal
/// longer than [`MAX_STR_DIGITS`]. Literals in the other bases have no
/// limit: their digits convert in linear time.
pub fn int_value(text: &str) -> Result<Constant, String> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest, 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest, 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest, 2)
    } else {
        (lower.as_str(), 10)
    };
    if radix == 10 && digits.len() > MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit \
             - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
            digits.len()
        ));
    }
    Ok(match i64::from_str_radix(digits, radix) {
        Ok(value) => Constant::Int(value),
        Err(_) => Constant::BigInt {
            digits: digits.trim_start_matches('0').to_owned(),
            radix,
        },
    })
}

/// Converts digits in `radix` to decimal digits, with base-10^9 limbs
/// (quadratic: for showing a constant, not for compiling one).
pub fn to_decimal(digits: &str, radix: u32) -> String {
    if radix == 10 {
        return digits.to_owned();
    }
    const LIMB: u64 = 1_000_000_000;
    // Little-endian limbs of the value.
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let Some(d) = c.to_digit(radix) else { continue };
        let mut carry = u64::from(d);
        for limb in limbs.iter_mut() {
            let v = *limb * u64::from(radix) + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
    }
    let mut out = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        if i == 0 {
            out.push_str(&limb.to_string());
        } else {
            out.push_str(&format!("{limb:09}"));
        }
    }
    out
}

/// The value of a `Float` token's text.
pub fn float_value(text: &str) -> f64 {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    clean.parse().unwrap_or(f64::NAN)
}

/// The value of an `Imaginary` token's text (`1.5j`).
pub fn imaginary_value(text: &str) -> Constant {
    let digits = &text[..text.len().saturating_sub(1)];
    Constant::Complex {
        real: 0.0,
        imag: float_value(digits),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_in_every_base() {
        assert_eq!(int_value("0x_1f"), Ok(Constant::Int(31)));
        assert_eq!(int_value("1_000"), Ok(Constant::Int(1000)));
        assert_eq!(int_value("0o17"), Ok(Constant::Int(15)));
        assert_eq!(int_value("0B101"), Ok(Constant::Int(5)));
        assert_eq!(
            int_value("0xffffffffffffffffffff"),
            Ok(Constant::BigInt {
                digits: "ffffffffffffffffffff".to_owned(),
                radix: 16
            })
        );
        assert_eq!(
            int_value("123456789012345678901234567890"),
            Ok(Constant::BigInt {
                digits: "123456789012345678901234567890".to_owned(),
                radix: 10
            })
        );
    }

    #[test]
    fn big_literals_convert_in_every_base_and_decimal_ones_are_limited() {
        assert_eq!(
            to_decimal("ffffffffffffffffffff", 16),
            "1208925819614629174706175"
        );
        let hex = format!("0x{}", "f".repeat(100_000));
        assert!(int_value(&hex).is_ok());
        assert!(int_value(&"9".repeat(MAX_STR_DIGITS)).is_ok());
        let too_long = int_value(&"9".repeat(MAX_STR_DIGITS + 1)).unwrap_err();
        assert!(too_long.starts_with(
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits;"
        ));
    }

    #[test]
    fn floats_and_imaginaries() {
        assert_eq!(float_value("1_000.5e-3"), 1.0005);
        assert_eq!(float_value("5."), 5.0);
        assert_eq!(float_value(".5"), 0.5);
        assert_eq!(
            imaginary_value("1.5J"),
            Constant::Complex {
                real: 0.0,
                imag: 1.5
            }
        );
    }
}
