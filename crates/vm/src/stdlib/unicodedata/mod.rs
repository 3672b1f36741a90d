//! The `unicodedata` module: the properties of a character from the Unicode
//! Character Database, as CPython 3.11 reports them (Unicode 14.0.0).
//!
//! The per-character properties come from the generated [`tables`]; names
//! come from the `unicode_names2` crate (which also serves `\N{...}`
//! escapes) and normalization from `unicode-normalization`. Those crates
//! follow a newer Unicode, so a character unassigned in 14.0.0 (category
//! `Cn` here) has no name and no name finds it, as in CPython.
//!
//! Invariant: `tables::RUNS` starts at code point 0 and is sorted, so every
//! character falls in exactly one run.

use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};
use unicode_normalization::UnicodeNormalization;

use crate::builtins::{NativeFn, define, no_keywords, positional};
use crate::interpreter::Interpreter;

mod tables;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("bidirectional", bidirectional),
    ("category", category),
    ("combining", combining),
    ("decimal", decimal),
    ("decomposition", decomposition),
    ("digit", digit),
    ("east_asian_width", east_asian_width),
    ("is_normalized", is_normalized),
    ("lookup", lookup),
    ("mirrored", mirrored),
    ("name", name),
    ("normalize", normalize),
    ("numeric", numeric),
];

/// The `unicodedata` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "unicodedata", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        let version = interp.heap.new_str(tables::UNIDATA_VERSION);
        interp.dict_set_str(dict, "unidata_version", version);
        interp.heap.decref(version);
        Ok(())
    })
}

/// The properties record of `c`.
fn record(c: char) -> (&'static str, &'static str, u8, &'static str, bool) {
    let cp = c as u32;
    let run = tables::RUNS.partition_point(|(first, _)| *first <= cp) - 1;
    tables::RECORDS[tables::RUNS[run].1 as usize]
}

