//! `dict` operations over the [`DictTable`]: lookups that may call a
//! user `__eq__`, insertion, deletion, equality.
//!
//! Ownership: keys and values passed in are borrowed (the dict takes its
//! own references); values returned are new references.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::ops::{eq, hash, native_eq};
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::dict_table::{DictLookup, DictTable};
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

/// `d.get(key)`: the value as a new reference, or `None` if absent.
pub fn get_item(rt: &mut dyn Runtime, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
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

/// `d[key] = value`.
pub fn set_item(rt: &mut dyn Runtime, d: ObjRef, key: Value, value: Value) -> PyResult<()> {
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
/// equal value in `b`.
pub fn dict_eq(rt: &mut dyn Runtime, a: Value, b: Value) -> PyResult<bool> {
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
                let r = eq(rt, v, o);
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
