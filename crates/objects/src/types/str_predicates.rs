//! The `is…` predicates of `str` (`isdigit`, `isidentifier`, …).

use super::str_stand_in::surrogates_via_stand_ins;
use crate::error::{PyErr, PyResult};
use crate::methods::{Args, no_args, text_of};
use crate::runtime::Runtime;
use crate::types::str::is_python_whitespace;
use crate::types::unicode_tables::{ALPHA, DECIMAL, DIGIT, LOWER, NUMERIC, TITLE, UPPER, in_table};
use crate::value::Value;

fn this(rt: &mut dyn Runtime, v: Value) -> PyResult<String> {
    text_of(rt.heap(), v).ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))
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

fn has(table: &[(u32, u32)], c: char) -> bool {
    in_table(table, c)
}

/// True for a non-empty string whose every character passes `test`.
fn all_chars(s: &str, test: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(test)
}

pub(super) fn str_isdigit(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isdigit, v, args);
    predicate(rt, v, args, "str.isdigit", |s| {
        all_chars(s, |c| has(DIGIT, c))
    })
}

pub(super) fn str_isdecimal(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isdecimal, v, args);
    predicate(rt, v, args, "str.isdecimal", |s| {
        all_chars(s, |c| has(DECIMAL, c))
    })
}

pub(super) fn str_isnumeric(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isnumeric, v, args);
    predicate(rt, v, args, "str.isnumeric", |s| {
        all_chars(s, |c| has(NUMERIC, c))
    })
}

pub(super) fn str_isalpha(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isalpha, v, args);
    predicate(rt, v, args, "str.isalpha", |s| {
        all_chars(s, |c| has(ALPHA, c))
    })
}

/// `isalnum`: each character is alphabetic, decimal, digit or numeric.
pub(super) fn str_isalnum(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isalnum, v, args);
    predicate(rt, v, args, "str.isalnum", |s| {
        all_chars(s, |c| {
            has(ALPHA, c) || has(DECIMAL, c) || has(DIGIT, c) || has(NUMERIC, c)
        })
    })
}

pub(super) fn str_isspace(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isspace, v, args);
    predicate(rt, v, args, "str.isspace", |s| {
        all_chars(s, is_python_whitespace)
    })
}

/// `isupper`: some cased character, and none lowercase or titlecase.
pub(super) fn str_isupper(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isupper, v, args);
    predicate(rt, v, args, "str.isupper", |s| {
        let mut cased = false;
        for c in s.chars() {
            if has(LOWER, c) || has(TITLE, c) {
                return false;
            }
            cased |= has(UPPER, c);
        }
        cased
    })
}

/// `islower`: some cased character, and none uppercase or titlecase.
pub(super) fn str_islower(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_islower, v, args);
    predicate(rt, v, args, "str.islower", |s| {
        let mut cased = false;
        for c in s.chars() {
            if has(UPPER, c) || has(TITLE, c) {
                return false;
            }
            cased |= has(LOWER, c);
        }
        cased
    })
}

/// `istitle`: uppercase and titlecase characters only after uncased
/// ones, lowercase only after cased ones, and at least one cased.
pub(super) fn str_istitle(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_istitle, v, args);
    predicate(rt, v, args, "str.istitle", |s| {
        let mut cased = false;
        let mut previous_cased = false;
        for c in s.chars() {
            if has(UPPER, c) || has(TITLE, c) {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if has(LOWER, c) {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

pub(super) fn str_isascii(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isascii, v, args);
    predicate(rt, v, args, "str.isascii", str::is_ascii)
}
pub(super) fn str_isidentifier(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_isidentifier, v, args);
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
    surrogates_via_stand_ins!(rt, str_isprintable, v, args);
    predicate(rt, v, args, "str.isprintable", |s| {
        s.chars().all(crate::types::str::is_printable)
    })
}
pub(super) fn str_len(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "str.__len__")?;
    Ok(Value::Int(crate::ops::sequence::len(rt.heap(), v)? as i64))
}
