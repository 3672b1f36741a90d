//! The `re` module: Python's regular expressions.
//!
//! Two halves. `re.py` (run into the module's namespace at first import)
//! defines what a program sees: `RegexFlag` and the flag constants,
//! `re.error`, the `Pattern` and `Match` classes and the module-level
//! functions with their cache. The natives here do the work with the
//! `pyrite-sre` crate: compiling (`_compile`), matching (`_search`), and
//! the loops over a whole text (`_findall`, `_finditer`, `_sub`,
//! `_split`), so a scan of a long text never runs Python code per match
//! unless the program asked for it (a callable replacement).
//!
//! Invariants:
//! - A `Pattern` instance holds `pattern` and `flags`; the compiled
//!   program is found from those two in a per-thread cache of compiled
//!   programs ([`regex_for`]). A compiled program is a pure function of
//!   the pattern text and flags, so interpreters sharing the cache cannot
//!   observe each other.
//! - A `Match` instance holds `string`, `re`, `pos`, `endpos`, `regs` (a
//!   tuple of `(start, end)` pairs, `(-1, -1)` for a group that did not
//!   take part), `lastindex` and `lastgroup`; every `Match` method in
//!   `re.py` reads only those.
//! - Positions are code points for str, bytes for bytes; an all-ASCII
//!   str is scanned as bytes, since its positions are the same.
//! - Compile errors come back to `re.py` as values (`(kind, msg, pos)`),
//!   and `re.py` raises them, so `re.error` is one Python class.

mod scan;
mod subject;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use pyrite_objects::{Payload, PyErr, PyResult, TypeRef, Value};
use pyrite_sre::{Error as SreError, ErrorKind as SreErrorKind, Regex};

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;
use subject::Subject;

const SOURCE: &str = include_str!("re.py");

/// The natives `re.py` calls.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_compile", re_compile),
    ("_search", scan::re_search),
    ("_findall", scan::re_findall),
    ("_finditer", scan::re_finditer),
    ("_split", scan::re_split),
    ("_sub", scan::re_sub),
    ("_check_template", scan::re_check_template),
    ("_expand", scan::re_expand),
    ("_purge", re_purge),
];

/// The most compiled programs the cache keeps (CPython's `_MAXCACHE`).
const MAX_CACHE: usize = 512;

/// A cache key: whether the pattern is bytes, its text (UTF-8 or the
/// bytes) and the flags.
type Key = (bool, Box<[u8]>, u32);

thread_local! {
    static CACHE: RefCell<HashMap<Key, Rc<Regex>>> = RefCell::new(HashMap::new());
}

/// The `re` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    crate::stdlib::native_module(interp, "re", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        crate::stdlib::run_python_part(interp, dict, SOURCE, "<frozen re>")?;
        Ok(())
    })
}

/// The pattern's code points (bytes for a bytes pattern) and whether it
/// is bytes; `None` if it is neither str nor bytes.
fn pattern_units(interp: &Interpreter, pattern: Value) -> Option<(Vec<u32>, bool, Box<[u8]>)> {
    if let Some(s) = interp.heap.str_of(pattern) {
        return Some((
            s.chars().map(u32::from).collect(),
            false,
            s.as_bytes().into(),
        ));
    }
    let data = subject::bytes_of(interp, pattern)?;
    Some((
        data.iter().map(|&b| u32::from(b)).collect(),
        true,
        data.into(),
    ))
}

/// The compiled program for `pattern` with `flags`, from the cache or
/// compiled now.
fn compiled(
    interp: &Interpreter,
    pattern: Value,
    flags: u32,
) -> PyResult<Result<Rc<Regex>, SreError>> {
    let Some((units, bytes, text)) = pattern_units(interp, pattern) else {
        return Err(PyErr::type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let key = (bytes, text, flags);
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(Ok(r));
    }
    match Regex::new(&units, bytes, flags) {
        Ok(r) => {
            let r = Rc::new(r);
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= MAX_CACHE {
                    c.clear();
                }
                c.insert(key, r.clone());
            });
            Ok(Ok(r))
        }
        Err(e) => Ok(Err(e)),
    }
}

