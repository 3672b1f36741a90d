//! Set algebra — union, intersection, difference, symmetric difference —
//! following CPython's `setobject.c` step by step, because which set is
//! iterated and which is copied decides the result's table layout and so
//! its iteration order.
//!
//! All functions take borrowed operands and return a new set of the
//! left operand's kind (`set` or `frozenset`) as an owned reference.

use crate::error::PyResult;
use crate::heap::Payload;
use crate::ops::{hash, iterate};
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::set::{
    self, add_entry, contains_entry, discard_entry, held_entries, release_entries, table,
};
use crate::value::{ObjRef, Value};

fn is_set(rt: &mut dyn Runtime, v: Value) -> Option<ObjRef> {
    v.as_obj()
        .filter(|r| matches!(rt.heap().payload(*r), Payload::Set(_)))
}

fn is_frozen(rt: &mut dyn Runtime, s: ObjRef) -> bool {
    super::base_type(rt.heap(), Value::Obj(s)) == Some(BuiltinType::FrozenSet)
}

/// The entries of a set, each key held by a new reference.
/// Run `body`, releasing `result` if it fails.
fn building(
    rt: &mut dyn Runtime,
    result: ObjRef,
    body: impl FnOnce(&mut dyn Runtime) -> PyResult<()>,
) -> PyResult<Value> {
    match body(rt) {
        Ok(()) => Ok(Value::Obj(result)),
        Err(e) => {
            rt.heap().decref_obj(result);
            Err(e)
        }
    }
}

/// CPython's `set_update_internal`: merge a set (copying its layout when
/// the target is empty), else add each item of the iterable.
pub fn update(rt: &mut dyn Runtime, s: ObjRef, other: Value) -> PyResult<()> {
    if let Some(o) = is_set(rt, other) {
        return set::merge(rt, s, o);
    }
    let items = iterate(rt, other)?;
    let mut result = Ok(());
    for item in &items {
        if let Err(e) = set::add(rt, s, *item) {
            result = Err(e);
            break;
        }
    }
    for item in items {
        rt.heap().decref(item);
    }
    result
}

/// A copy of `s` of the same kind.
pub fn copy(rt: &mut dyn Runtime, s: ObjRef) -> PyResult<ObjRef> {
    let frozen = is_frozen(rt, s);
    let new = rt.heap().new_empty_set(frozen);
    match set::merge(rt, new, s) {
        Ok(()) => Ok(new),
        Err(e) => {
            rt.heap().decref_obj(new);
            Err(e)
        }
    }
}

/// `s.union(*others)` and `s | other`.
pub fn union(rt: &mut dyn Runtime, s: ObjRef, others: &[Value]) -> PyResult<Value> {
    let result = copy(rt, s)?;
    building(rt, result, |rt| {
        for &other in others {
            if other != Value::Obj(s) {
                update(rt, result, other)?;
            }
        }
        Ok(())
    })
}

/// `s & other` / `s.intersection(other)`: iterate the smaller set (or the
/// iterable), keeping what the other contains.
pub fn intersection(rt: &mut dyn Runtime, s: ObjRef, other: Value) -> PyResult<Value> {
    if other == Value::Obj(s) {
        return copy(rt, s).map(Value::Obj);
    }
    let frozen = is_frozen(rt, s);
    let result = rt.heap().new_empty_set(frozen);
    building(rt, result, |rt| {
        if let Some(o) = is_set(rt, other) {
            let (big, small) = if table(rt.heap(), o)?.len() > table(rt.heap(), s)?.len() {
                (o, s)
            } else {
                (s, o)
            };
            let entries = held_entries(rt, small)?;
            let mut r = Ok(());
            for &(h, k) in &entries {
                match contains_entry(rt, big, k, h) {
                    Ok(true) => {
                        if let Err(e) = add_entry(rt, result, k, h) {
                            r = Err(e);
                            break;
                        }
                    }
                    Ok(false) => {}
                    Err(e) => {
                        r = Err(e);
                        break;
                    }
                }
            }
            release_entries(rt, entries);
            return r;
        }
        let items = iterate(rt, other)?;
        let size = table(rt.heap(), s)?.len();
        let mut r = Ok(());
        for &item in &items {
            let step = hash(rt, item).and_then(|h| {
                if contains_entry(rt, s, item, h)? {
                    add_entry(rt, result, item, h)?;
                }
                Ok(())
            });
            if let Err(e) = step {
                r = Err(e);
                break;
            }
            if table(rt.heap(), result)?.len() >= size {
                break;
            }
        }
        for item in items {
            rt.heap().decref(item);
        }
        r
    })
}

