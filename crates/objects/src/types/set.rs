//! `set` and `frozenset` operations over the [`SetTable`].
//!
//! Ownership: keys passed in are borrowed (the set takes its own
//! references); keys returned are new references.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::ops::{eq, hash, native_eq};
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::set_table::{Lookup, SetTable};
use crate::value::{ObjRef, Value};

fn bad_internal() -> PyErr {
    PyErr::new(ExcKind::SystemError, "bad argument to internal function")
}

/// The table of a set or frozenset.
pub fn table(heap: &Heap, s: ObjRef) -> PyResult<&SetTable> {
    match heap.payload(s) {
        Payload::Set(t) => Ok(t),
        _ => Err(bad_internal()),
    }
}

fn table_mut(heap: &mut Heap, s: ObjRef) -> PyResult<&mut SetTable> {
    match heap.payload_mut(s) {
        Payload::Set(t) => Ok(t),
        _ => Err(bad_internal()),
    }
}

impl Heap {
    /// A new empty `set` (or `frozenset`), an owned reference.
    pub fn new_empty_set(&mut self, frozen: bool) -> ObjRef {
        let ty = if frozen {
            BuiltinType::FrozenSet
        } else {
            BuiltinType::Set
        };
        self.alloc(
            crate::types::TypeRef::Builtin(ty),
            Payload::Set(SetTable::new()),
        )
    }
}

/// Where `key` is, or where it would go.
fn find(rt: &mut dyn Runtime, s: ObjRef, key: Value, hash: i64) -> PyResult<Lookup> {
    let mut skip = 0;
    loop {
        let heap = rt.heap();
        let found = table(heap, s)?.lookup(key, hash, skip, &mut |a, b| native_eq(heap, a, b));
        let Lookup::Compare {
            slot,
            candidate,
            rejected,
        } = found
        else {
            return Ok(found);
        };
        rt.heap().incref(candidate);
        let equal = eq(rt, candidate, key);
        let still_there = table(rt.heap(), s)?
            .get(slot)
            .is_some_and(|(_, k)| k.is(candidate));
        rt.heap().decref(candidate);
        match equal? {
            true if still_there => return Ok(Lookup::Found(slot)),
            true => skip = 0,
            false => skip = rejected,
        }
    }
}

/// Add `key` with a known hash (CPython's `set_add_entry`).
pub fn add_entry(rt: &mut dyn Runtime, s: ObjRef, key: Value, hash: i64) -> PyResult<()> {
    if let Lookup::Absent { slot, fresh } = find(rt, s, key, hash)? {
        let heap = rt.heap();
        heap.incref(key);
        table_mut(heap, s)?.insert_at(slot, fresh, hash, key);
    }
    Ok(())
}

/// Whether `key` (with a known hash) is in the set.
pub fn contains_entry(rt: &mut dyn Runtime, s: ObjRef, key: Value, hash: i64) -> PyResult<bool> {
    Ok(matches!(find(rt, s, key, hash)?, Lookup::Found(_)))
}

/// Remove `key` (with a known hash) if present; returns whether it was.
pub fn discard_entry(rt: &mut dyn Runtime, s: ObjRef, key: Value, hash: i64) -> PyResult<bool> {
    if let Lookup::Found(slot) = find(rt, s, key, hash)? {
        let heap = rt.heap();
        let old = table_mut(heap, s)?.remove_at(slot);
        heap.decref(old);
        return Ok(true);
    }
    Ok(false)
}

/// Rebuild a set's table if it is mostly dummies.
pub fn purge_dummies(rt: &mut dyn Runtime, s: ObjRef) -> PyResult<()> {
    table_mut(rt.heap(), s)?.purge_dummies_if_many();
    Ok(())
}

/// `s.add(key)`.
pub fn add(rt: &mut dyn Runtime, s: ObjRef, key: Value) -> PyResult<()> {
    let h = hash(rt, key)?;
    add_entry(rt, s, key, h)
}

/// `key in s`.
pub fn contains(rt: &mut dyn Runtime, s: ObjRef, key: Value) -> PyResult<bool> {
    let h = hash(rt, key)?;
    Ok(matches!(find(rt, s, key, h)?, Lookup::Found(_)))
}

/// `s.discard(key)`; returns whether it was present.
pub fn discard(rt: &mut dyn Runtime, s: ObjRef, key: Value) -> PyResult<bool> {
    let h = hash(rt, key)?;
    if let Lookup::Found(slot) = find(rt, s, key, h)? {
        let heap = rt.heap();
        let old = table_mut(heap, s)?.remove_at(slot);
        heap.decref(old);
        return Ok(true);
    }
    Ok(false)
}

