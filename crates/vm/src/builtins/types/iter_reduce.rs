//! Pickling and copying the built-in iterators: `__reduce__` says how to
//! rebuild an iterator where it stands, and `__setstate__` moves a rebuilt
//! one to that point, in the shapes CPython 3.11 uses:
//!
//! - by position over a sequence (`list_iterator`, `tuple_iterator`,
//!   `str_ascii_iterator`, `bytes_iterator`): `(iter, (seq,), index)`;
//! - backwards (`list_reverseiterator`, `reversed`):
//!   `(reversed, (seq,), index)`, the index of the next item;
//! - over a range: `(iter, (range(next, end, step),), 0)`, the range of
//!   the values still to come;
//! - over a dict, a set or a snapshot: `(iter, (list,))` of the items still
//!   to come, read from a copy so the iterator itself does not move;
//! - `enumerate`, `zip`, `map`, `filter` and `callable_iterator`: their
//!   constructor over the current underlying iterators;
//! - an exhausted iterator: `(iter, ((),))`.

use pyrite_objects::types::int::Int;
use pyrite_objects::types::interp::IterState;
use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::NativeKind;
use crate::interpreter::Interpreter;

/// The iterator classes that get `__reduce__`, and whether they also take
/// `__setstate__` (those with a position to restore, and `zip` for its
/// `strict` flag).
const REDUCIBLE: &[(&str, bool)] = &[
    ("list_iterator", true),
    ("tuple_iterator", true),
    ("str_ascii_iterator", true),
    ("bytes_iterator", true),
    ("range_iterator", true),
    ("longrange_iterator", true),
    ("list_reverseiterator", true),
    ("reversed", true),
    ("zip", true),
    ("dict_keyiterator", false),
    ("dict_valueiterator", false),
    ("dict_itemiterator", false),
    ("set_iterator", false),
    ("enumerate", false),
    ("map", false),
    ("filter", false),
    ("callable_iterator", false),
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    for (name, settable) in REDUCIBLE {
        let class = interp.named_class(name);
        interp.add_method(class, "__reduce__", NativeKind::VmMethod(iter_reduce));
        if *settable {
            interp.add_method(class, "__setstate__", NativeKind::VmMethod(iter_setstate));
        }
    }
}

