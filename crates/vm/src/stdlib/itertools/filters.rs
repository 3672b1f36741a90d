//! Iterators over other iterators: `accumulate`, `chain`, `compress`,
//! `dropwhile`, `takewhile`, `filterfalse`, `starmap`, `pairwise` and
//! `zip_longest`.
//!
//! Fields:
//! - accumulate: `_it`, `_func`, `_total` with `_has_total`, `_initial`.
//! - chain: `_source`, the iterator of iterables (`None` when used up);
//!   `_active`, the iterator being drained (or `None`).
//! - compress: `_data`, `_selectors`.
//! - dropwhile / takewhile: `_pred`, `_it`, and `_dropping` / `_done`.
//! - filterfalse / starmap: `_func`, `_it`.
//! - pairwise: `_it` (`None` once exhausted), `_old` with `_has_old`.
//! - zip_longest: `_its`, a list of iterators (`None` for exhausted ones);
//!   `_active`, how many are not; `_fill`.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::{ClassSpec, flag, keyword_args, next_or_stop, positional_args, stop};
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{field, new_instance, put_field, receiver, set_field};

pub(super) const CLASSES: &[ClassSpec] = &[
    (
        "accumulate",
        accumulate_new,
        &[("__next__", accumulate_next)],
    ),
    ("chain", chain_new, &[("__next__", chain_next)]),
    ("compress", compress_new, &[("__next__", compress_next)]),
    ("dropwhile", dropwhile_new, &[("__next__", dropwhile_next)]),
    ("takewhile", takewhile_new, &[("__next__", takewhile_next)]),
    (
        "filterfalse",
        filterfalse_new,
        &[("__next__", filterfalse_next)],
    ),
    ("starmap", starmap_new, &[("__next__", starmap_next)]),
    ("pairwise", pairwise_new, &[("__next__", pairwise_next)]),
    (
        "zip_longest",
        zip_longest_new,
        &[("__next__", zip_longest_next)],
    ),
];

/// Adds `chain.from_iterable`, a class method.
pub(super) fn install(interp: &mut Interpreter, dict: Value) {
    let Some(chain) = interp.dict_get_str(dict, "chain") else {
        return;
    };
    let Some(class) = chain.as_obj() else {
        interp.heap.decref(chain);
        return;
    };
    interp.add_method(
        class,
        "from_iterable",
        crate::builtins::NativeKind::Function(chain_from_iterable),
    );
    let class_dict = crate::class::class_data(&interp.heap, chain).map_or(Value::None, |c| c.dict);
    if let Some(f) = interp.dict_get_str(class_dict, "from_iterable") {
        let method = interp.new_interp("classmethod", InterpObject::ClassMethod(f));
        interp.dict_set_str(class_dict, "from_iterable", method);
        interp.heap.decref(method);
    }
    interp.heap.decref(chain);
}

/// Makes an instance of `cls` whose fields are owned values handed over.
fn new_owning(interp: &mut Interpreter, cls: Value, fields: &[(&str, Value)]) -> Value {
    let obj = new_instance(interp, cls, fields);
    for (_, v) in fields {
        interp.heap.decref(*v);
    }
    obj
}

fn accumulate_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let bound = keyword_args(
        interp,
        "accumulate",
        rest,
        kwnames,
        &["iterable", "func", "initial"],
        1,
    )?;
    let it = interp.get_iter(bound[0].unwrap_or(Value::None))?;
    let func = bound[1].unwrap_or(Value::None);
    let initial = bound[2].unwrap_or(Value::None);
    interp.heap.incref(func);
    interp.heap.incref(initial);
    Ok(new_owning(
        interp,
        cls,
        &[
            ("_it", it),
            ("_func", func),
            ("_total", Value::None),
            ("_has_total", Value::Bool(false)),
            ("_initial", initial),
        ],
    ))
}

