//! The format-spec mini-language: `format(value, spec)` for `int`,
//! `float` and `str`, with CPython 3.11's messages.
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//!
//! Parsing follows CPython's `parse_internal_render_format_spec`; each
//! type then checks which options it accepts. Float digits come from
//! Rust's exact decimal formatting (`{:.N}` and `{:.Ne}` round the exact
//! binary value half to even, as CPython's `dtoa` does).

use crate::error::{PyErr, PyResult};
use crate::types::float::float_repr;
use crate::types::int::Int;

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    /// Padding character.
    pub fill: char,
    /// `<`, `>`, `^` or `=`, if given (or implied by `0`).
    pub align: Option<char>,
    /// `+`, `-` or ` `, if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum width.
    pub width: usize,
    /// `,` or `_` digit grouping.
    pub grouping: Option<char>,
    /// `.precision`
    pub precision: Option<usize>,
    /// The type character.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn read_number(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(n) })
}

impl FormatSpec {
    /// Parse `spec`; `type_name`, `default_align` (`'>'` for numbers,
    /// `'<'` for strings) and `default_type` are those of the value being
    /// formatted.
    pub fn parse(
        spec: &str,
        type_name: &str,
        default_align: char,
        default_type: Option<char>,
    ) -> PyResult<FormatSpec> {
        let chars: Vec<char> = spec.chars().collect();
        let mut f = FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: 0,
            grouping: None,
            precision: None,
            ty: None,
        };
        let mut pos = 0;
        let mut fill_given = false;
        if chars.len() >= 2 && is_align(chars[1]) {
            f.fill = chars[0];
            f.align = Some(chars[1]);
            fill_given = true;
            pos = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            f.align = Some(chars[0]);
            pos = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
            f.sign = Some(c);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            f.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        if !fill_given && chars.get(pos) == Some(&'0') {
            f.fill = '0';
            if f.align.is_none() && default_align == '>' {
                f.align = Some('=');
            }
            pos += 1;
        }
        f.width = read_number(&chars, &mut pos)?.unwrap_or(0);
        crate::error::check_allocation(f.width as u128, 4)?;
        match chars.get(pos) {
            Some(',') => {
                f.grouping = Some(',');
                pos += 1;
            }
            Some('_') => {
                f.grouping = Some('_');
                pos += 1;
            }
            _ => {}
        }
        if let Some(&c @ (',' | '_')) = chars.get(pos) {
            if f.grouping.is_some_and(|g| g != c) {
                return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
            }
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = Some(
                read_number(&chars, &mut pos)?
                    .ok_or_else(|| PyErr::value_error("Format specifier missing precision"))?,
            );
        }
        match chars.len() - pos {
            0 => f.ty = default_type,
            1 => f.ty = Some(chars[pos]),
            _ => {
                return Err(PyErr::value_error(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )));
            }
        }
        if let Some(g) = f.grouping {
            let ok = match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => g == '_',
                _ => false,
            };
            if !ok {
                let t = f.ty.map(String::from).unwrap_or_default();
                return Err(PyErr::value_error(format!(
                    "Cannot specify '{g}' with '{t}'."
                )));
            }
        }
        Ok(f)
    }

    /// Pad `sign + prefix + body` to the width. `numeric` selects the
    /// default right alignment.
    fn pad(&self, sign: &str, prefix: &str, body: &str, numeric: bool) -> String {
        let len = sign.chars().count() + prefix.chars().count() + body.chars().count();
        if len >= self.width {
            return format!("{sign}{prefix}{body}");
        }
        let n = self.width - len;
        let fill = |k: usize| std::iter::repeat_n(self.fill, k).collect::<String>();
        match self.align.unwrap_or(if numeric { '>' } else { '<' }) {
            '<' => format!("{sign}{prefix}{body}{}", fill(n)),
            '^' => format!("{}{sign}{prefix}{body}{}", fill(n / 2), fill(n - n / 2)),
            '=' => format!("{sign}{prefix}{}{body}", fill(n)),
            _ => format!("{}{sign}{prefix}{body}", fill(n)),
        }
    }

    fn sign_str(&self, negative: bool) -> &'static str {
        match (negative, self.sign) {
            (true, _) => "-",
            (false, Some('+')) => "+",
            (false, Some(' ')) => " ",
            _ => "",
        }
    }

    /// Zero padding with `=` alignment pads the digits themselves, so
    /// grouping separators appear in the padding too (`0,001,234`).
    fn zero_pad_width(&self, sign: &str, prefix: &str) -> usize {
        if self.fill == '0' && self.align == Some('=') {
            self.width.saturating_sub(sign.len() + prefix.len())
        } else {
            0
        }
    }
}

