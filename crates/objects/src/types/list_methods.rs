//! The methods of `list` and `tuple`, as tables of plain functions.

use crate::error::{PyErr, PyResult};
use crate::heap::Payload;
use crate::methods::{Args, MethodTable, index_arg, no_args};
use crate::ops::{eq, repr, type_name};
use crate::runtime::Runtime;
use crate::types::list::PyList;
use crate::value::{ObjRef, Value};

/// `list`'s methods.
pub const LIST_METHODS: MethodTable = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("reverse", list_reverse),
    ("sort", list_sort),
    ("copy", list_copy),
    ("clear", list_clear),
];

/// `tuple`'s methods.
pub const TUPLE_METHODS: MethodTable = &[("index", tuple_index), ("count", tuple_count)];

fn list_ref(rt: &mut dyn Runtime, v: Value) -> PyResult<ObjRef> {
    v.as_obj()
        .filter(|r| matches!(rt.heap().payload(*r), Payload::List(_)))
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'list' object"))
}

fn items_mut(rt: &mut dyn Runtime, r: ObjRef) -> &mut PyList {
    match rt.heap().payload_mut(r) {
        Payload::List(items) => items,
        _ => unreachable!("list_ref checked that the object is a list"),
    }
}

/// A snapshot of a list's or tuple's items, each held by a new reference.
fn held_items(rt: &mut dyn Runtime, v: Value) -> Vec<Value> {
    let heap = rt.heap();
    let items: Vec<Value> = match v.as_obj().map(|r| heap.payload(r)) {
        Some(Payload::List(items)) => items.to_values(),
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    for item in &items {
        heap.incref(*item);
    }
    items
}

fn release(rt: &mut dyn Runtime, items: Vec<Value>) {
    for item in items {
        rt.heap().decref(item);
    }
}

fn list_append(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("append", ["object"], 1, 1)?;
    let r = list_ref(rt, v)?;
    let x = x.unwrap_or(Value::None);
    rt.heap().incref(x);
    items_mut(rt, r).push(x);
    Ok(Value::None)
}

fn list_extend(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [it] = args.bind("extend", ["iterable"], 1, 1)?;
    let r = list_ref(rt, v)?;
    let new = crate::ops::iterate(rt, it.unwrap_or(Value::None))?;
    items_mut(rt, r).extend(new);
    Ok(Value::None)
}

fn list_insert(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    if args.positional.len() != 2 {
        return Err(PyErr::type_error(format!(
            "insert expected 2 arguments, got {}",
            args.positional.len()
        )));
    }
    let r = list_ref(rt, v)?;
    let i = index_arg(rt.heap(), args.positional[0])?;
    let x = args.positional[1];
    rt.heap().incref(x);
    let items = items_mut(rt, r);
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(pos as usize, x);
    Ok(Value::None)
}

fn list_pop(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [i] = args.bind("pop", ["index"], 0, 1)?;
    let r = list_ref(rt, v)?;
    let i = match i {
        Some(i) => index_arg(rt.heap(), i)?,
        None => -1,
    };
    let items = items_mut(rt, r);
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let pos = if i < 0 { i + n } else { i };
    if pos < 0 || pos >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    items
        .remove(pos as usize)
        .ok_or_else(|| PyErr::index_error("pop index out of range"))
}

/// The position of the first item equal to `x` in `items[start..stop]`.
fn position(
    rt: &mut dyn Runtime,
    items: &[Value],
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if eq(rt, *item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("remove", ["value"], 1, 1)?;
    let r = list_ref(rt, v)?;
    let items = held_items(rt, v);
    let found = position(rt, &items, x.unwrap_or(Value::None), 0, items.len());
    release(rt, items);
    match found? {
        Some(i) => {
            if let Some(old) = items_mut(rt, r).remove(i) {
                rt.heap().decref(old);
            }
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

fn index_impl(rt: &mut dyn Runtime, v: Value, args: Args<'_>, tuple: bool) -> PyResult<Value> {
    let [x, start, stop] = args.bind("index", ["value", "start", "stop"], 1, 3)?;
    let x = x.unwrap_or(Value::None);
    let items = held_items(rt, v);
    let n = items.len() as i64;
    let bound = |rt: &mut dyn Runtime, b: Option<Value>, default: i64| -> PyResult<usize> {
        let i = match b {
            Some(b) => clamped_index(rt, b)?,
            None => default,
        };
        Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
    };
    let range = bound(rt, start, 0).and_then(|s| Ok((s, bound(rt, stop, n)?)));
    let found = range.and_then(|(s, e)| position(rt, &items, x, s, e));
    release(rt, items);
    match found? {
        Some(i) => Ok(Value::Int(i as i64)),
        None if tuple => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
        None => {
            let shown = repr(rt, x)?;
            Err(PyErr::value_error(format!("{shown} is not in list")))
        }
    }
}

/// A `start`/`stop` bound of `index()`: an int (or an object with
/// `__index__`), clamped to the `i64` range as CPython clamps slice
/// indices to `Py_ssize_t`, so bounds far beyond any length just mean
/// "the end".
fn clamped_index(rt: &mut dyn Runtime, v: Value) -> PyResult<i64> {
    use crate::types::int::Int;
    let clamp = |i: Int| match i {
        Int::Small(i) => i,
        Int::Big(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        Int::Big(_) => i64::MAX,
    };
    if let Some(i) = Int::from_value(rt.heap(), v) {
        return Ok(clamp(i));
    }
    let not_index =
        || PyErr::type_error("slice indices must be integers or have an __index__ method");
    let method = match rt.getattr(v, "__index__") {
        Ok(m) => m,
        Err(e) if e.kind() == Some(crate::ExcKind::AttributeError) => return Err(not_index()),
        Err(e) => return Err(e),
    };
    let result = rt.call(method, &[]);
    rt.heap().decref(method);
    let result = result?;
    let int = Int::from_value(rt.heap(), result);
    let shown = crate::ops::type_name(rt.heap(), result);
    rt.heap().decref(result);
    int.map(clamp)
        .ok_or_else(|| PyErr::type_error(format!("__index__ returned non-int (type {shown})")))
}

fn list_index(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    list_ref(rt, v)?;
    index_impl(rt, v, args, false)
}

fn tuple_index(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    index_impl(rt, v, args, true)
}

fn count_impl(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("count", ["value"], 1, 1)?;
    let x = x.unwrap_or(Value::None);
    let items = held_items(rt, v);
    let mut n = 0;
    let mut result = Ok(());
    for item in &items {
        match eq(rt, *item, x) {
            Ok(true) => n += 1,
            Ok(false) => {}
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    release(rt, items);
    result.map(|()| Value::Int(n))
}

fn list_count(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    list_ref(rt, v)?;
    count_impl(rt, v, args)
}

fn tuple_count(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    count_impl(rt, v, args)
}

fn list_reverse(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "list.reverse")?;
    let r = list_ref(rt, v)?;
    items_mut(rt, r).reverse();
    Ok(Value::None)
}

fn list_copy(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "list.copy")?;
    list_ref(rt, v)?;
    let items = held_items(rt, v);
    Ok(rt.heap().new_list(items))
}

fn list_clear(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "list.clear")?;
    let r = list_ref(rt, v)?;
    let old = items_mut(rt, r).take();
    release(rt, old);
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`.
fn list_sort(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    if !args.positional.is_empty() {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = args.bind("sort", ["key", "reverse"], 0, 0)?;
    let r = list_ref(rt, v)?;
    let reverse = match reverse {
        Some(x) => match x {
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(rt.heap(), other)
                )));
            }
        },
        None => false,
    };
    // Small ints compare without calling Python code and equal ones are
    // indistinguishable, so a list of them is sorted in place.
    if matches!(key, None | Some(Value::None)) && items_mut(rt, r).sort_ints(reverse) {
        return Ok(Value::None);
    }
    // The list is empty while it is being sorted, so Python code run by
    // the comparisons or the key function sees (and can detect) that.
    let items = items_mut(rt, r).take();
    let keys: PyResult<Vec<Value>> = match key {
        None | Some(Value::None) => Ok(items.clone()),
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            let mut failed = None;
            for item in &items {
                match rt.call(f, &[*item]) {
                    Ok(k) => keys.push(k),
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            match failed {
                Some(e) => {
                    release(rt, keys);
                    Err(e)
                }
                None => Ok(keys),
            }
        }
    };
    let (sorted, owned_keys) = match keys {
        Ok(keys) => {
            let perm = crate::types::list_sort::sorted_permutation(rt, &keys, reverse);
            let owned = key.is_some_and(|k| k != Value::None).then_some(keys);
            (
                perm.map(|p| p.into_iter().map(|i| items[i]).collect::<Vec<_>>()),
                owned,
            )
        }
        Err(e) => (Err(e), None),
    };
    if let Some(keys) = owned_keys {
        release(rt, keys);
    }
    let modified = !items_mut(rt, r).is_empty();
    let (result, restored) = match sorted {
        Ok(s) => (Ok(Value::None), s),
        Err(e) => (Err(e), items),
    };
    let during = items_mut(rt, r).set_values(restored);
    release(rt, during);
    if modified && result.is_ok() {
        return Err(PyErr::value_error("list modified during sort"));
    }
    result
}