/// The single character of a one-argument function's argument, with
/// CPython's errors for a missing, extra or wrong argument.
fn only_char(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<char> {
    no_keywords(&format!("unicodedata.{func}"), kwnames)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "unicodedata.{func}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    char_arg(interp, func, "argument", args[0])
}

/// A str of exactly one character; `what` names the argument as CPython's
/// message does ("argument" or "argument 1").
fn char_arg(interp: &Interpreter, func: &str, what: &str, v: Value) -> PyResult<char> {
    let text = interp.heap.str_of(v);
    let mut chars = text.unwrap_or("").chars();
    match (text, chars.next(), chars.next()) {
        (Some(_), Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error(format!(
            "{func}() {what} must be a unicode character, not {}",
            interp.type_name(v)
        ))),
    }
}

/// The character and the optional default of `name`/`decimal`/`digit`/
/// `numeric` (positional only, one or two of them).
fn char_and_default(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<(char, Option<Value>)> {
    no_keywords(func, kwnames)?;
    match args {
        [] => Err(PyErr::type_error(format!(
            "{func} expected at least 1 argument, got 0"
        ))),
        [c] => Ok((char_arg(interp, func, "argument 1", *c)?, None)),
        [c, default] => Ok((char_arg(interp, func, "argument 1", *c)?, Some(*default))),
        _ => Err(PyErr::type_error(format!(
            "{func} expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// `default` (a new reference) if there is one, else `ValueError(message)`.
fn default_or(interp: &mut Interpreter, default: Option<Value>, message: &str) -> PyResult<Value> {
    match default {
        Some(v) => {
            interp.heap.incref(v);
            Ok(v)
        }
        None => Err(PyErr::value_error(message.to_string())),
    }
}

fn category(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let c = only_char(interp, "category", args, kwnames)?;
    Ok(interp.heap.new_str(record(c).0))
}

fn bidirectional(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let c = only_char(interp, "bidirectional", args, kwnames)?;
    Ok(interp.heap.new_str(record(c).1))
}

fn combining(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let c = only_char(interp, "combining", args, kwnames)?;
    Ok(Value::Int(record(c).2 as i64))
}

fn east_asian_width(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let c = only_char(interp, "east_asian_width", args, kwnames)?;
    Ok(interp.heap.new_str(record(c).3))
}

fn mirrored(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let c = only_char(interp, "mirrored", args, kwnames)?;
    Ok(Value::Int(record(c).4 as i64))
}

fn decomposition(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let c = only_char(interp, "decomposition", args, kwnames)?;
    let found = tables::DECOMPOSITIONS
        .binary_search_by_key(&(c as u32), |(cp, _)| *cp)
        .map_or("", |i| tables::DECOMPOSITIONS[i].1);
    Ok(interp.heap.new_str(found))
}

/// The `(decimal, digit, numeric)` entry of `c`, if it has a numeric value.
fn number(c: char) -> Option<(i8, i8, f64)> {
    let i = tables::NUMBERS
        .binary_search_by_key(&(c as u32), |(cp, ..)| *cp)
        .ok()?;
    let (_, decimal, digit, numeric) = tables::NUMBERS[i];
    Some((decimal, digit, numeric))
}

fn decimal(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (c, default) = char_and_default(interp, "decimal", args, kwnames)?;
    match number(c) {
        Some((d, _, _)) if d >= 0 => Ok(Value::Int(d as i64)),
        _ => default_or(interp, default, "not a decimal"),
    }
}

fn digit(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (c, default) = char_and_default(interp, "digit", args, kwnames)?;
    match number(c) {
        Some((_, d, _)) if d >= 0 => Ok(Value::Int(d as i64)),
        _ => default_or(interp, default, "not a digit"),
    }
}

fn numeric(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (c, default) = char_and_default(interp, "numeric", args, kwnames)?;
    match number(c) {
        Some((_, _, n)) => Ok(Value::Float(n)),
        None => default_or(interp, default, "not a numeric character"),
    }
}

/// Whether `c` is assigned in this module's Unicode version.
fn assigned(c: char) -> bool {
    record(c).0 != "Cn"
}

fn name(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (c, default) = char_and_default(interp, "name", args, kwnames)?;
    match unicode_names2::name(c).filter(|_| assigned(c)) {
        Some(n) => Ok(interp.heap.new_str(n.to_string())),
        None => default_or(interp, default, "no such name"),
    }
}

/// CPython's longest accepted name; a longer one fails before any search.
const NAME_MAX: usize = 256;

fn lookup(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("unicodedata.lookup", kwnames)?;
    let [arg] = positional(args, kwnames) else {
        return Err(PyErr::type_error(format!(
            "unicodedata.lookup() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let text = match interp.heap.str_of(*arg) {
        Some(s) => s.to_string(),
        None => match arg.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            Some(Payload::ByteArray(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    interp.type_name(*arg)
                )));
            }
        },
    };
    if text.len() > NAME_MAX {
        return Err(key_error(interp, "name too long"));
    }
    match unicode_names2::character(&text).filter(|c| assigned(*c)) {
        Some(c) => Ok(interp.heap.new_str(c.to_string())),
        None => Err(key_error(
            interp,
            &format!("undefined character name '{text}'"),
        )),
    }
}

/// `KeyError(message)`.
fn key_error(interp: &mut Interpreter, message: &str) -> PyErr {
    PyErr::KeyError(interp.heap.new_str(message))
}

/// The normalization form and text of `normalize`/`is_normalized`.
fn form_and_text(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<(&'static str, String)> {
    no_keywords(func, kwnames)?;
    let [form, text] = args else {
        return Err(PyErr::type_error(format!(
            "{func} expected 2 arguments, got {}",
            args.len()
        )));
    };
    let str_arg = |v: Value, n: usize| {
        interp.heap.str_of(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "{func}() argument {n} must be str, not {}",
                interp.type_name(v)
            ))
        })
    };
    let form = match str_arg(*form, 1)? {
        "NFC" => "NFC",
        "NFD" => "NFD",
        "NFKC" => "NFKC",
        "NFKD" => "NFKD",
        _ => {
            str_arg(*text, 2)?;
            return Err(PyErr::new(
                ExcKind::ValueError,
                "invalid normalization form",
            ));
        }
    };
    Ok((form, str_arg(*text, 2)?.to_string()))
}

/// `text` in normalization form `form`.
fn normalized(form: &str, text: &str) -> String {
    match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    }
}

fn normalize(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (form, text) = form_and_text(interp, "normalize", args, kwnames)?;
    let out = normalized(form, &text);
    if out == text {
        // CPython hands back the argument itself when nothing changes.
        interp.heap.incref(args[1]);
        return Ok(args[1]);
    }
    Ok(interp.heap.new_str(out))
}

fn is_normalized(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (form, text) = form_and_text(interp, "is_normalized", args, kwnames)?;
    Ok(Value::Bool(normalized(form, &text) == text))
}