/// Insert `sep` every `interval` digits from the right, padding with
/// zeros to at least `min_width` characters (never starting with `sep`).
pub fn group_digits(digits: &str, sep: Option<char>, interval: usize, min_width: usize) -> String {
    let Some(sep) = sep else {
        let pad = min_width.saturating_sub(digits.len());
        return format!("{}{digits}", "0".repeat(pad));
    };
    let ds: Vec<char> = digits.chars().rev().collect();
    let mut out: Vec<char> = Vec::with_capacity(ds.len() * 2);
    let mut i = 0;
    let mut in_group = 0;
    loop {
        if i < ds.len() {
            out.push(ds[i]);
            i += 1;
        } else if out.len() < min_width {
            out.push('0');
        } else {
            break;
        }
        in_group += 1;
        if in_group == interval && (i < ds.len() || out.len() < min_width) {
            out.push(sep);
            in_group = 0;
        }
    }
    if out.last() == Some(&sep) {
        out.push('0');
    }
    out.iter().rev().collect()
}

/// `format(i, spec)` for an int (or bool, which the caller has already
/// sent to `str` formatting when the spec is empty).
pub fn format_int(i: &Int, spec: &str) -> PyResult<String> {
    format_int_limited(i, spec, crate::types::int::convert::DEFAULT_MAX_STR_DIGITS)
}

/// `format(i, spec)` refusing decimal output beyond `limit` digits
/// (`sys.get_int_max_str_digits()`; 0 means unlimited).
pub fn format_int_limited(i: &Int, spec: &str, limit: usize) -> PyResult<String> {
    let f = FormatSpec::parse(spec, "int", '>', Some('d'))?;
    let ty = f.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float_spec(i.to_f64()?, &f);
    }
    if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
        return Err(PyErr::value_error(format!(
            "Unknown format code '{ty}' for object of type 'int'"
        )));
    }
    if f.precision.is_some() {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_zero {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(PyErr::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(PyErr::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = i
            .to_i64()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C long"))?;
        let c = u32::try_from(code)
            .ok()
            .filter(|c| *c < 0x110000)
            .and_then(char::from_u32)
            .ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))?;
        return Ok(f.pad("", "", &c.to_string(), true));
    }
    let (radix, prefix, interval) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = if radix == 10 {
        i.abs().to_decimal(limit)?
    } else {
        i.abs().to_bigint().to_str_radix(radix)
    };
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let sign = f.sign_str(i.is_negative());
    let prefix = if f.alternate { prefix } else { "" };
    let body = group_digits(
        &digits,
        f.grouping,
        interval,
        f.zero_pad_width(sign, prefix),
    );
    Ok(f.pad(sign, prefix, &body, true))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    let f = FormatSpec::parse(spec, "float", '>', None)?;
    format_float_spec(x, &f)
}

fn format_float_spec(x: f64, f: &FormatSpec) -> PyResult<String> {
    let ty = f.ty;
    if !matches!(
        ty,
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    ) {
        let t = ty.unwrap_or(' ');
        return Err(PyErr::value_error(format!(
            "Unknown format code '{t}' for object of type 'float'"
        )));
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut value = x;
    if ty == Some('%') {
        value *= 100.0;
    }
    let mut negative = value.is_sign_negative() && !value.is_nan();
    let mut body = if !value.is_finite() {
        let word = if value.is_nan() { "nan" } else { "inf" };
        if upper {
            word.to_uppercase()
        } else {
            word.to_string()
        }
    } else {
        let a = value.abs();
        match (ty, f.precision) {
            (None, None) => {
                let r = float_repr(a);
                r.strip_prefix('-').map(str::to_string).unwrap_or(r)
            }
            (None, Some(p)) => {
                let s = general(a, p, f.alternate, false);
                if s.contains(['.', 'e']) {
                    s
                } else {
                    format!("{s}.0")
                }
            }
            (Some('g' | 'G' | 'n'), p) => general(a, p.unwrap_or(6), f.alternate, upper),
            (Some('e' | 'E'), p) => exponent(a, p.unwrap_or(6), f.alternate, upper),
            (_, p) => {
                let p = p.unwrap_or(6);
                let s = fixed(a, p);
                if f.alternate && p == 0 {
                    format!("{s}.")
                } else {
                    s
                }
            }
        }
    };
    if f.no_neg_zero
        && negative
        && body
            .chars()
            .all(|c| matches!(c, '0' | '.' | 'e' | 'E' | '+' | '-'))
    {
        negative = false;
    }
    if ty == Some('%') {
        body.push('%');
    }
    let sign = f.sign_str(negative);
    // Group the integer part only.
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int_part, rest) = body.split_at(split);
    let width = f
        .zero_pad_width(sign, "")
        .saturating_sub(rest.chars().count());
    let grouped = if value.is_finite() {
        group_digits(int_part, f.grouping, 3, width)
    } else {
        int_part.to_string()
    };
    Ok(f.pad(sign, "", &format!("{grouped}{rest}"), true))
}

