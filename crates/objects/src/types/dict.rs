//! `dict` operations over the [`DictTable`]: lookups that may call a
//! user `__eq__`, insertion, deletion, equality.
//!
//! Ownership: keys and values passed in are borrowed (the dict takes its
//! own references); values returned are new references.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::ops::{eq, hash, native_eq};
use crate::runtime::Runtime;
use crate::types::dict_table::{DictLookup, DictTable};
use crate::types::{BuiltinType, TypeRef};
use crate::value::{ObjRef, Value};

fn bad_internal() -> PyErr {
    PyErr::new(ExcKind::SystemError, "bad argument to internal function")
}

/// The table of a dict object.
pub fn table(heap: &Heap, d: ObjRef) -> PyResult<&DictTable> {
    match heap.payload(d) {
        Payload::Dict(t) => Ok(t),
        _ => Err(bad_internal()),
    }
}

fn table_mut(heap: &mut Heap, d: ObjRef) -> PyResult<&mut DictTable> {
    match heap.payload_mut(d) {
        Payload::Dict(t) => Ok(t),
        _ => Err(bad_internal()),
    }
}

impl Heap {
    /// A new empty dict (an owned reference).
    pub fn new_dict(&mut self) -> Value {
        self.alloc_builtin(BuiltinType::Dict, Payload::Dict(DictTable::new()))
    }
}

/// The entry number holding `key`, if present.
pub fn lookup(rt: &mut dyn Runtime, d: ObjRef, key: Value, hash: i64) -> PyResult<Option<usize>> {
    let mut skip = 0;
    loop {
        let heap = rt.heap();
        let found = table(heap, d)?.lookup(key, hash, skip, &mut |a, b| native_eq(heap, a, b));
        match found {
            DictLookup::Found(ix) => return Ok(Some(ix)),
            DictLookup::Absent => return Ok(None),
            DictLookup::Compare {
                entry,
                candidate,
                rejected,
            } => {
                rt.heap().incref(candidate);
                let equal = eq(rt, candidate, key);
                let still_there = table(rt.heap(), d)?
                    .entry(entry)
                    .is_some_and(|e| e.key.is(candidate));
                rt.heap().decref(candidate);
                match equal? {
                    true if still_there => return Ok(Some(entry)),
                    // The dict changed under the comparison: start over.
                    true => skip = 0,
                    false => skip = rejected,
                }
            }
        }
    }
}