/// What a reduction needs from an iterator's state, copied out of the heap.
enum Shape {
    Seq(Value, usize),
    Reversed(Value, usize),
    Range(Int, Int, Int),
    /// Read the rest from a copy of this state.
    Drain(IterState),
    /// A constructor (a builtins name) and its argument tuple's items.
    Call(&'static str, Vec<Value>),
    Exhausted,
}

fn shape_of(interp: &Interpreter, it: Value) -> Option<Shape> {
    let heap = &interp.heap;
    let int = |v: Value| Int::from_value(heap, v);
    Some(match interp.iter_state(it)? {
        IterState::Seq { seq, index } => Shape::Seq(*seq, *index),
        IterState::Reversed { seq, remaining } => Shape::Reversed(*seq, *remaining),
        IterState::Range {
            next,
            remaining,
            step,
        } => Shape::Range(
            Int::Small(*next),
            Int::from_bigint((*remaining).into()),
            Int::Small(*step),
        ),
        IterState::LongRange {
            next,
            remaining,
            step,
        } => Shape::Range(int(*next)?, int(*remaining)?, int(*step)?),
        IterState::Dict {
            dict,
            index,
            len,
            kind,
        } => Shape::Drain(IterState::Dict {
            dict: *dict,
            index: *index,
            len: *len,
            kind: *kind,
        }),
        IterState::Set { set, index, len } => Shape::Drain(IterState::Set {
            set: *set,
            index: *index,
            len: *len,
        }),
        IterState::Items { rest } => Shape::Drain(IterState::Items { rest: rest.clone() }),
        IterState::Enumerate { it, count } => {
            Shape::Call("enumerate", vec![*it, Value::Int(*count)])
        }
        IterState::Zip { its, .. } => Shape::Call("zip", interp.tuple_items(*its)),
        IterState::Map { func, its } => {
            let mut args = vec![*func];
            args.extend(interp.tuple_items(*its));
            Shape::Call("map", args)
        }
        IterState::Filter { func, it } => Shape::Call("filter", vec![*func, *it]),
        IterState::Callable { func, sentinel } => Shape::Call("iter", vec![*func, *sentinel]),
        IterState::GetItem { .. } | IterState::Exhausted => Shape::Exhausted,
    })
}

/// `it.__reduce__()`.
fn iter_reduce(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [it] = args else {
        return Err(PyErr::type_error(format!(
            "__reduce__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let Some(shape) = shape_of(interp, *it) else {
        return Err(PyErr::type_error(format!(
            "cannot pickle '{}' object",
            interp.type_name(*it)
        )));
    };
    let (maker, items, state) = match shape {
        Shape::Seq(seq, index) => ("iter", vec![borrowed(interp, seq)], Some(index as i64)),
        Shape::Reversed(seq, remaining) => (
            "reversed",
            vec![borrowed(interp, seq)],
            Some(remaining as i64 - 1),
        ),
        Shape::Range(next, remaining, step) => {
            let end = next.add(&remaining.mul(&step));
            let bounds = [next, end, step].map(|i| i.into_value(&mut interp.heap));
            let range = pyrite_objects::types::range::new_range(
                &mut interp.heap,
                bounds[0],
                bounds[1],
                bounds[2],
            );
            for b in bounds {
                interp.heap.decref(b);
            }
            ("iter", vec![range?], Some(0))
        }
        Shape::Drain(state) => {
            let rest = drain_copy(interp, state)?;
            ("iter", vec![interp.heap.new_list(rest)], None)
        }
        Shape::Call(maker, args) => {
            for a in &args {
                interp.heap.incref(*a);
            }
            (maker, args, None)
        }
        Shape::Exhausted => {
            let empty = interp.heap.new_tuple(Vec::new());
            ("iter", vec![empty], None)
        }
    };
    let args = interp.heap.new_tuple(items);
    let maker = match interp.dict_get_str(interp.builtins, maker) {
        Some(f) => f,
        None => {
            interp.heap.decref(args);
            return Err(PyErr::new(
                pyrite_objects::ExcKind::RuntimeError,
                format!("builtins.{maker} is missing"),
            ));
        }
    };
    let mut parts = vec![maker, args];
    if let Some(state) = state {
        parts.push(Value::Int(state));
    }
    if let Some(IterState::Zip { strict: true, .. }) = interp.iter_state(*it) {
        parts.push(Value::Bool(true));
    }
    Ok(interp.heap.new_tuple(parts))
}

/// A new reference to `v`.
fn borrowed(interp: &mut Interpreter, v: Value) -> Value {
    interp.heap.incref(v);
    v
}

/// The items a copy of `state` gives (owned), leaving the original where it
/// is.
fn drain_copy(interp: &mut Interpreter, state: IterState) -> PyResult<Vec<Value>> {
    let mut held = Vec::new();
    match &state {
        IterState::Dict { dict, .. } => held.push(*dict),
        IterState::Set { set, .. } => held.push(*set),
        IterState::Items { rest } => held.extend_from_slice(rest),
        _ => {}
    }
    for v in &held {
        interp.heap.incref(*v);
    }
    let copy = interp.new_iterator("iterator", state);
    let mut rest = Vec::new();
    let result = loop {
        match interp.next(copy) {
            Ok(Some(v)) => rest.push(v),
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    interp.heap.decref(copy);
    match result {
        Ok(()) => Ok(rest),
        Err(e) => {
            interp.release(rest);
            Err(e)
        }
    }
}

/// `it.__setstate__(state)`: move a rebuilt iterator to its position.
fn iter_setstate(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [it, state] = args else {
        return Err(PyErr::type_error(format!(
            "__setstate__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let Some(r) = it.as_obj() else {
        return Ok(Value::None);
    };
    if let Some(IterState::Zip { .. }) = interp.iter_state(*it) {
        let strict = interp.truthy(*state)?;
        if let Some(IterState::Zip { strict: s, .. }) = interp.iter_state_mut(r) {
            *s = strict;
        }
        return Ok(Value::None);
    }
    let Some(n) = Int::from_value(&interp.heap, *state) else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(*state)
        )));
    };
    let n = n
        .to_i64()
        .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
    let length = match interp.iter_state(*it) {
        Some(IterState::Seq { seq, .. } | IterState::Reversed { seq, .. }) => {
            let seq = *seq;
            interp.len(seq)? as i64
        }
        _ => 0,
    };
    match interp.iter_state_mut(r) {
        Some(IterState::Seq { index, .. }) => *index = n.clamp(0, length) as usize,
        Some(IterState::Reversed { remaining, .. }) => {
            *remaining = (n.clamp(-1, length - 1) + 1) as usize;
        }
        Some(IterState::Range {
            next,
            remaining,
            step,
        }) => {
            let skip = n.clamp(0, *remaining as i64);
            *next = next.wrapping_add(step.wrapping_mul(skip));
            *remaining -= skip as u64;
        }
        Some(IterState::LongRange { .. }) => interp.long_range_skip(r, n),
        _ => {}
    }
    Ok(Value::None)
}
