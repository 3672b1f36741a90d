//! `str.translate`, `str.maketrans` and `str.format_map`.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::Payload;
use crate::methods::{Args, text_of};
use crate::ops::{sequence, type_name};
use crate::runtime::Runtime;
use crate::types::int::Int;
use crate::value::Value;

/// `s.translate(table)`: each character's code point is looked up in
/// `table`; a missing key keeps the character, `None` deletes it, an int
/// or a str replaces it.
pub(super) fn str_translate(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [table] = args.bind("translate", ["table"], 1, 1)?;
    let table = table.unwrap_or(Value::None);
    // Code points, not chars: the receiver, the table's values and so the
    // result may hold lone surrogates.
    let points = rt
        .heap()
        .str_payload(v)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))?
        .code_points()
        .into_owned();
    let mut out = Vec::with_capacity(points.len());
    for c in points {
        let got = match sequence::getitem(rt, table, Value::Int(i64::from(c))) {
            Ok(x) => x,
            Err(e)
                if e.kind()
                    .is_some_and(|k| k.is_subclass_of(ExcKind::LookupError)) =>
            {
                if let PyErr::KeyError(k) = e {
                    rt.heap().decref(k);
                }
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        let heap = rt.heap();
        let piece = match (got, Int::from_value(heap, got), heap.str_payload(got)) {
            (Value::None, _, _) => Ok(()),
            (_, Some(i), _) => i
                .to_i64()
                .and_then(|i| u32::try_from(i).ok())
                .filter(|&i| i < 0x110000)
                .map(|i| out.push(i))
                .ok_or_else(|| PyErr::value_error("character mapping must be in range(0x110000)")),
            (_, None, Some(t)) => {
                out.extend_from_slice(&t.code_points());
                Ok(())
            }
            _ => Err(PyErr::type_error(
                "character mapping must return integer, None or str",
            )),
        };
        heap.decref(got);
        piece?;
    }
    Ok(rt.heap().new_str_from_code_points(&out))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points,
/// strings or `None`.
pub fn str_maketrans(rt: &mut dyn Runtime, _cls: Value, args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("maketrans() takes no keyword arguments"));
    }
    let d = rt.heap().new_dict();
    let r = d.as_obj().expect("a dict is a heap object");
    let result = fill(rt, r, args.positional);
    match result {
        Ok(()) => Ok(d),
        Err(e) => {
            rt.heap().decref(d);
            Err(e)
        }
    }
}

fn fill(rt: &mut dyn Runtime, d: crate::value::ObjRef, args: &[Value]) -> PyResult<()> {
    let heap = rt.heap();
    match args {
        [x] => {
            let Some(Payload::Dict(t)) = x.as_obj().map(|r| heap.payload(r)) else {
                return Err(PyErr::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let pairs: Vec<(Value, Value)> = t.iter().map(|(_, e)| (e.key, e.value)).collect();
            for (k, v) in pairs {
                let heap = rt.heap();
                let key = match (text_of(heap, k), Int::from_value(heap, k)) {
                    (Some(s), _) => {
                        let mut cs = s.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => Value::Int(c as i64),
                            _ => {
                                return Err(PyErr::value_error(
                                    "string keys in translate table must be of length 1",
                                ));
                            }
                        }
                    }
                    (None, Some(_)) => k,
                    _ => {
                        return Err(PyErr::type_error(
                            "keys in translate table must be strings or integers",
                        ));
                    }
                };
                crate::types::dict::set_item(rt, d, key, v)?;
            }
            Ok(())
        }
        [x, y] | [x, y, _] => {
            let (Some(a), Some(b)) = (text_of(heap, *x), text_of(heap, *y)) else {
                let bad = if text_of(heap, *x).is_none() { *x } else { *y };
                return Err(PyErr::type_error(format!(
                    "maketrans() argument {} must be str, not {}",
                    if text_of(heap, *x).is_none() { 1 } else { 2 },
                    type_name(heap, bad)
                )));
            };
            if a.chars().count() != b.chars().count() {
                return Err(PyErr::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (p, q) in a.chars().zip(b.chars()) {
                crate::types::dict::set_item(rt, d, Value::Int(p as i64), Value::Int(q as i64))?;
            }
            if let [_, _, z] = args {
                let heap = rt.heap();
                let z = text_of(heap, *z).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        type_name(heap, *z)
                    ))
                })?;
                for c in z.chars() {
                    crate::types::dict::set_item(rt, d, Value::Int(c as i64), Value::None)?;
                }
            }
            Ok(())
        }
        other => Err(PyErr::type_error(format!(
            "maketrans() takes at {} ({} given)",
            if other.is_empty() {
                "least 1 argument"
            } else {
                "most 3 arguments"
            },
            other.len()
        ))),
    }
}

/// `s.format_map(mapping)`.
pub(super) fn str_format_map_method(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
) -> PyResult<Value> {
    let [mapping] = args.bind("format_map", ["mapping"], 1, 1)?;
    let s = text_of(rt.heap(), v)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))?;
    let out = crate::types::str_format::str_format_map(rt, &s, mapping.unwrap_or(Value::None))?;
    Ok(rt.heap().new_str(out))
}
