//! The methods of `dict`, as a table of plain functions.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::Payload;
use crate::methods::{Args, MethodTable, no_args};
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::dict::{del_item, get_item, set_item, table};
use crate::types::dict_table::DictTable;
use crate::value::{ObjRef, Value};

/// `dict`'s methods.
pub const DICT_METHODS: MethodTable = &[
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
];

fn dict_ref(rt: &mut dyn Runtime, v: Value) -> PyResult<ObjRef> {
    v.as_obj()
        .filter(|r| matches!(rt.heap().payload(*r), Payload::Dict(_)))
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'dict' object"))
}

fn table_mut(rt: &mut dyn Runtime, r: ObjRef) -> &mut DictTable {
    match rt.heap().payload_mut(r) {
        Payload::Dict(t) => t,
        _ => unreachable!("dict_ref checked that the object is a dict"),
    }
}

fn two_args(args: &Args<'_>, name: &str, min: usize) -> PyResult<(Value, Option<Value>)> {
    let n = args.positional.len();
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    if n < min || n > 2 {
        let what = if n < min { "at least" } else { "at most" };
        let count = if n < min { min } else { 2 };
        let plural = if count == 1 { "argument" } else { "arguments" };
        return Err(PyErr::type_error(format!(
            "{name} expected {what} {count} {plural}, got {n}"
        )));
    }
    Ok((args.positional[0], args.positional.get(1).copied()))
}

fn dict_get(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (key, default) = two_args(&args, "get", 1)?;
    let r = dict_ref(rt, v)?;
    match get_item(rt, r, key)? {
        Some(x) => Ok(x),
        None => {
            let d = default.unwrap_or(Value::None);
            rt.heap().incref(d);
            Ok(d)
        }
    }
}

fn dict_setdefault(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (key, default) = two_args(&args, "setdefault", 1)?;
    let r = dict_ref(rt, v)?;
    if let Some(x) = get_item(rt, r, key)? {
        return Ok(x);
    }
    let d = default.unwrap_or(Value::None);
    set_item(rt, r, key, d)?;
    rt.heap().incref(d);
    Ok(d)
}

fn dict_pop(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (key, default) = two_args(&args, "pop", 1)?;
    let r = dict_ref(rt, v)?;
    match get_item(rt, r, key)? {
        Some(x) => {
            del_item(rt, r, key)?;
            Ok(x)
        }
        None => match default {
            Some(d) => {
                rt.heap().incref(d);
                Ok(d)
            }
            None => {
                rt.heap().incref(key);
                Err(PyErr::KeyError(key))
            }
        },
    }
}

fn dict_popitem(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "dict.popitem")?;
    let r = dict_ref(rt, v)?;
    let e = table_mut(rt, r)
        .pop_last()
        .ok_or_else(|| PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty"))?;
    Ok(rt.heap().new_tuple(vec![e.key, e.value]))
}

/// `d.update(other)` for a dict or an iterable of pairs, then keywords.
fn dict_update(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let r = dict_ref(rt, v)?;
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "update expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    if let Some(&other) = args.positional.first() {
        merge_from(rt, r, other)?;
    }
    for (name, value) in args.keywords {
        let k = rt.heap().new_str(*name);
        let result = set_item(rt, r, k, *value);
        rt.heap().decref(k);
        result?;
    }
    Ok(Value::None)
}

/// Add every pair of `other` (a dict, a mapping with `keys()`, or an
/// iterable of 2-sequences).
pub fn merge_from(rt: &mut dyn Runtime, r: ObjRef, other: Value) -> PyResult<()> {
    let is_dict = matches!(
        other.as_obj().map(|o| rt.heap().payload(o)),
        Some(Payload::Dict(_))
    );
    if !is_dict {
        if let Some(pairs) = rt.mapping_pairs(other) {
            let pairs = pairs?;
            let result = insert_pairs(rt, r, &pairs);
            for (k, x) in pairs {
                rt.heap().decref(k);
                rt.heap().decref(x);
            }
            return result;
        }
    }
    let heap = rt.heap();
    let pairs: Vec<(Value, Value)> = match other.as_obj().map(|o| heap.payload(o)) {
        Some(Payload::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
        _ => {
            let items = crate::ops::iterate(rt, other)?;
            let mut pairs = Vec::new();
            let mut failed = None;
            for (i, item) in items.iter().enumerate() {
                let heap = rt.heap();
                let elems: Option<Vec<Value>> = match item.as_obj().map(|o| heap.payload(o)) {
                    Some(Payload::Tuple(t)) => Some(t.to_vec()),
                    Some(Payload::List(l)) => Some(l.to_values()),
                    _ => None,
                };
                match elems {
                    Some(e) if e.len() == 2 => pairs.push((e[0], e[1])),
                    Some(e) => {
                        failed = Some(PyErr::value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            e.len()
                        )));
                        break;
                    }
                    None => {
                        failed = Some(PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                        break;
                    }
                }
            }
            // The pairs' contents are held by the items, held until the end.
            let result = match failed {
                Some(e) => Err(e),
                None => insert_pairs(rt, r, &pairs),
            };
            for item in items {
                rt.heap().decref(item);
            }
            return result;
        }
    };
    for (k, x) in &pairs {
        heap.incref(*k);
        heap.incref(*x);
    }
    let result = insert_pairs(rt, r, &pairs);
    for (k, x) in pairs {
        rt.heap().decref(k);
        rt.heap().decref(x);
    }
    result
}

fn insert_pairs(rt: &mut dyn Runtime, r: ObjRef, pairs: &[(Value, Value)]) -> PyResult<()> {
    for (k, x) in pairs {
        set_item(rt, r, *k, *x)?;
    }
    Ok(())
}

fn dict_copy(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "dict.copy")?;
    let r = dict_ref(rt, v)?;
    let heap = rt.heap();
    let copy = table(heap, r)?.clone();
    copy.for_each_value(&mut |x| {
        if let Value::Obj(o) = x {
            heap.incref_obj(*o);
        }
    });
    Ok(heap.alloc_builtin(BuiltinType::Dict, Payload::Dict(copy)))
}

fn dict_clear(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "dict.clear")?;
    let r = dict_ref(rt, v)?;
    let old = table_mut(rt, r).clear();
    for e in old {
        rt.heap().decref(e.key);
        rt.heap().decref(e.value);
    }
    Ok(Value::None)
}
