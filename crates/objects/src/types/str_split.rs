//! `str` methods that cut and glue: `strip`, `split`, `rsplit`,
//! `splitlines`, `join`.

use super::str_stand_in::surrogates_via_stand_ins;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::methods::{Args, index_arg, text_of};
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::types::str::is_python_whitespace;
use crate::value::Value;

fn this(rt: &mut dyn Runtime, v: Value) -> PyResult<String> {
    text_of(rt.heap(), v).ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))
}

fn new_str(rt: &mut dyn Runtime, s: String) -> PyResult<Value> {
    Ok(rt.heap().new_str(s))
}

pub(super) fn strip_impl(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let [chars] = args.bind(name, ["chars"], 0, 1)?;
    let s = this(rt, v)?;
    let set: Option<Vec<char>> = match chars {
        None | Some(Value::None) => None,
        Some(c) => Some(
            text_of(rt.heap(), c)
                .ok_or_else(|| PyErr::type_error(format!("{name} arg must be None or str")))?
                .chars()
                .collect(),
        ),
    };
    let matches = |c: char| match &set {
        None => is_python_whitespace(c),
        Some(cs) => cs.contains(&c),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(matches);
    }
    if right {
        t = t.trim_end_matches(matches);
    }
    let t = t.to_string();
    new_str(rt, t)
}

pub(super) fn str_strip(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_strip, v, args);
    strip_impl(rt, v, args, "strip", true, true)
}
pub(super) fn str_lstrip(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_lstrip, v, args);
    strip_impl(rt, v, args, "lstrip", true, false)
}
pub(super) fn str_rstrip(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_rstrip, v, args);
    strip_impl(rt, v, args, "rstrip", false, true)
}

fn list_of_strs(rt: &mut dyn Runtime, parts: Vec<String>) -> PyResult<Value> {
    let heap = rt.heap();
    let items: Vec<Value> = parts.into_iter().map(|p| heap.new_str(p)).collect();
    Ok(heap.new_list(items))
}

fn split_args(rt: &mut dyn Runtime, args: Args<'_>, name: &str) -> PyResult<(Option<String>, i64)> {
    let [sep, maxsplit] = args.bind(name, ["sep", "maxsplit"], 0, 0)?;
    let heap = rt.heap();
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(s) => Some(text_of(heap, s).ok_or_else(|| {
            PyErr::type_error(format!("must be str or None, not {}", type_name(heap, s)))
        })?),
    };
    if sep.as_deref() == Some("") {
        return Err(PyErr::value_error("empty separator"));
    }
    let maxsplit = match maxsplit {
        None => -1,
        Some(m) => index_arg(heap, m)?,
    };
    Ok((sep, maxsplit))
}

pub(super) fn str_split(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_split, v, args);
    let (sep, maxsplit) = split_args(rt, args, "split")?;
    let s = this(rt, v)?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<String> = match sep {
        Some(sep) => {
            let mut out = Vec::new();
            let mut rest: &str = &s;
            while out.len() < limit {
                match rest.find(sep.as_str()) {
                    Some(i) => {
                        out.push(rest[..i].to_string());
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(rest.to_string());
            out
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_python_whitespace);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(is_python_whitespace).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start_matches(is_python_whitespace);
            }
            out
        }
    };
    list_of_strs(rt, parts)
}

pub(super) fn str_rsplit(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_rsplit, v, args);
    let (sep, maxsplit) = split_args(rt, args, "rsplit")?;
    let s = this(rt, v)?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<String> = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest: &str = &s;
            while parts.len() < limit {
                match rest.rfind(sep.as_str()) {
                    Some(i) => {
                        parts.push(rest[i + sep.len()..].to_string());
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_string());
        }
        None => {
            let mut rest = s.trim_end_matches(is_python_whitespace);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(is_python_whitespace).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                parts.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_python_whitespace);
            }
        }
    }
    parts.reverse();
    list_of_strs(rt, parts)
}

/// Line boundaries `splitlines` recognises.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub(super) fn str_splitlines(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_splitlines, v, args);
    let [keepends] = args.bind("splitlines", ["keepends"], 0, 0)?;
    let keep = keepends.is_some_and(|k| crate::ops::native_truth(rt.heap(), k).unwrap_or(true));
    let s = this(rt, v)?;
    let mut parts = Vec::new();
    let mut line = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_line_break(c) {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                line.push_str(&end);
            }
            parts.push(std::mem::take(&mut line));
        } else {
            line.push(c);
        }
    }
    if !line.is_empty() {
        parts.push(line);
    }
    list_of_strs(rt, parts)
}

pub(super) fn str_join(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = args.bind("join", ["iterable"], 1, 1)?;
    let iterable = iterable.unwrap_or(Value::None);
    let sep = this(rt, v)?;
    let items = crate::ops::iterate(rt, iterable).map_err(|e| match e.kind() {
        Some(ExcKind::TypeError) => PyErr::type_error("can only join an iterable"),
        _ => e,
    })?;
    let mut out = String::new();
    let mut result = Ok(());
    let mut lone = rt.heap().str_has_surrogates(v);
    for (i, item) in items.iter().enumerate() {
        let heap = rt.heap();
        match heap.str_payload(*item) {
            Some(t) => {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(t.as_str());
                lone |= t.has_surrogates();
            }
            None => {
                result = Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(heap, *item)
                )));
                break;
            }
        }
    }
    // The text above has U+FFFD for each lone surrogate; the exact
    // string is glued from code points.
    let joined = (lone && result.is_ok()).then(|| join_code_points(rt.heap(), v, &items));
    for item in items {
        rt.heap().decref(item);
    }
    result?;
    match joined {
        Some(points) => Ok(rt.heap().new_str_from_code_points(&points)),
        None => new_str(rt, out),
    }
}

/// `sep.join(items)` as code points, for strs that may hold surrogates.
fn join_code_points(heap: &crate::heap::Heap, sep: Value, items: &[Value]) -> Vec<u32> {
    let sep = heap
        .str_payload(sep)
        .map(|s| s.code_points().into_owned())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        if let Some(s) = heap.str_payload(*item) {
            out.extend_from_slice(&s.code_points());
        }
    }
    out
}
