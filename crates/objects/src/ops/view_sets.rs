//! The set operators of the set-like dict views (`dict_keys`,
//! `dict_items`): `&`, `|`, `-` and `^`, each giving a new `set`.
//!
//! As in CPython, the operation applies when either operand is such a
//! view, and the left operand — view or any iterable — is first copied
//! into a new set, which is then combined with the right operand (any
//! iterable): `['a'] | d.keys()` is a set, and `1 & d.keys()` fails with
//! "'int' object is not iterable". `dict_values` is not set-like.

use crate::error::PyResult;
use crate::heap::Payload;
use crate::ops::arith::BinOp;
use crate::runtime::Runtime;
use crate::types::interp::{DictViewKind, InterpObject};
use crate::types::{set, set_algebra};
use crate::value::{ObjRef, Value};

/// The dict and kind of a `dict_keys` or `dict_items` view.
fn set_like_view(rt: &mut dyn Runtime, v: Value) -> Option<(Value, DictViewKind)> {
    match rt.heap().payload(v.as_obj()?) {
        Payload::Interp(o) => match &**o {
            InterpObject::DictView { dict, kind }
                if matches!(kind, DictViewKind::Keys | DictViewKind::Items) =>
            {
                Some((*dict, *kind))
            }
            _ => None,
        },
        _ => None,
    }
}

/// `a <op> b` when `op` is a set operator and either operand is a
/// set-like view; `None` otherwise.
pub fn view_set_op(rt: &mut dyn Runtime, op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    if !matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
        return None;
    }
    if set_like_view(rt, a).is_none() && set_like_view(rt, b).is_none() {
        return None;
    }
    Some(combine(rt, op, a, b))
}

fn combine(rt: &mut dyn Runtime, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if op == BinOp::Xor {
        if let (Some((d1, DictViewKind::Items)), Some((d2, DictViewKind::Items))) =
            (set_like_view(rt, a), set_like_view(rt, b))
        {
            return items_xor(rt, d1, d2);
        }
    }
    let items = match set_like_view(rt, a) {
        Some((dict, kind)) => view_items(rt, dict, kind),
        None => crate::ops::iterate(rt, a)?,
    };
    let left = set::new_set(rt, &items, false);
    for v in items {
        rt.heap().decref(v);
    }
    let left = left?;
    let l = left
        .as_obj()
        .expect("set::new_set returns a set object on the heap");
    let result = match op {
        BinOp::And => set_algebra::intersection(rt, l, b),
        BinOp::Xor => toggle_each(rt, l, b).map(|()| {
            rt.heap().incref(left);
            left
        }),
        BinOp::Or => set_algebra::update(rt, l, b).map(|()| {
            rt.heap().incref(left);
            left
        }),
        _ => set_algebra::difference_update(rt, l, b).map(|()| {
            rt.heap().incref(left);
            left
        }),
    };
    rt.heap().decref(left);
    result
}

/// `s.symmetric_difference_update(other)`: each member of `other` (taken
/// as a set first, so a repeated item toggles once) is removed from `s` if
/// there, added otherwise.
fn toggle_each(rt: &mut dyn Runtime, s: ObjRef, other: Value) -> PyResult<()> {
    let items = crate::ops::iterate(rt, other)?;
    let theirs = set::new_set(rt, &items, false);
    for v in items {
        rt.heap().decref(v);
    }
    let theirs = theirs?;
    let members = theirs
        .as_obj()
        .map_or(Ok(Vec::new()), |t| set::members(rt.heap(), t));
    let mut result = Ok(());
    for m in members.unwrap_or_default() {
        let step = set::discard(rt, s, m).and_then(
            |found| {
                if found { Ok(()) } else { set::add(rt, s, m) }
            },
        );
        if let Err(e) = step {
            result = Err(e);
            break;
        }
    }
    rt.heap().decref(theirs);
    result
}

/// `d1.items() ^ d2.items()` as CPython computes it: the pairs of `d2`
/// whose key is missing from `d1` or maps to an unequal value, then the
/// pairs of `d1` not matched that way.
fn items_xor(rt: &mut dyn Runtime, d1: Value, d2: Value) -> PyResult<Value> {
    let mine = view_items(rt, d1, DictViewKind::Items);
    let theirs = view_items(rt, d2, DictViewKind::Items);
    let matched = rt.heap().new_empty_set(false);
    let result = items_xor_of(rt, d1, &mine, &theirs, matched);
    for v in mine.into_iter().chain(theirs) {
        rt.heap().decref(v);
    }
    rt.heap().decref(Value::Obj(matched));
    result
}

/// The key and value of an item pair (borrowed).
fn pair(rt: &mut dyn Runtime, t: Value) -> (Value, Value) {
    match t.as_obj().map(|r| rt.heap().payload(r)) {
        Some(Payload::Tuple(kv)) if kv.len() == 2 => (kv[0], kv[1]),
        _ => (Value::None, Value::None),
    }
}

