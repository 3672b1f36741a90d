//! The `is…` predicates of `str` (`isdigit`, `isidentifier`, …).

use crate::error::{PyErr, PyResult};
use crate::methods::{Args, no_args, text_of};
use crate::runtime::Runtime;
use crate::types::str::is_python_whitespace;
use crate::value::Value;

fn this(rt: &mut dyn Runtime, v: Value) -> PyResult<String> {
    text_of(rt.heap(), v).ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

fn predicate(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    test: impl Fn(&str) -> bool,
) -> PyResult<Value> {
    no_args(&args, name)?;
    let s = this(rt, v)?;
    Ok(Value::Bool(test(&s)))
}

pub(super) fn str_isdigit(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isdigit", |s| {
        !s.is_empty()
            && s.chars().all(|c| {
                c.is_ascii_digit()
                    || (!c.is_ascii()
                        && c.is_numeric()
                        && c.to_digit(10).is_none()
                        && is_digit_char(c))
            })
    })
}

/// Non-ASCII characters with a digit value (superscripts, circled
/// digits and the decimal digits of other scripts).
fn is_digit_char(c: char) -> bool {
    matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792)
        || is_decimal_char(c)
}

/// Unicode decimal digits (category Nd) outside ASCII, for the common
/// scripts.
fn is_decimal_char(c: char) -> bool {
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50,
        0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10,
    ];
    let cp = c as u32;
    ZEROS.iter().any(|z| (*z..*z + 10).contains(&cp))
}

pub(super) fn str_isdecimal(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isdecimal", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || is_decimal_char(c))
    })
}
pub(super) fn str_isnumeric(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isnumeric", |s| {
        !s.is_empty() && s.chars().all(char::is_numeric)
    })
}
pub(super) fn str_isalpha(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isalpha", |s| {
        !s.is_empty() && s.chars().all(char::is_alphabetic)
    })
}
pub(super) fn str_isalnum(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isalnum", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_alphanumeric())
    })
}
pub(super) fn str_isspace(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isspace", |s| {
        !s.is_empty() && s.chars().all(is_python_whitespace)
    })
}
pub(super) fn str_isupper(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isupper", |s| {
        s.chars().any(is_cased)
            && !s
                .chars()
                .any(|c| c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ'))
    })
}
pub(super) fn str_islower(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.islower", |s| {
        s.chars().any(is_cased)
            && !s
                .chars()
                .any(|c| c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ'))
    })
}
pub(super) fn str_istitle(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.istitle", |s| {
        let mut cased_seen = false;
        let mut previous_cased = false;
        for c in s.chars() {
            let upper_like = c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ');
            if upper_like {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased_seen = true;
            } else if c.is_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased_seen = true;
            } else {
                previous_cased = false;
            }
        }
        cased_seen
    })
}
pub(super) fn str_isascii(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isascii", str::is_ascii)
}
pub(super) fn str_isidentifier(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isidentifier", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
                cs.all(unicode_ident::is_xid_continue)
            }
            _ => false,
        }
    })
}
pub(super) fn str_isprintable(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "str.isprintable", |s| {
        s.chars().all(crate::types::str::is_printable)
    })
}
pub(super) fn str_len(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "str.__len__")?;
    Ok(Value::Int(crate::ops::sequence::len(rt.heap(), v)? as i64))
}
