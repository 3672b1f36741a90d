//! The natives that match: one match (`_search`), and the loops over a
//! whole text (`_findall`, `_finditer`, `_split`, `_sub`), plus
//! replacement templates (`_check_template`, `_expand`).
//!
//! The loops step from match to match as CPython's `_sre` does: the next
//! search starts where the last match ended, and after an empty match a
//! match starting at that same position may not be empty again.

use pyrite_objects::{PyErr, PyResult, Value};
use pyrite_sre::{Captures, Mode, Piece, Regex, parse_template};

use super::subject::{Builder, Subject};
use super::{error_value, field, int_of, new_instance, regex_for, subject_for};
use crate::interpreter::Interpreter;

/// `pos`/`endpos` clamped to the text, as CPython clamps them.
fn bounds(
    interp: &mut Interpreter,
    subject: &Subject,
    pos: Value,
    endpos: Value,
) -> PyResult<(usize, usize)> {
    let len = subject.len() as i64;
    let pos = int_of(interp, pos)?.clamp(0, len) as usize;
    let endpos = int_of(interp, endpos)?.clamp(0, len) as usize;
    Ok((pos, endpos))
}

/// A new `Match` instance of class `class`.
#[allow(clippy::too_many_arguments)]
fn new_match(
    interp: &mut Interpreter,
    class: Value,
    regex: &Regex,
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    caps: &Captures,
) -> PyResult<Value> {
    let regs: Vec<Value> = caps
        .spans
        .iter()
        .map(|span| {
            let (s, e) = span.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
            interp.heap.new_tuple(vec![Value::Int(s), Value::Int(e)])
        })
        .collect();
    let regs = interp.heap.new_tuple(regs);
    let lastgroup = caps
        .lastindex
        .and_then(|i| regex.group_names.iter().find(|(_, g)| *g == i))
        .map_or(Value::None, |(name, _)| interp.heap.new_str(name.as_str()));
    let lastindex = caps.lastindex.map_or(Value::None, |i| Value::Int(i as i64));
    let m = new_instance(
        interp,
        class,
        &[
            ("string", string),
            ("re", pattern),
            ("pos", Value::Int(pos as i64)),
            ("endpos", Value::Int(endpos as i64)),
            ("regs", regs),
            ("lastindex", lastindex),
            ("lastgroup", lastgroup),
        ],
    );
    interp.heap.decref(regs);
    interp.heap.decref(lastgroup);
    m
}

/// `_search(pattern, string, pos, endpos, mode, Match)`: mode 0 is
/// `match`, 1 `fullmatch`, 2 `search`.
pub(super) fn re_search(
    interp: &mut Interpreter,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let [p, string, pos, endpos, mode, class] = args else {
        return Err(PyErr::type_error("_search() takes 6 arguments"));
    };
    let regex = regex_for(interp, *p)?;
    let subject = subject_for(interp, *p, *string)?;
    let (pos, endpos) = bounds(interp, &subject, *pos, *endpos)?;
    let mode = match mode {
        Value::Int(0) => Mode::Match,
        Value::Int(1) => Mode::FullMatch,
        _ => Mode::Search,
    };
    Ok(match subject.run(&regex, pos, endpos, mode, false) {
        Some(caps) => new_match(interp, *class, &regex, *p, *string, pos, endpos, &caps)?,
        None => Value::None,
    })
}

/// Every match from `pos` to `endpos`, stepping as CPython does; stops
/// after `limit` matches when it is not zero.
fn each_match(
    regex: &Regex,
    subject: &Subject,
    pos: usize,
    endpos: usize,
    limit: usize,
    mut f: impl FnMut(&Captures) -> PyResult<()>,
) -> PyResult<usize> {
    let mut start = pos;
    let mut must_advance = false;
    let mut n = 0;
    while (limit == 0 || n < limit) && start <= endpos {
        let Some(caps) = subject.run(regex, start, endpos, Mode::Search, must_advance) else {
            break;
        };
        let (s, e) = caps.spans[0].unwrap_or((start, start));
        f(&caps)?;
        n += 1;
        must_advance = e == s;
        start = e;
    }
    Ok(n)
}