fn items_xor_of(
    rt: &mut dyn Runtime,
    d1: Value,
    mine: &[Value],
    theirs: &[Value],
    matched: ObjRef,
) -> PyResult<Value> {
    let mut out = Vec::new();
    for &t in theirs {
        let (k2, v2) = pair(rt, t);
        let found = match d1.as_obj() {
            Some(d) => crate::types::dict::get_item(rt, d, k2)?,
            None => None,
        };
        let shared = match found {
            Some(v1) => {
                let same = crate::ops::eq(rt, v1, v2);
                rt.heap().decref(v1);
                same?
            }
            None => false,
        };
        if shared {
            set::add(rt, matched, k2)?;
        } else {
            out.push(t);
        }
    }
    for &m in mine {
        let (k1, _) = pair(rt, m);
        if !set::contains(rt, matched, k1)? {
            out.push(m);
        }
    }
    set::new_set(rt, &out, false)
}

/// The view's items now, as owned references: the keys, or `(key, value)`
/// tuples.
fn view_items(rt: &mut dyn Runtime, dict: Value, kind: DictViewKind) -> Vec<Value> {
    let heap = rt.heap();
    let pairs: Vec<(Value, Value)> = match dict.as_obj().map(|r| heap.payload(r)) {
        Some(Payload::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    pairs
        .into_iter()
        .map(|(k, v)| {
            heap.incref(k);
            if kind == DictViewKind::Keys {
                return k;
            }
            heap.incref(v);
            heap.new_tuple(vec![k, v])
        })
        .collect()
}

/// `a <op> b` for the rich comparison `op` (0 to 5: `<`, `<=`, `==`, `!=`,
/// `>`, `>=`) when one operand is a set-like view and the other a set,
/// frozenset or set-like view: subset and superset tests over the
/// members, as CPython's view comparison. `None` for other operands.
pub fn view_rich_compare(
    rt: &mut dyn Runtime,
    a: Value,
    b: Value,
    op: usize,
) -> Option<PyResult<bool>> {
    let set_like = |rt: &mut dyn Runtime, v: Value| {
        set_like_view(rt, v).is_some()
            || matches!(
                v.as_obj().map(|r| rt.heap().payload(r)),
                Some(Payload::Set(_))
            )
    };
    let (me, other, op) = if set_like_view(rt, a).is_some() {
        (a, b, op)
    } else {
        // `{…} < view` is answered by the view as `view > {…}`.
        (b, a, [4, 5, 2, 3, 0, 1][op.min(5)])
    };
    if set_like_view(rt, me).is_none() || !set_like(rt, other) {
        return None;
    }
    Some(compare_members(rt, me, other, op))
}

fn compare_members(rt: &mut dyn Runtime, me: Value, other: Value, op: usize) -> PyResult<bool> {
    let mine = members_of(rt, me)?;
    let theirs = members_of(rt, other)?;
    let (ls, lo) = (mine.len(), theirs.len());
    let result = match op {
        0 => Ok(ls < lo && all_in(rt, &mine, other)?),
        1 => Ok(ls <= lo && all_in(rt, &mine, other)?),
        2 => Ok(ls == lo && all_in(rt, &mine, other)?),
        3 => Ok(!(ls == lo && all_in(rt, &mine, other)?)),
        4 => Ok(ls > lo && all_in(rt, &theirs, me)?),
        _ => Ok(ls >= lo && all_in(rt, &theirs, me)?),
    };
    for v in mine.into_iter().chain(theirs) {
        rt.heap().decref(v);
    }
    result
}

/// The members of a set or set-like view, as owned references.
fn members_of(rt: &mut dyn Runtime, v: Value) -> PyResult<Vec<Value>> {
    if let Some((dict, kind)) = set_like_view(rt, v) {
        return Ok(view_items(rt, dict, kind));
    }
    crate::ops::iterate(rt, v)
}

/// Whether every one of `items` is in the set or view `container`.
fn all_in(rt: &mut dyn Runtime, items: &[Value], container: Value) -> PyResult<bool> {
    for &item in items {
        if !member_of(rt, container, item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `item in container` for a set or a set-like view.
fn member_of(rt: &mut dyn Runtime, container: Value, item: Value) -> PyResult<bool> {
    let Some((dict, kind)) = set_like_view(rt, container) else {
        return match container.as_obj() {
            Some(s) => set::contains(rt, s, item),
            None => Ok(false),
        };
    };
    let Some(d) = dict.as_obj() else {
        return Ok(false);
    };
    let (key, value) = if kind == DictViewKind::Keys {
        (item, None)
    } else {
        match item.as_obj().map(|r| rt.heap().payload(r)) {
            Some(Payload::Tuple(kv)) if kv.len() == 2 => (kv[0], Some(kv[1])),
            _ => return Ok(false),
        }
    };
    let found = crate::types::dict::get_item(rt, d, key)?;
    let Some(v) = found else {
        return Ok(false);
    };
    let r = match value {
        None => Ok(true),
        Some(want) => crate::ops::eq(rt, v, want),
    };
    rt.heap().decref(v);
    r
}