/// Digits a finite double can have after the point, or in its mantissa,
/// before they are all zeros (its exact value has at most 1,074 fraction
/// digits). Rust's formatter takes precisions up to 65,535 only, so longer
/// ones are written to this many digits and padded with zeros.
const EXACT_DIGITS: usize = 1100;

/// `a` with `p` digits after the point (`%f`), for any `p`.
fn fixed(a: f64, p: usize) -> String {
    if p <= EXACT_DIGITS || !a.is_finite() {
        let p = p.min(EXACT_DIGITS);
        return format!("{a:.p$}");
    }
    let mut s = format!("{a:.EXACT_DIGITS$}");
    s.extend(std::iter::repeat_n('0', p - EXACT_DIGITS));
    s
}

/// `%e` with `p` digits after the point.
fn exponent(a: f64, p: usize, alternate: bool, upper: bool) -> String {
    let s = if p <= EXACT_DIGITS || !a.is_finite() {
        let p = p.min(EXACT_DIGITS);
        format!("{a:.p$e}")
    } else {
        let s = format!("{a:.EXACT_DIGITS$e}");
        let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let zeros = "0".repeat(p - EXACT_DIGITS);
        format!("{mantissa}{zeros}e{exp}")
    };
    let (mantissa, exp) = s.split_once('e').expect("`{:e}` output has an exponent");
    let exp: i32 = exp.parse().expect("`{:e}` writes a decimal exponent");
    let point = if alternate && p == 0 { "." } else { "" };
    let e = if upper { 'E' } else { 'e' };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}{point}{e}{sign}{:02}", exp.abs())
}

/// `%g` with `p` significant digits: positional when the exponent is in
/// `-4 <= exp < p`, else scientific; trailing zeros dropped unless `#`.
fn general(a: f64, p: usize, alternate: bool, upper: bool) -> String {
    let p = p.max(1);
    if a == 0.0 {
        return if alternate {
            format!("0.{}", "0".repeat(p - 1))
        } else {
            "0".into()
        };
    }
    let s = format!("{a:.prec$e}", prec = p - 1);
    let exp: i32 = s
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .expect("`{:e}` writes an exponent");
    let strip = |s: String| -> String {
        if alternate || !s.contains('.') {
            return s;
        }
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    if -4 <= exp && (exp as i64) < p as i64 {
        let decimals = (p as i64 - 1 - exp as i64) as usize;
        let s = format!("{a:.decimals$}");
        let s = if alternate && !s.contains('.') {
            format!("{s}.")
        } else {
            s
        };
        strip(s)
    } else {
        let (mantissa, _) = s.split_once('e').expect("`{:e}` output has an exponent");
        let mantissa = strip(mantissa.to_string());
        let mantissa = if alternate && !mantissa.contains('.') {
            format!("{mantissa}.")
        } else {
            mantissa
        };
        let e = if upper { 'E' } else { 'e' };
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}{e}{sign}{:02}", exp.abs())
    }
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    let f = FormatSpec::parse(spec, "str", '<', Some('s'))?;
    if let Some(t) = f.ty.filter(|t| *t != 's') {
        return Err(PyErr::value_error(format!(
            "Unknown format code '{t}' for object of type 'str'"
        )));
    }
    if f.sign.is_some() {
        return Err(PyErr::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if f.no_neg_zero {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(PyErr::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == Some('=') {
        return Err(PyErr::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match f.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(f.pad("", "", &body, false))
}

#[cfg(test)]
mod tests;