/// `_findall(pattern, string, pos, endpos)`
pub(super) fn re_findall(
    interp: &mut Interpreter,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let [p, string, pos, endpos] = args else {
        return Err(PyErr::type_error("_findall() takes 4 arguments"));
    };
    let regex = regex_for(interp, *p)?;
    let subject = subject_for(interp, *p, *string)?;
    let (pos, endpos) = bounds(interp, &subject, *pos, *endpos)?;
    let mut items = Vec::new();
    let empty = subject.slice(interp, 0, 0);
    each_match(&regex, &subject, pos, endpos, 0, |caps| {
        let item = match regex.groups {
            0 => subject.group(interp, caps.spans[0], empty),
            1 => subject.group(interp, caps.spans[1], empty),
            _ => {
                let parts = caps.spans[1..]
                    .iter()
                    .map(|&span| subject.group(interp, span, empty))
                    .collect();
                interp.heap.new_tuple(parts)
            }
        };
        items.push(item);
        Ok(())
    })?;
    interp.heap.decref(empty);
    Ok(interp.heap.new_list(items))
}

/// `_finditer(pattern, string, pos, endpos, Match)`: the matches, as a
/// list the Python side iterates over.
pub(super) fn re_finditer(
    interp: &mut Interpreter,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let [p, string, pos, endpos, class] = args else {
        return Err(PyErr::type_error("_finditer() takes 5 arguments"));
    };
    let regex = regex_for(interp, *p)?;
    let subject = subject_for(interp, *p, *string)?;
    let (pos, endpos) = bounds(interp, &subject, *pos, *endpos)?;
    let mut items = Vec::new();
    each_match(&regex, &subject, pos, endpos, 0, |caps| {
        items.push(new_match(
            interp, *class, &regex, *p, *string, pos, endpos, caps,
        )?);
        Ok(())
    })?;
    Ok(interp.heap.new_list(items))
}

/// `_split(pattern, string, maxsplit)`
pub(super) fn re_split(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [p, string, maxsplit] = args else {
        return Err(PyErr::type_error("_split() takes 3 arguments"));
    };
    let regex = regex_for(interp, *p)?;
    let subject = subject_for(interp, *p, *string)?;
    let maxsplit = int_of(interp, *maxsplit)?;
    let mut items = Vec::new();
    if maxsplit < 0 {
        interp.heap.incref(*string);
        items.push(*string);
        return Ok(interp.heap.new_list(items));
    }
    let mut last = 0;
    let end = subject.len();
    each_match(&regex, &subject, 0, end, maxsplit as usize, |caps| {
        let (s, e) = caps.spans[0].unwrap_or((last, last));
        items.push(subject.slice(interp, last, s));
        for &span in &caps.spans[1..] {
            items.push(subject.group(interp, span, Value::None));
        }
        last = e;
        Ok(())
    })?;
    items.push(subject.slice(interp, last, end));
    Ok(interp.heap.new_list(items))
}

/// The code points of a replacement template, or `None` if it is not of
/// the subject's type.
fn template_units(interp: &Interpreter, template: Value, is_str: bool) -> Option<Vec<u32>> {
    if is_str {
        interp
            .heap
            .str_of(template)
            .map(|s| s.chars().map(u32::from).collect())
    } else {
        super::subject::bytes_of(interp, template)
            .map(|b| b.iter().map(|&x| u32::from(x)).collect())
    }
}

fn wrong_template(interp: &Interpreter, template: Value, is_str: bool) -> PyErr {
    PyErr::type_error(format!(
        "expected {} instance, {} found",
        if is_str { "str" } else { "a bytes-like object" },
        interp.type_name(template)
    ))
}

/// The parsed template, or the error `re.py` raises.
fn template_of(
    interp: &mut Interpreter,
    regex: &Regex,
    template: Value,
    is_str: bool,
) -> PyResult<Result<Vec<Piece>, Value>> {
    let Some(units) = template_units(interp, template, is_str) else {
        return Err(wrong_template(interp, template, is_str));
    };
    if !units.contains(&u32::from(b'\\')) {
        return Ok(Ok(vec![Piece::Literal(units)]));
    }
    match parse_template(&units, !is_str, regex.groups, &regex.group_names) {
        Ok(pieces) => Ok(Ok(pieces)),
        Err(e) => Ok(Err(error_value(interp, &e))),
    }
}