/// `s.intersection(*others)`.
pub fn intersection_multi(rt: &mut dyn Runtime, s: ObjRef, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy(rt, s).map(Value::Obj);
    }
    rt.heap().incref_obj(s);
    let mut current = Value::Obj(s);
    for &other in others {
        let cur = current.as_obj().expect("intersections are sets");
        let next = intersection(rt, cur, other);
        rt.heap().decref(current);
        current = next?;
    }
    Ok(current)
}

/// CPython's `set_difference_update_internal`: discard every item of
/// `other` from `s`, then rebuild the table if it is mostly dummies.
pub fn difference_update(rt: &mut dyn Runtime, s: ObjRef, other: Value) -> PyResult<()> {
    if other == Value::Obj(s) {
        let old = match rt.heap().payload_mut(s) {
            Payload::Set(t) => t.clear(),
            _ => Vec::new(),
        };
        for k in old {
            rt.heap().decref(k);
        }
        return Ok(());
    }
    if let Some(o) = is_set(rt, other) {
        // A much larger other set is first cut down to the intersection.
        let narrowed = if table(rt.heap(), o)?.len() >> 3 > table(rt.heap(), s)?.len() {
            intersection(rt, s, other)?
        } else {
            rt.heap().incref_obj(o);
            Value::Obj(o)
        };
        let src = narrowed.as_obj().expect("a set");
        let entries = held_entries(rt, src);
        let r = entries.and_then(|entries| {
            let mut r = Ok(());
            for &(h, k) in &entries {
                if let Err(e) = discard_entry(rt, s, k, h) {
                    r = Err(e);
                    break;
                }
            }
            release_entries(rt, entries);
            r
        });
        rt.heap().decref(narrowed);
        r?;
    } else {
        let items = iterate(rt, other)?;
        let mut r = Ok(());
        for &item in &items {
            if let Err(e) = hash(rt, item).and_then(|h| discard_entry(rt, s, item, h)) {
                r = Err(e);
                break;
            }
        }
        for item in items {
            rt.heap().decref(item);
        }
        r?;
    }
    set::purge_dummies(rt, s)
}

/// `s - other` / `s.difference(other)`.
pub fn difference(rt: &mut dyn Runtime, s: ObjRef, other: Value) -> PyResult<Value> {
    let other_size = match other.as_obj().map(|r| rt.heap().payload(r)) {
        Some(Payload::Set(t)) => Some(t.len()),
        Some(Payload::Dict(d)) => Some(d.len()),
        _ => None,
    };
    let size = table(rt.heap(), s)?.len();
    let copy_first = match other_size {
        None => true,
        Some(n) => size >> 2 > n,
    };
    if copy_first {
        let result = copy(rt, s)?;
        return building(rt, result, |rt| difference_update(rt, result, other));
    }
    let frozen = is_frozen(rt, s);
    let result = rt.heap().new_empty_set(frozen);
    building(rt, result, |rt| {
        let entries = held_entries(rt, s)?;
        let mut r = Ok(());
        for &(h, k) in &entries {
            let inside = match other.as_obj().and_then(|o| is_set(rt, Value::Obj(o))) {
                Some(o) => contains_entry(rt, o, k, h),
                None => crate::ops::sequence::contains(rt, other, k),
            };
            let step = inside.and_then(|inside| {
                if inside {
                    Ok(())
                } else {
                    add_entry(rt, result, k, h)
                }
            });
            if let Err(e) = step {
                r = Err(e);
                break;
            }
        }
        release_entries(rt, entries);
        r
    })
}

/// `s.difference(*others)`.
pub fn difference_multi(rt: &mut dyn Runtime, s: ObjRef, others: &[Value]) -> PyResult<Value> {
    let Some((&first, rest)) = others.split_first() else {
        return copy(rt, s).map(Value::Obj);
    };
    let result = difference(rt, s, first)?;
    let r = result.as_obj().expect("a set");
    building(rt, r, |rt| {
        for &other in rest {
            difference_update(rt, r, other)?;
        }
        Ok(())
    })
}

/// `s ^ other` / `s.symmetric_difference(other)`: a set built from
/// `other`, then each member of `s` toggled in it.
pub fn symmetric_difference(rt: &mut dyn Runtime, s: ObjRef, other: Value) -> PyResult<Value> {
    let frozen = is_frozen(rt, s);
    let result = rt.heap().new_empty_set(frozen);
    building(rt, result, |rt| {
        update(rt, result, other)?;
        let entries = held_entries(rt, s)?;
        let mut r = Ok(());
        for &(h, k) in &entries {
            let step = discard_entry(rt, result, k, h).and_then(|found| {
                if found {
                    Ok(())
                } else {
                    add_entry(rt, result, k, h)
                }
            });
            if let Err(e) = step {
                r = Err(e);
                break;
            }
        }
        release_entries(rt, entries);
        r
    })
}