/// The compiled program behind a `Pattern` instance.
fn regex_for(interp: &mut Interpreter, pattern_obj: Value) -> PyResult<Rc<Regex>> {
    let pattern = field(interp, pattern_obj, "pattern")?;
    let flags = match field(interp, pattern_obj, "flags")? {
        Value::Int(i) => i as u32,
        other => int_of(interp, other)? as u32,
    };
    match compiled(interp, pattern, flags)? {
        Ok(r) => Ok(r),
        Err(e) => Err(PyErr::value_error(e.msg)),
    }
}

/// An int argument (an int or bool, or an int subclass such as a flag).
fn int_of(interp: &mut Interpreter, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => match pyrite_objects::types::int::Int::from_value(&interp.heap, v) {
            Some(i) => Ok(i.to_i64().unwrap_or(i64::MAX)),
            None => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            ))),
        },
    }
}

/// An error as the tuple `(kind, msg, pos)` that `re.py` raises.
fn error_value(interp: &mut Interpreter, e: &SreError) -> Value {
    let kind = match e.kind {
        SreErrorKind::Regex => "error",
        SreErrorKind::Value => "ValueError",
        SreErrorKind::Overflow => "OverflowError",
        SreErrorKind::Index => "IndexError",
        SreErrorKind::Recursion => "RecursionError",
    };
    let kind = interp.heap.new_str(kind);
    let msg = interp.heap.new_str(e.msg.as_str());
    let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
    interp.heap.new_tuple(vec![kind, msg, pos])
}

/// `_compile(pattern, flags)`: `('ok', flags, groups, groupindex)` or an
/// error tuple.
fn re_compile(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [pattern, flags] = args else {
        return Err(PyErr::type_error("_compile() takes 2 arguments"));
    };
    let flags = int_of(interp, *flags)?;
    let Ok(flags) = u32::try_from(flags) else {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    };
    match compiled(interp, *pattern, flags)? {
        Err(e) => Ok(error_value(interp, &e)),
        Ok(r) => {
            let index = interp.heap.new_dict();
            for (name, g) in &r.group_names {
                interp.dict_set_str(index, name, Value::Int(*g as i64));
            }
            let ok = interp.heap.new_str("ok");
            Ok(interp.heap.new_tuple(vec![
                ok,
                Value::Int(i64::from(r.flags)),
                Value::Int(r.groups as i64),
                index,
            ]))
        }
    }
}

/// `_purge()`: forget the compiled programs.
fn re_purge(_interp: &mut Interpreter, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

/// The subject of a match: a str or bytes-like argument, type-checked
/// against the pattern.
fn subject_for(interp: &mut Interpreter, pattern_obj: Value, string: Value) -> PyResult<Subject> {
    let pattern = field(interp, pattern_obj, "pattern")?;
    let pattern_is_bytes = interp.heap.str_of(pattern).is_none();
    Subject::new(interp, string, pattern_is_bytes)
}

/// The attribute `name` of a `Pattern` or `Match` instance, borrowed from
/// its `__dict__`.
fn field(interp: &mut Interpreter, obj: Value, name: &str) -> PyResult<Value> {
    let value = interp
        .instance_dict(obj)
        .and_then(|dict| interp.dict_get_str(dict, name));
    match value {
        Some(v) => {
            // The dict keeps its own reference.
            interp.heap.decref(v);
            Ok(v)
        }
        None => Err(PyErr::type_error(format!(
            "'{}' object has no attribute '{name}'",
            interp.type_name(obj)
        ))),
    }
}

/// A new instance of `class` whose `__dict__` holds `fields` (borrowed
/// values; the instance takes its own references).
fn new_instance(
    interp: &mut Interpreter,
    class: Value,
    fields: &[(&str, Value)],
) -> PyResult<Value> {
    let Some(class) = class.as_obj() else {
        return Err(PyErr::type_error("re.Match is not a class"));
    };
    let dict = interp.heap.new_dict();
    for (name, value) in fields {
        interp.dict_set_str(dict, name, *value);
    }
    Ok(Value::Obj(
        interp
            .heap
            .alloc(TypeRef::Heap(class), Payload::Instance { dict }),
    ))
}