/// The hash of `key` when it takes no Python code and no work: an int
/// immediate, or an exact str (whose hash is cached).
fn native_hash(heap: &Heap, key: Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(crate::hash::int_hash(i)),
        Value::Obj(r) if heap.type_of(key) == TypeRef::Builtin(BuiltinType::Str) => {
            match heap.payload(r) {
                Payload::Str(s) => Some(s.hash()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `d.get(key)` when neither hashing `key` nor telling keys apart needs
/// Python code (`None` then): the value as a new reference, or `None` if
/// absent.
fn get_item_native(heap: &mut Heap, d: ObjRef, key: Value) -> Option<Option<Value>> {
    let h = native_hash(heap, key)?;
    let Payload::Dict(t) = heap.payload(d) else {
        return None;
    };
    let value = match t.lookup(key, h, 0, &mut |a, b| native_eq(heap, a, b)) {
        DictLookup::Found(ix) => t.entry(ix)?.value,
        DictLookup::Absent => return Some(None),
        DictLookup::Compare { .. } => return None,
    };
    heap.incref(value);
    Some(Some(value))
}

/// `d.get(key)`: the value as a new reference, or `None` if absent.
pub fn get_item(rt: &mut dyn Runtime, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
    if let Some(found) = get_item_native(rt.heap(), d, key) {
        return Ok(found);
    }
    let h = hash(rt, key)?;
    let Some(ix) = lookup(rt, d, key, h)? else {
        return Ok(None);
    };
    let value = table(rt.heap(), d)?.entry(ix).map(|e| e.value);
    if let Some(v) = value {
        rt.heap().incref(v);
    }
    Ok(value)
}

/// `d[key]`, raising `KeyError(key)` when absent.
pub fn subscript(rt: &mut dyn Runtime, d: ObjRef, key: Value) -> PyResult<Value> {
    match get_item(rt, d, key)? {
        Some(v) => Ok(v),
        None => {
            rt.heap().incref(key);
            Err(PyErr::KeyError(key))
        }
    }
}

/// `d[key] = value` (both borrowed) with `key`'s hash given, when
/// telling keys apart needs no Python code: the entry number now holding
/// the key. `None` (nothing done) when a comparison must call `__eq__`
/// or `d` is not a dict.
pub fn set_item_native(
    heap: &mut Heap,
    d: ObjRef,
    key: Value,
    hash: i64,
    value: Value,
) -> Option<usize> {
    let Payload::Dict(t) = heap.payload(d) else {
        return None;
    };
    let found = t.lookup(key, hash, 0, &mut |a, b| native_eq(heap, a, b));
    match found {
        DictLookup::Found(ix) => {
            heap.incref(value);
            let old = table_mut(heap, d)
                .ok()?
                .entry_mut(ix)
                .map(|e| std::mem::replace(&mut e.value, value));
            if let Some(old) = old {
                heap.decref(old);
            }
            Some(ix)
        }
        DictLookup::Absent => {
            heap.incref(value);
            heap.incref(key);
            let t = table_mut(heap, d).ok()?;
            t.push(hash, key, value);
            Some(t.positions() - 1)
        }
        DictLookup::Compare { .. } => None,
    }
}

/// `d[key] = value`.
pub fn set_item(rt: &mut dyn Runtime, d: ObjRef, key: Value, value: Value) -> PyResult<()> {
    let heap = rt.heap();
    if let Some(h) = native_hash(heap, key) {
        if set_item_native(heap, d, key, h, value).is_some() {
            return Ok(());
        }
    }
    let h = hash(rt, key)?;
    let found = lookup(rt, d, key, h)?;
    let heap = rt.heap();
    heap.incref(value);
    match found {
        Some(ix) => {
            let old = table_mut(heap, d)?
                .entry_mut(ix)
                .map(|e| std::mem::replace(&mut e.value, value));
            if let Some(old) = old {
                heap.decref(old);
            }
        }
        None => {
            heap.incref(key);
            table_mut(heap, d)?.push(h, key, value);
        }
    }
    Ok(())
}

/// `del d[key]`, raising `KeyError(key)` when absent.
pub fn del_item(rt: &mut dyn Runtime, d: ObjRef, key: Value) -> PyResult<()> {
    let h = hash(rt, key)?;
    let Some(ix) = lookup(rt, d, key, h)? else {
        rt.heap().incref(key);
        return Err(PyErr::KeyError(key));
    };
    let heap = rt.heap();
    if let Some(e) = table_mut(heap, d)?.remove(ix) {
        heap.decref(e.key);
        heap.decref(e.value);
    }
    Ok(())
}

/// `a == b` for two dicts: same length and every key of `a` maps to an
/// equal value in `b`. `depth` is how deeply nested this comparison is in
/// the one that started it: the values compare one level deeper, so a dict
/// that holds itself raises `RecursionError` instead of overflowing the
/// Rust stack.
pub fn dict_eq(rt: &mut dyn Runtime, a: Value, b: Value, depth: usize) -> PyResult<bool> {
    let (Some(ra), Some(rb)) = (a.as_obj(), b.as_obj()) else {
        return Ok(false);
    };
    let heap = rt.heap();
    if table(heap, ra)?.len() != table(heap, rb)?.len() {
        return Ok(false);
    }
    let pairs: Vec<(Value, Value)> = table(heap, ra)?
        .iter()
        .map(|(_, e)| (e.key, e.value))
        .collect();
    for &(k, v) in &pairs {
        heap.incref(k);
        heap.incref(v);
    }
    let mut result = Ok(true);
    for &(k, v) in &pairs {
        let other = match get_item(rt, rb, k) {
            Ok(o) => o,
            Err(e) => {
                result = Err(e);
                break;
            }
        };
        let same = match other {
            None => Ok(false),
            Some(o) => {
                let r = crate::ops::eq_nested(rt, v, o, depth);
                rt.heap().decref(o);
                r
            }
        };
        match same {
            Ok(true) => {}
            other => {
                result = other;
                break;
            }
        }
    }
    let heap = rt.heap();
    for &(k, v) in &pairs {
        heap.decref(k);
        heap.decref(v);
    }
    result
}