fn accumulate_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let initial = field(interp, me, "_initial")?;
    if initial != Value::None {
        interp.heap.incref(initial);
        set_field(interp, me, "_total", initial);
        set_field(interp, me, "_has_total", Value::Bool(true));
        set_field(interp, me, "_initial", Value::None);
        return Ok(initial);
    }
    let it = field(interp, me, "_it")?;
    let item = next_or_stop(interp, it)?;
    if !flag(field(interp, me, "_has_total")?) {
        set_field(interp, me, "_total", item);
        set_field(interp, me, "_has_total", Value::Bool(true));
        return Ok(item);
    }
    let total = field(interp, me, "_total")?;
    let func = field(interp, me, "_func")?;
    let new_total = if func == Value::None {
        interp.binary_op(0, total, item)
    } else {
        interp.call(func, &[total, item], &[])
    };
    interp.heap.decref(item);
    let new_total = new_total?;
    set_field(interp, me, "_total", new_total);
    Ok(new_total)
}

fn chain_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("chain() takes no keyword arguments"));
    }
    for v in rest {
        interp.heap.incref(*v);
    }
    let iterables = interp.heap.new_tuple(rest.to_vec());
    let source = interp.get_iter(iterables);
    interp.heap.decref(iterables);
    let source = source?;
    Ok(new_owning(
        interp,
        cls,
        &[("_source", source), ("_active", Value::None)],
    ))
}

/// `chain.from_iterable(iterable)`: the iterables come from `iterable`,
/// one at a time.
fn chain_from_iterable(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(
            "chain.from_iterable() takes no keyword arguments",
        ));
    }
    let [iterable] = rest else {
        return Err(PyErr::type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let source = interp.get_iter(*iterable)?;
    Ok(new_owning(
        interp,
        cls,
        &[("_source", source), ("_active", Value::None)],
    ))
}

fn chain_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    loop {
        let active = field(interp, me, "_active")?;
        if active != Value::None {
            match interp.next(active)? {
                Some(v) => return Ok(v),
                None => {
                    set_field(interp, me, "_active", Value::None);
                    continue;
                }
            }
        }
        let source = field(interp, me, "_source")?;
        if source == Value::None {
            return Err(stop(interp));
        }
        let Some(iterable) = interp.next(source)? else {
            set_field(interp, me, "_source", Value::None);
            return Err(stop(interp));
        };
        let it = interp.get_iter(iterable);
        interp.heap.decref(iterable);
        put_field(interp, me, "_active", it?);
    }
}

fn compress_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let bound = keyword_args(interp, "compress", rest, kwnames, &["data", "selectors"], 2)?;
    let data = interp.get_iter(bound[0].unwrap_or(Value::None))?;
    let selectors = match interp.get_iter(bound[1].unwrap_or(Value::None)) {
        Ok(s) => s,
        Err(e) => {
            interp.heap.decref(data);
            return Err(e);
        }
    };
    Ok(new_owning(
        interp,
        cls,
        &[("_data", data), ("_selectors", selectors)],
    ))
}

fn compress_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let data = field(interp, me, "_data")?;
    let selectors = field(interp, me, "_selectors")?;
    loop {
        let item = next_or_stop(interp, data)?;
        let selector = match next_or_stop(interp, selectors) {
            Ok(s) => s,
            Err(e) => {
                interp.heap.decref(item);
                return Err(e);
            }
        };
        let keep = interp.truthy(selector);
        interp.heap.decref(selector);
        match keep {
            Ok(true) => return Ok(item),
            Ok(false) => interp.heap.decref(item),
            Err(e) => {
                interp.heap.decref(item);
                return Err(e);
            }
        }
    }
}

/// `(predicate, iterable)` of the predicate-driven iterators.
fn predicate_and_iterator(
    interp: &mut Interpreter,
    func: &str,
    rest: &[Value],
    kwnames: &[Value],
) -> PyResult<(Value, Value)> {
    let [pred, iterable] = positional_args(func, rest, kwnames, 2, 2)? else {
        return Err(PyErr::type_error(format!("{func} expected 2 arguments")));
    };
    let it = interp.get_iter(*iterable)?;
    interp.heap.incref(*pred);
    Ok((*pred, it))
}

