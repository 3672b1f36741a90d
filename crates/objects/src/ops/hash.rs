//! `hash(v)` for any value.

use super::type_name;
use crate::error::{PyErr, PyResult};
use crate::hash::{
    bigint_hash, bytes_hash, complex_hash, float_hash, frozenset_hash, int_hash, pointer_hash,
    tuple_hash,
};
use crate::heap::Payload;
use crate::runtime::Runtime;
use crate::types::{BuiltinType, base_type};
use crate::value::Value;

/// `hash(v)`, raising `TypeError: unhashable type: 'list'` for mutable
/// built-ins.
pub fn hash(rt: &mut dyn Runtime, v: Value) -> PyResult<i64> {
    if rt.heap().is_subclass_instance(v) {
        return rt.user_hash(v);
    }
    hash_builtin(rt, v)
}

/// The built-in type's hash of `v`'s payload (`str.__hash__` for an
/// instance of a `str` subclass).
pub fn hash_builtin(rt: &mut dyn Runtime, v: Value) -> PyResult<i64> {
    let heap = rt.heap();
    let r = match v {
        Value::Bool(b) => return Ok(b as i64),
        Value::Int(i) => return Ok(int_hash(i)),
        Value::Float(f) => return Ok(float_hash(f).unwrap_or_else(|| pointer_hash(heap.id(v)))),
        Value::None | Value::NotImplemented | Value::Ellipsis => {
            return Ok(pointer_hash(heap.id(v)));
        }
        Value::Obj(r) => r,
    };
    let items: Vec<Value> = match heap.payload(r) {
        Payload::Int(b) => return Ok(bigint_hash(b)),
        Payload::Float(f) => {
            return Ok(float_hash(*f).unwrap_or_else(|| pointer_hash(heap.id(v))));
        }
        Payload::Complex { real, imag } => {
            return Ok(complex_hash(*real, *imag).unwrap_or_else(|| pointer_hash(heap.id(v))));
        }
        Payload::Str(s) => return Ok(s.hash()),
        Payload::Bytes(b) => return Ok(bytes_hash(b)),
        Payload::Tuple(items) => items.to_vec(),
        Payload::Set(table) if base_type(heap, v) == Some(BuiltinType::FrozenSet) => {
            let hashes: Vec<i64> = table.entries().map(|(h, _)| h).collect();
            return Ok(frozenset_hash(&hashes));
        }
        Payload::Range { .. } => return crate::types::range::range_hash(rt, r),
        Payload::Instance { .. } | Payload::Interp(_) => return rt.user_hash(v),
        Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::ByteArray(_)
        | Payload::Slice { .. } => {
            return Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                type_name(heap, v)
            )));
        }
        // A weakref hashes as its target, which must still be alive.
        Payload::Weakref { target, .. } => {
            let Some(t) = *target else {
                return Err(PyErr::type_error("weak object has gone away"));
            };
            return hash(rt, Value::Obj(t));
        }
        Payload::Cell(_) | Payload::Cleared => {
            return Ok(pointer_hash(heap.id(v)));
        }
    };
    for item in &items {
        rt.heap().incref(*item);
    }
    let mut hashes = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for item in &items {
        match hash(rt, *item) {
            Ok(h) => hashes.push(h),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    for item in &items {
        rt.heap().decref(*item);
    }
    result.map(|()| tuple_hash(&hashes))
}
