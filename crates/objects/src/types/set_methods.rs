//! The methods of `set` and `frozenset`, as tables of plain functions.

use crate::error::{PyErr, PyResult};
use crate::heap::Payload;
use crate::methods::{Args, MethodTable, no_args};
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::set::{self};
use crate::types::set_algebra;
use crate::value::{ObjRef, Value};

/// `set`'s methods.
pub const SET_METHODS: MethodTable = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

/// `frozenset`'s methods: the ones that do not mutate.
pub const FROZENSET_METHODS: MethodTable = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

fn set_ref(rt: &mut dyn Runtime, v: Value) -> PyResult<(ObjRef, bool)> {
    let heap = rt.heap();
    let r = v
        .as_obj()
        .filter(|r| matches!(heap.payload(*r), Payload::Set(_)))
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'set' object"))?;
    Ok((r, super::base_type(heap, v) == Some(BuiltinType::FrozenSet)))
}

fn one_arg(args: &Args<'_>, name: &str) -> PyResult<Value> {
    let [x] = args.bind(name, ["object"], 1, 1)?;
    Ok(x.unwrap_or(Value::None))
}

fn set_add(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "add")?;
    let (r, _) = set_ref(rt, v)?;
    set::add(rt, r, x)?;
    Ok(Value::None)
}

fn set_discard(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "discard")?;
    let (r, _) = set_ref(rt, v)?;
    set::discard(rt, r, x)?;
    Ok(Value::None)
}

fn set_remove(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "remove")?;
    let (r, _) = set_ref(rt, v)?;
    set::remove(rt, r, x)?;
    Ok(Value::None)
}

fn set_pop(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "set.pop")?;
    let (r, _) = set_ref(rt, v)?;
    set::pop(rt, r)
}

fn set_clear(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "set.clear")?;
    let (r, _) = set_ref(rt, v)?;
    let old = match rt.heap().payload_mut(r) {
        Payload::Set(t) => t.clear(),
        _ => Vec::new(),
    };
    for k in old {
        rt.heap().decref(k);
    }
    Ok(Value::None)
}

fn set_copy(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "set.copy")?;
    let (r, frozen) = set_ref(rt, v)?;
    if frozen {
        rt.heap().incref(v);
        return Ok(v);
    }
    Ok(Value::Obj(set_algebra::copy(rt, r)?))
}

fn set_update(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (r, _) = set_ref(rt, v)?;
    for other in args.positional {
        set_algebra::update(rt, r, *other)?;
    }
    Ok(Value::None)
}

fn set_difference_update(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (r, _) = set_ref(rt, v)?;
    for other in args.positional {
        set_algebra::difference_update(rt, r, *other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (r, _) = set_ref(rt, v)?;
    let new = set_algebra::intersection_multi(rt, r, args.positional)?;
    replace_contents(rt, r, new);
    Ok(Value::None)
}

fn set_symmetric_difference_update(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
) -> PyResult<Value> {
    let other = one_arg(&args, "symmetric_difference_update")?;
    let (r, _) = set_ref(rt, v)?;
    let new = set_algebra::symmetric_difference(rt, r, other)?;
    replace_contents(rt, r, new);
    Ok(Value::None)
}

/// Give the set `s` the contents of the new set `new` (an owned reference,
/// released here): the in-place operators computed out of place.
pub fn replace_contents(rt: &mut dyn Runtime, s: ObjRef, new: Value) {
    let heap = rt.heap();
    let Some(n) = new.as_obj() else { return };
    let table = match heap.payload_mut(n) {
        Payload::Set(t) => std::mem::take(t),
        _ => return,
    };
    let old = match heap.payload_mut(s) {
        Payload::Set(t) => std::mem::replace(t, table),
        _ => table,
    };
    let keys: Vec<Value> = old.entries().map(|(_, k)| k).collect();
    drop(old);
    for k in keys {
        heap.decref(k);
    }
    heap.decref(new);
}

fn set_union(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (r, _) = set_ref(rt, v)?;
    set_algebra::union(rt, r, args.positional)
}

/// The other operand as a set: itself if it is one, else a new set.
fn as_set(rt: &mut dyn Runtime, other: Value) -> PyResult<ObjRef> {
    if let Some(o) = other
        .as_obj()
        .filter(|o| matches!(rt.heap().payload(*o), Payload::Set(_)))
    {
        rt.heap().incref_obj(o);
        return Ok(o);
    }
    let new = rt.heap().new_empty_set(false);
    if let Err(e) = set_algebra::update(rt, new, other) {
        rt.heap().decref_obj(new);
        return Err(e);
    }
    Ok(new)
}

fn set_intersection(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (r, _) = set_ref(rt, v)?;
    set_algebra::intersection_multi(rt, r, args.positional)
}

fn set_difference(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (r, _) = set_ref(rt, v)?;
    set_algebra::difference_multi(rt, r, args.positional)
}

fn set_symmetric_difference(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let other = one_arg(&args, "symmetric_difference")?;
    let (r, _) = set_ref(rt, v)?;
    set_algebra::symmetric_difference(rt, r, other)
}

fn relation(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    op: crate::ops::CmpOp,
) -> PyResult<Value> {
    let other = one_arg(&args, name)?;
    let (r, _) = set_ref(rt, v)?;
    let o = as_set(rt, other)?;
    let result = set::set_compare(rt, op, r, o);
    rt.heap().decref_obj(o);
    result.map(Value::Bool)
}

fn set_issubset(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    relation(rt, v, args, "issubset", crate::ops::CmpOp::Le)
}

fn set_issuperset(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    relation(rt, v, args, "issuperset", crate::ops::CmpOp::Ge)
}

fn set_isdisjoint(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let other = one_arg(&args, "isdisjoint")?;
    let (r, _) = set_ref(rt, v)?;
    let common = set_algebra::intersection(rt, r, other)?;
    let empty = crate::ops::sequence::len(rt.heap(), common)? == 0;
    rt.heap().decref(common);
    Ok(Value::Bool(empty))
}