/// `pred(item)` (or `item` itself when `pred` is `None`) as a truth value.
fn test(interp: &mut Interpreter, pred: Value, item: Value) -> PyResult<bool> {
    if pred == Value::None {
        return interp.truthy(item);
    }
    let r = interp.call(pred, &[item], &[])?;
    let t = interp.truthy(r);
    interp.heap.decref(r);
    t
}

fn dropwhile_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let (pred, it) = predicate_and_iterator(interp, "dropwhile", rest, kwnames)?;
    Ok(new_owning(
        interp,
        cls,
        &[
            ("_pred", pred),
            ("_it", it),
            ("_dropping", Value::Bool(true)),
        ],
    ))
}

fn dropwhile_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let it = field(interp, me, "_it")?;
    loop {
        let item = next_or_stop(interp, it)?;
        if !flag(field(interp, me, "_dropping")?) {
            return Ok(item);
        }
        let pred = field(interp, me, "_pred")?;
        match test(interp, pred, item) {
            Ok(true) => interp.heap.decref(item),
            Ok(false) => {
                set_field(interp, me, "_dropping", Value::Bool(false));
                return Ok(item);
            }
            Err(e) => {
                interp.heap.decref(item);
                return Err(e);
            }
        }
    }
}

fn takewhile_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let (pred, it) = predicate_and_iterator(interp, "takewhile", rest, kwnames)?;
    Ok(new_owning(
        interp,
        cls,
        &[("_pred", pred), ("_it", it), ("_done", Value::Bool(false))],
    ))
}

fn takewhile_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    if flag(field(interp, me, "_done")?) {
        return Err(stop(interp));
    }
    let it = field(interp, me, "_it")?;
    let item = next_or_stop(interp, it)?;
    let pred = field(interp, me, "_pred")?;
    match test(interp, pred, item) {
        Ok(true) => Ok(item),
        Ok(false) => {
            interp.heap.decref(item);
            set_field(interp, me, "_done", Value::Bool(true));
            Err(stop(interp))
        }
        Err(e) => {
            interp.heap.decref(item);
            Err(e)
        }
    }
}

fn filterfalse_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let (func, it) = predicate_and_iterator(interp, "filterfalse", rest, kwnames)?;
    Ok(new_owning(interp, cls, &[("_func", func), ("_it", it)]))
}

fn filterfalse_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let it = field(interp, me, "_it")?;
    let func = field(interp, me, "_func")?;
    loop {
        let item = next_or_stop(interp, it)?;
        match test(interp, func, item) {
            Ok(false) => return Ok(item),
            Ok(true) => interp.heap.decref(item),
            Err(e) => {
                interp.heap.decref(item);
                return Err(e);
            }
        }
    }
}

fn starmap_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let (func, it) = predicate_and_iterator(interp, "starmap", rest, kwnames)?;
    Ok(new_owning(interp, cls, &[("_func", func), ("_it", it)]))
}

fn starmap_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let it = field(interp, me, "_it")?;
    let func = field(interp, me, "_func")?;
    let item = next_or_stop(interp, it)?;
    let call_args = interp.iterate(item);
    interp.heap.decref(item);
    let call_args = call_args?;
    let r = interp.call(func, &call_args, &[]);
    interp.release(call_args);
    r
}

fn pairwise_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let [iterable] = positional_args("pairwise", rest, kwnames, 1, 1)? else {
        return Err(PyErr::type_error("pairwise expected 1 argument"));
    };
    let it = interp.get_iter(*iterable)?;
    Ok(new_owning(
        interp,
        cls,
        &[
            ("_it", it),
            ("_old", Value::None),
            ("_has_old", Value::Bool(false)),
        ],
    ))
}