/// `s.remove(key)`: `KeyError(key)` if absent.
pub fn remove(rt: &mut dyn Runtime, s: ObjRef, key: Value) -> PyResult<()> {
    if discard(rt, s, key)? {
        Ok(())
    } else {
        rt.heap().incref(key);
        Err(PyErr::KeyError(key))
    }
}

/// `s.pop()`: `KeyError('pop from an empty set')` if empty.
pub fn pop(rt: &mut dyn Runtime, s: ObjRef) -> PyResult<Value> {
    table_mut(rt.heap(), s)?
        .pop()
        .ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

/// `s.update(other_set)` for another set or frozenset (CPython's
/// `set_merge`: copies the table layout when `s` is empty).
pub fn merge(rt: &mut dyn Runtime, s: ObjRef, other: ObjRef) -> PyResult<()> {
    if s == other {
        return Ok(());
    }
    let heap = rt.heap();
    let source = table(heap, other)?.clone();
    let added = table_mut(heap, s)?.merge_into_empty(&source);
    match added {
        Some(keys) => {
            for k in keys {
                heap.incref(k);
            }
        }
        None => {
            let entries = held_entries(rt, other)?;
            let mut result = Ok(());
            for &(h, k) in &entries {
                if let Err(e) = add_entry(rt, s, k, h) {
                    result = Err(e);
                    break;
                }
            }
            release_entries(rt, entries);
            result?;
        }
    }
    Ok(())
}

/// A new set (or frozenset) of `items` added in order, as `{a, b, c}`
/// (BUILD_SET) or `set([a, b, c])` build it. Items are borrowed.
pub fn new_set(rt: &mut dyn Runtime, items: &[Value], frozen: bool) -> PyResult<Value> {
    let s = rt.heap().new_empty_set(frozen);
    for &item in items {
        if let Err(e) = add(rt, s, item) {
            rt.heap().decref_obj(s);
            return Err(e);
        }
    }
    Ok(Value::Obj(s))
}

/// The members in iteration order (borrowed).
pub fn members(heap: &Heap, s: ObjRef) -> PyResult<Vec<Value>> {
    Ok(table(heap, s)?.entries().map(|(_, k)| k).collect())
}

/// The entries of `s` (hash, key), each key held by a new reference, so
/// that comparisons calling back into Python (whose `__eq__` may empty the
/// set) cannot free a key still to be compared.
pub(crate) fn held_entries(rt: &mut dyn Runtime, s: ObjRef) -> PyResult<Vec<(i64, Value)>> {
    let entries: Vec<(i64, Value)> = table(rt.heap(), s)?.entries().collect();
    for (_, k) in &entries {
        rt.heap().incref(*k);
    }
    Ok(entries)
}

/// Release what [`held_entries`] holds.
pub(crate) fn release_entries(rt: &mut dyn Runtime, entries: Vec<(i64, Value)>) {
    for (_, k) in entries {
        rt.heap().decref(k);
    }
}

/// Whether every held entry of a set is also in `other`.
fn all_found(rt: &mut dyn Runtime, entries: &[(i64, Value)], other: ObjRef) -> PyResult<bool> {
    for &(h, k) in entries {
        if !matches!(find(rt, other, k, h)?, Lookup::Found(_)) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a == b` for two sets: same size and `a <= b`.
pub fn set_eq(rt: &mut dyn Runtime, a: Value, b: Value) -> PyResult<bool> {
    let (Some(ra), Some(rb)) = (a.as_obj(), b.as_obj()) else {
        return Ok(false);
    };
    let heap = rt.heap();
    if table(heap, ra)?.len() != table(heap, rb)?.len() {
        return Ok(false);
    }
    let entries = held_entries(rt, ra)?;
    let r = all_found(rt, &entries, rb);
    release_entries(rt, entries);
    r
}

/// `a < b`, `a <= b`, … for sets: subset and superset tests.
pub fn set_compare(
    rt: &mut dyn Runtime,
    op: crate::ops::CmpOp,
    a: ObjRef,
    b: ObjRef,
) -> PyResult<bool> {
    use crate::ops::CmpOp;
    let heap = rt.heap();
    let (la, lb) = (table(heap, a)?.len(), table(heap, b)?.len());
    let (small, big, strict) = match op {
        CmpOp::Lt => (a, b, true),
        CmpOp::Le => (a, b, false),
        CmpOp::Gt => (b, a, true),
        CmpOp::Ge => (b, a, false),
    };
    let (ls, lb2) = if small == a { (la, lb) } else { (lb, la) };
    if ls > lb2 || (strict && ls == lb2) {
        return Ok(false);
    }
    let entries = held_entries(rt, small)?;
    let r = all_found(rt, &entries, big);
    release_entries(rt, entries);
    r
}