/// Whether the pattern object's pattern is a str.
fn pattern_is_str(interp: &mut Interpreter, p: Value) -> PyResult<bool> {
    let pattern = field(interp, p, "pattern")?;
    Ok(interp.heap.str_of(pattern).is_some())
}

/// `_check_template(pattern, template)`: `None`, or the error tuple for a
/// bad template.
pub(super) fn re_check_template(
    interp: &mut Interpreter,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let [p, template] = args else {
        return Err(PyErr::type_error("_check_template() takes 2 arguments"));
    };
    let regex = regex_for(interp, *p)?;
    let is_str = pattern_is_str(interp, *p)?;
    Ok(match template_of(interp, &regex, *template, is_str)? {
        Ok(_) => Value::None,
        Err(e) => e,
    })
}

fn expand_into(
    out: &mut Builder,
    pieces: &[Piece],
    subject: &Subject,
    spans: &[Option<(usize, usize)>],
) {
    for piece in pieces {
        match piece {
            Piece::Literal(units) => out.push_units(units),
            Piece::Group(g) => {
                if let Some(Some((s, e))) = spans.get(*g) {
                    subject.push_slice(out, *s, *e);
                }
            }
        }
    }
}

/// `_expand(pattern, template, string, regs)`: `Match.expand`.
pub(super) fn re_expand(
    interp: &mut Interpreter,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let [p, template, string, regs] = args else {
        return Err(PyErr::type_error("_expand() takes 4 arguments"));
    };
    let regex = regex_for(interp, *p)?;
    let subject = subject_for(interp, *p, *string)?;
    let pieces = match template_of(interp, &regex, *template, subject.is_str())? {
        Ok(pieces) => pieces,
        Err(e) => {
            interp.heap.decref(e);
            return Err(PyErr::value_error("invalid template"));
        }
    };
    let mut spans = Vec::new();
    for pair in interp.tuple_items(*regs) {
        let items = interp.tuple_items(pair);
        let (s, e) = match items[..] {
            [Value::Int(s), Value::Int(e)] => (s, e),
            _ => (-1, -1),
        };
        spans.push((s >= 0).then_some((s as usize, e as usize)));
    }
    let mut out = subject.builder();
    expand_into(&mut out, &pieces, &subject, &spans);
    Ok(out.finish(interp))
}

/// `_sub(pattern, repl, is_callable, string, count, Match)`: the new text
/// and the number of replacements.
pub(super) fn re_sub(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [p, repl, is_callable, string, count, class] = args else {
        return Err(PyErr::type_error("_sub() takes 6 arguments"));
    };
    let regex = regex_for(interp, *p)?;
    let subject = subject_for(interp, *p, *string)?;
    let count = int_of(interp, *count)?;
    let end = subject.len();
    let pieces = if *is_callable == Value::Bool(true) {
        None
    } else {
        match template_of(interp, &regex, *repl, subject.is_str())? {
            Ok(pieces) => Some(pieces),
            Err(e) => {
                interp.heap.decref(e);
                return Err(PyErr::value_error("invalid template"));
            }
        }
    };
    let mut out = subject.builder();
    let mut last = 0;
    let n = if count < 0 {
        0
    } else {
        each_match(&regex, &subject, 0, end, count as usize, |caps| {
            let (s, e) = caps.spans[0].unwrap_or((last, last));
            subject.push_slice(&mut out, last, s);
            match &pieces {
                Some(pieces) => expand_into(&mut out, pieces, &subject, &caps.spans),
                None => {
                    let m = new_match(interp, *class, &regex, *p, *string, 0, end, caps)?;
                    let r = interp.call(*repl, &[m], &[]);
                    interp.heap.decref(m);
                    let r = r?;
                    let ok = r == Value::None || out.push_value(interp, r);
                    if !ok {
                        let e = wrong_template(interp, r, subject.is_str());
                        interp.heap.decref(r);
                        return Err(e);
                    }
                    interp.heap.decref(r);
                }
            }
            last = e;
            Ok(())
        })?
    };
    subject.push_slice(&mut out, last, end);
    let text = out.finish(interp);
    Ok(interp.heap.new_tuple(vec![text, Value::Int(n as i64)]))
}
