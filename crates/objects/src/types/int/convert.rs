//! `int` <-> text and bytes: `int(s, base)`, `str(i)`, `to_bytes`,
//! `from_bytes`, with CPython's limit on decimal conversions.
//!
//! CPython 3.11 refuses to convert between `str` and `int` in a base that
//! is not a power of two when the decimal text would exceed
//! `sys.get_int_max_str_digits()` digits (4300 by default), because the
//! conversion is quadratic. The limit is passed in by the caller (the VM
//! keeps it as interpreter state; 0 means unlimited).

use num_bigint::{BigInt, Sign};
use num_traits::{Num, Zero};

use super::Int;
use crate::error::{PyErr, PyResult};
use crate::types::str::{is_python_whitespace, str_repr};

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

impl Int {
    /// `str(i)`/`repr(i)`, refusing more than `limit` digits (0: no limit).
    pub fn to_decimal(&self, limit: usize) -> PyResult<String> {
        match self {
            Int::Small(i) => Ok(i.to_string()),
            Int::Big(b) => {
                // Reject before the quadratic conversion: a number of
                // `bits` bits has more than `(bits - 1) * log10(2)` digits.
                let bits = b.bits();
                if limit > 0 && (bits as f64 - 1.0) * std::f64::consts::LOG10_2 > limit as f64 + 1.0
                {
                    return Err(limit_error_out(limit));
                }
                let s = b.to_string();
                let digits = s.len() - usize::from(s.starts_with('-'));
                if limit > 0 && digits > limit {
                    return Err(limit_error_out(limit));
                }
                Ok(s)
            }
        }
    }

    /// The digits in a power-of-two base with its prefix, as `bin()`,
    /// `oct()` and `hex()` show them (`-0x1f`).
    pub fn to_prefixed(&self, radix: u32) -> String {
        let prefix = match radix {
            2 => "0b",
            8 => "0o",
            _ => "0x",
        };
        let b = self.to_bigint();
        let digits = b.magnitude().to_str_radix(radix);
        let sign = if b.sign() == Sign::Minus { "-" } else { "" };
        format!("{sign}{prefix}{digits}")
    }

    /// `int(text, base)`. `base` is 0 (infer from a prefix) or 2..=36.
    pub fn parse(text: &str, base: u32, limit: usize) -> PyResult<Int> {
        if base == 1 || base > 36 {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let invalid = || {
            let r: String = str_repr(text).chars().take(200).collect();
            PyErr::value_error(format!("invalid literal for int() with base {base}: {r}"))
        };
        let s = text.trim_matches(is_python_whitespace);
        let (negative, s) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let prefix_base = match s.get(..2).map(|p| p.to_ascii_lowercase()).as_deref() {
            Some("0x") => Some(16),
            Some("0o") => Some(8),
            Some("0b") => Some(2),
            _ => None,
        };
        let (radix, digits, after_prefix) = match (base, prefix_base) {
            (0, Some(p)) => (p, &s[2..], true),
            (0, None) => (10, s, false),
            (b, Some(p)) if b == p => (b, &s[2..], true),
            (b, _) => (b, s, false),
        };
        // Underscores: single, between digits, or right after a prefix.
        let mut clean = String::with_capacity(digits.len());
        let mut prev_underscore = !after_prefix;
        for c in digits.chars() {
            if c == '_' {
                if prev_underscore {
                    return Err(invalid());
                }
                prev_underscore = true;
                continue;
            }
            let d = c
                .to_digit(36)
                .or_else(|| unicode_decimal(c))
                .ok_or_else(invalid)?;
            if d >= radix {
                return Err(invalid());
            }
            clean.push(std::char::from_digit(d, 36).expect("a digit below 36 has a character"));
            prev_underscore = false;
        }
        if clean.is_empty() || prev_underscore {
            return Err(invalid());
        }
        // Base 0 reads a decimal literal, which cannot have leading zeros
        // unless it is zero ("010" is invalid, "00" is 0).
        if base == 0
            && prefix_base.is_none()
            && clean.starts_with('0')
            && !clean.bytes().all(|b| b == b'0')
        {
            return Err(invalid());
        }
        if limit > 0 && !radix.is_power_of_two() && clean.len() > limit {
            return Err(PyErr::value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                clean.len()
            )));
        }
        let value = match i64::from_str_radix(&clean, radix) {
            Ok(v) => Int::Small(v),
            Err(_) => {
                Int::from_bigint(BigInt::from_str_radix(&clean, radix).map_err(|_| invalid())?)
            }
        };
        Ok(if negative { value.neg() } else { value })
    }

    /// `i.to_bytes(length, byteorder, signed=signed)`.
    pub fn to_bytes(&self, length: usize, little: bool, signed: bool) -> PyResult<Vec<u8>> {
        let b = self.to_bigint();
        if !signed && b.sign() == Sign::Minus {
            return Err(PyErr::overflow("can't convert negative int to unsigned"));
        }
        let mut bytes = if b.is_zero() {
            Vec::new()
        } else if signed {
            b.to_signed_bytes_le()
        } else {
            b.to_bytes_le().1
        };
        if bytes.len() > length {
            return Err(PyErr::overflow("int too big to convert"));
        }
        crate::error::check_allocation(length as u128, 1)?;
        let fill = if b.sign() == Sign::Minus { 0xff } else { 0 };
        bytes.resize(length, fill);
        if !little {
            bytes.reverse();
        }
        Ok(bytes)
    }

    /// `int.from_bytes(bytes, byteorder, signed=signed)`.
    pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> Int {
        let mut le = bytes.to_vec();
        if !little {
            le.reverse();
        }
        let b = if signed {
            BigInt::from_signed_bytes_le(&le)
        } else {
            BigInt::from_bytes_le(Sign::Plus, &le)
        };
        Int::from_bigint(b)
    }
}

/// The value of a non-ASCII Unicode decimal digit (category Nd): such
/// digits come in runs of ten starting at a zero, and the table's ranges
/// are whole runs.
fn unicode_decimal(c: char) -> Option<u32> {
    use crate::types::unicode_tables::DECIMAL;
    if c.is_ascii() {
        return None;
    }
    let cp = c as u32;
    let i = DECIMAL.partition_point(|(lo, _)| *lo <= cp);
    let (lo, hi) = *DECIMAL.get(i.checked_sub(1)?)?;
    (cp <= hi).then_some((cp - lo) % 10)
}

fn limit_error_out(limit: usize) -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}