fn pairwise_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let it = field(interp, me, "_it")?;
    if it == Value::None {
        return Err(stop(interp));
    }
    // The iterator's `__next__` may call this pairwise again and drop its
    // `_it` or `_old`: both are held while Python code runs, as CPython
    // holds them.
    interp.heap.incref(it);
    let r = pairwise_step(interp, me, it);
    interp.heap.decref(it);
    r
}

fn pairwise_step(interp: &mut Interpreter, me: Value, it: Value) -> PyResult<Value> {
    if !flag(field(interp, me, "_has_old")?) {
        match interp.next(it)? {
            Some(first) => {
                put_field(interp, me, "_old", first);
                set_field(interp, me, "_has_old", Value::Bool(true));
            }
            None => {
                set_field(interp, me, "_it", Value::None);
                return Err(stop(interp));
            }
        }
        if field(interp, me, "_it")? == Value::None {
            set_field(interp, me, "_old", Value::None);
            set_field(interp, me, "_has_old", Value::Bool(false));
            return Err(stop(interp));
        }
    }
    let old = field(interp, me, "_old")?;
    interp.heap.incref(old);
    let new = match interp.next(it) {
        Ok(Some(new)) => new,
        Ok(None) => {
            interp.heap.decref(old);
            set_field(interp, me, "_it", Value::None);
            set_field(interp, me, "_old", Value::None);
            set_field(interp, me, "_has_old", Value::Bool(false));
            return Err(stop(interp));
        }
        Err(e) => {
            interp.heap.decref(old);
            return Err(e);
        }
    };
    interp.heap.incref(new);
    let pair = interp.heap.new_tuple(vec![old, new]);
    put_field(interp, me, "_old", new);
    set_field(interp, me, "_has_old", Value::Bool(true));
    Ok(pair)
}

fn zip_longest_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let npos = rest.len() - kwnames.len().min(rest.len());
    let mut fill = Value::None;
    for (k, v) in kwnames.iter().zip(&rest[npos..]) {
        if interp.heap.str_of(*k) == Some("fillvalue") {
            fill = *v;
        } else {
            return Err(PyErr::type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
    }
    let mut its = Vec::with_capacity(npos);
    for iterable in &rest[..npos] {
        match interp.get_iter(*iterable) {
            Ok(it) => its.push(it),
            Err(e) => {
                interp.release(its);
                return Err(e);
            }
        }
    }
    let active = Value::Int(its.len() as i64);
    let list = interp.heap.new_list(its);
    interp.heap.incref(fill);
    Ok(new_owning(
        interp,
        cls,
        &[("_its", list), ("_active", active), ("_fill", fill)],
    ))
}

fn zip_longest_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let mut active = match field(interp, me, "_active")? {
        Value::Int(n) => n,
        _ => 0,
    };
    if active == 0 {
        return Err(stop(interp));
    }
    let list = field(interp, me, "_its")?;
    let fill = field(interp, me, "_fill")?;
    let its: Vec<Value> = match list.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(items)) => items.to_values(),
        _ => Vec::new(),
    };
    let mut row = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        let item = if *it == Value::None {
            None
        } else {
            match interp.next(*it) {
                Ok(item) => item,
                Err(e) => {
                    interp.release(row);
                    return Err(e);
                }
            }
        };
        match item {
            Some(v) => row.push(v),
            None => {
                if *it != Value::None {
                    active -= 1;
                    set_field(interp, me, "_active", Value::Int(active));
                    if active == 0 {
                        interp.release(row);
                        let empty = interp.heap.new_list(Vec::new());
                        put_field(interp, me, "_its", empty);
                        return Err(stop(interp));
                    }
                    if let Some(Payload::List(items)) =
                        list.as_obj().map(|r| interp.heap.payload_mut(r))
                    {
                        if let Some(old) = items.replace(i, Value::None) {
                            interp.heap.decref(old);
                        }
                    }
                }
                interp.heap.incref(fill);
                row.push(fill);
            }
        }
    }
    Ok(interp.heap.new_tuple(row))
}
