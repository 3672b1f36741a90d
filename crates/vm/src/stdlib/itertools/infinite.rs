//! `count`, `cycle` and `repeat`: iterators that can go on for ever.
//!
//! Fields:
//! - count: `_n`, the next value; `_step`.
//! - cycle: `_it`, the source (or `None` once it is exhausted); `_saved`,
//!   a list of what it produced; `_index`, the next position in `_saved`.
//! - repeat: `_obj`; `_left`, how many remain (`None`: for ever).

use pyrite_objects::types::int::Int;
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::{ClassSpec, keyword_args, positional_args, ssize, stop};
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{field, new_instance, put_field, receiver, set_field};

pub(super) const CLASSES: &[ClassSpec] = &[
    (
        "count",
        count_new,
        &[("__next__", count_next), ("__repr__", count_repr)],
    ),
    ("cycle", cycle_new, &[("__next__", cycle_next)]),
    (
        "repeat",
        repeat_new,
        &[
            ("__next__", repeat_next),
            ("__repr__", repeat_repr),
            ("__length_hint__", repeat_length_hint),
        ],
    ),
];

/// Whether `v` is a number (CPython's `PyNumber_Check`).
fn is_number(interp: &mut Interpreter, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        _ => {
            Int::from_value(&interp.heap, v).is_some()
                || matches!(
                    v.as_obj().map(|r| interp.heap.payload(r)),
                    Some(Payload::Complex { .. })
                )
                || ["__index__", "__int__", "__float__", "__complex__"]
                    .into_iter()
                    .any(|d| interp.user_special(v, d).is_some())
        }
    }
}

fn count_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let bound = keyword_args(interp, "count", rest, kwnames, &["start", "step"], 0)?;
    let start = bound[0].unwrap_or(Value::Int(0));
    let step = bound[1].unwrap_or(Value::Int(1));
    if !is_number(interp, start) || !is_number(interp, step) {
        return Err(PyErr::type_error("a number is required"));
    }
    Ok(new_instance(interp, cls, &[("_n", start), ("_step", step)]))
}

fn count_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let n = field(interp, me, "_n")?;
    let step = field(interp, me, "_step")?;
    let after = interp.binary_op(0, n, step)?;
    interp.heap.incref(n);
    put_field(interp, me, "_n", after);
    Ok(n)
}

fn count_repr(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let n = field(interp, me, "_n")?;
    let step = field(interp, me, "_step")?;
    let name = interp.type_name(me);
    let text = if matches!(step, Value::Int(1) | Value::Bool(true)) {
        format!("{name}({})", interp.repr(n)?)
    } else {
        format!("{name}({}, {})", interp.repr(n)?, interp.repr(step)?)
    };
    Ok(interp.heap.new_str(text))
}

fn cycle_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let [iterable] = positional_args("cycle", rest, kwnames, 1, 1)? else {
        return Err(PyErr::type_error("cycle expected 1 argument"));
    };
    let it = interp.get_iter(*iterable)?;
    let saved = interp.heap.new_list(Vec::new());
    let obj = new_instance(
        interp,
        cls,
        &[("_it", it), ("_saved", saved), ("_index", Value::Int(0))],
    );
    interp.heap.decref(it);
    interp.heap.decref(saved);
    Ok(obj)
}

fn cycle_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let saved = field(interp, me, "_saved")?;
    let it = field(interp, me, "_it")?;
    if it != Value::None {
        match interp.next(it)? {
            Some(item) => {
                if let Some(Payload::List(items)) =
                    saved.as_obj().map(|r| interp.heap.payload_mut(r))
                {
                    items.push(item);
                    interp.heap.incref(item);
                }
                return Ok(item);
            }
            None => set_field(interp, me, "_it", Value::None),
        }
    }
    let index = match field(interp, me, "_index")? {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let item = match saved.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(items)) if !items.is_empty() => {
            let i = index % items.len();
            let next = (i + 1) % items.len();
            items.get(i).map(|item| (item, next))
        }
        _ => None,
    };
    let Some((item, next)) = item else {
        return Err(stop(interp));
    };
    interp.heap.incref(item);
    set_field(interp, me, "_index", Value::Int(next as i64));
    Ok(item)
}

fn repeat_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let bound = keyword_args(interp, "repeat", rest, kwnames, &["object", "times"], 1)?;
    let obj = bound[0].unwrap_or(Value::None);
    let left = match bound[1] {
        None => Value::None,
        Some(times) => Value::Int(ssize(interp, times)?.max(0)),
    };
    Ok(new_instance(interp, cls, &[("_obj", obj), ("_left", left)]))
}

fn repeat_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let obj = field(interp, me, "_obj")?;
    match field(interp, me, "_left")? {
        Value::Int(n) if n > 0 => set_field(interp, me, "_left", Value::Int(n - 1)),
        Value::Int(_) => return Err(stop(interp)),
        _ => {}
    }
    interp.heap.incref(obj);
    Ok(obj)
}

fn repeat_repr(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let obj = field(interp, me, "_obj")?;
    let left = field(interp, me, "_left")?;
    let name = interp.type_name(me);
    let text = match left {
        Value::Int(n) => format!("{name}({}, {n})", interp.repr(obj)?),
        _ => format!("{name}({})", interp.repr(obj)?),
    };
    Ok(interp.heap.new_str(text))
}

fn repeat_length_hint(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    match field(interp, me, "_left")? {
        Value::Int(n) => Ok(Value::Int(n)),
        _ => Err(PyErr::type_error("len() of unsized object")),
    }
}
