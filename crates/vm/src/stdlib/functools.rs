//! The `_functools` module: the parts of `functools` that run on every
//! call, natively — `reduce` and the `partial` class. The rest of
//! `functools` is Python (`crates/vm/lib/functools.py`), which imports
//! these.
//!
//! A `partial` instance keeps `func`, `args` (a tuple) and `keywords` (a
//! dict) in its `__dict__`, which is where Python reads them as
//! attributes (see [`crate::stdlib::native_class`]).
//!
//! Invariants:
//! - `partial(partial(f, a), b)` is flattened into `partial(f, a, b)`
//!   (keywords merged, the outer ones winning), as CPython does, so
//!   calling it is a single call of `f`.

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::define;
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{field, make_class, module_class, new_instance, receiver};

/// `functools.reduce(function, iterable[, initial])`.
fn functools_reduce(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("reduce() takes no keyword arguments"));
    }
    let (func, iterable, initial) = match args {
        [f, it] => (*f, *it, None),
        [f, it, init] => (*f, *it, Some(*init)),
        _ if args.len() < 2 => {
            return Err(PyErr::type_error(format!(
                "reduce expected at least 2 arguments, got {}",
                args.len()
            )));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "reduce expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if !interp.is_iterable(iterable) {
        return Err(PyErr::type_error("reduce() arg 2 must support iteration"));
    }
    let it = interp.get_iter(iterable)?;
    let mut total = initial;
    if let Some(v) = total {
        interp.heap.incref(v);
    }
    let result = loop {
        let item = match interp.next(it) {
            Ok(Some(item)) => item,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        match total {
            None => total = Some(item),
            Some(so_far) => {
                let r = interp.call(func, &[so_far, item], &[]);
                interp.heap.decref(so_far);
                interp.heap.decref(item);
                match r {
                    Ok(v) => total = Some(v),
                    Err(e) => {
                        total = None;
                        break Err(e);
                    }
                }
            }
        }
    };
    interp.heap.decref(it);
    if let Err(e) = result {
        if let Some(v) = total {
            interp.heap.decref(v);
        }
        return Err(e);
    }
    total.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

/// Whether `v` is a partial whose `__dict__` holds only its three fields
/// (CPython flattens a partial only when it has no `__dict__`).
fn is_plain_partial(interp: &mut Interpreter, v: Value) -> PyResult<bool> {
    let partial = module_class(interp, "_functools", "partial")?;
    let Some(class) = partial.as_obj() else {
        return Ok(false);
    };
    if !interp.is_instance(v, class) {
        return Ok(false);
    }
    Ok(match interp.instance_dict(v) {
        Some(dict) => interp.len(dict)? == 3,
        None => false,
    })
}

/// The (key, value) pairs of a dict, borrowed.
fn dict_pairs(interp: &mut Interpreter, dict: Value) -> Vec<(Value, Value)> {
    let items = pyrite_objects::ops::iterate_builtin(interp, dict).unwrap_or_default();
    let mut pairs = Vec::with_capacity(items.len());
    for key in items {
        let value = dict.as_obj().and_then(|d| {
            pyrite_objects::types::dict::get_item(interp, d, key)
                .ok()
                .flatten()
        });
        if let Some(v) = value {
            // The dict keeps its own reference.
            interp.heap.decref(v);
            pairs.push((key, v));
        }
        interp.heap.decref(key);
    }
    pairs
}

/// `partial.__new__(cls, func, /, *args, **keywords)`.
fn partial_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let npos = rest.len() - kwnames.len().min(rest.len());
    let Some(&func) = rest[..npos].first() else {
        return Err(PyErr::type_error(
            "type 'partial' takes at least one argument",
        ));
    };
    if !crate::builtins::is_callable(interp, func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let mut target = func;
    let mut bound: Vec<Value> = Vec::new();
    let keywords = interp.heap.new_dict();
    // Flatten a partial (of any partial class) that has no attributes of
    // its own beyond the three fields: its arguments come first, its
    // keywords are overridden by ours.
    if is_plain_partial(interp, func)? {
        let inner_func = field(interp, func, "func")?;
        let inner_args = field(interp, func, "args")?;
        let inner_keywords = field(interp, func, "keywords")?;
        target = inner_func;
        bound.extend(interp.tuple_items(inner_args));
        for (k, v) in dict_pairs(interp, inner_keywords) {
            if let Some(d) = keywords.as_obj() {
                pyrite_objects::types::dict::set_item(interp, d, k, v)?;
            }
        }
    }
    bound.extend_from_slice(&rest[1..npos]);
    for (k, v) in kwnames.iter().zip(&rest[npos..]) {
        if let Some(d) = keywords.as_obj() {
            pyrite_objects::types::dict::set_item(interp, d, *k, *v)?;
        }
    }
    for v in &bound {
        interp.heap.incref(*v);
    }
    let args_tuple = interp.heap.new_tuple(bound);
    let obj = new_instance(
        interp,
        cls,
        &[
            ("func", target),
            ("args", args_tuple),
            ("keywords", keywords),
        ],
    );
    interp.heap.decref(args_tuple);
    interp.heap.decref(keywords);
    Ok(obj)
}

/// `partial.__call__(self, /, *args, **keywords)`.
fn partial_call(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, rest) = receiver(args);
    let func = field(interp, me, "func")?;
    let bound = field(interp, me, "args")?;
    let keywords = field(interp, me, "keywords")?;
    let npos = rest.len() - kwnames.len().min(rest.len());
    let mut all = interp.tuple_items(bound);
    all.extend_from_slice(&rest[..npos]);
    let stored = dict_pairs(interp, keywords);
    if stored.is_empty() {
        all.extend_from_slice(&rest[npos..]);
        interp.heap.incref(func);
        let r = interp.call(func, &all, kwnames);
        interp.heap.decref(func);
        return r;
    }
    // Stored keywords first, then the call's, a call keyword replacing a
    // stored one of the same name.
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for (k, v) in stored {
        let overridden = kwnames.iter().any(|n| {
            interp.heap.str_of(*n).is_some() && interp.heap.str_of(*n) == interp.heap.str_of(k)
        });
        if !overridden {
            names.push(k);
            values.push(v);
        }
    }
    names.extend_from_slice(kwnames);
    values.extend_from_slice(&rest[npos..]);
    all.extend(values);
    interp.heap.incref(func);
    let r = interp.call(func, &all, &names);
    interp.heap.decref(func);
    r
}

/// `repr(partial)`: `functools.partial(func, *args, **keywords)`.
fn partial_repr(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let func = field(interp, me, "func")?;
    let bound = field(interp, me, "args")?;
    let keywords = field(interp, me, "keywords")?;
    let mut parts = vec![interp.repr(func)?];
    for v in interp.tuple_items(bound) {
        parts.push(interp.repr(v)?);
    }
    for (k, v) in dict_pairs(interp, keywords) {
        let key = interp.str_of(k)?;
        parts.push(format!("{key}={}", interp.repr(v)?));
    }
    let qualname = match interp.heap.type_of(me) {
        pyrite_objects::TypeRef::Heap(c) => interp.class_name(c),
        _ => "partial".to_string(),
    };
    let name = if qualname == "partial" {
        "functools.partial".to_string()
    } else {
        qualname
    };
    let text = format!("{name}({})", parts.join(", "));
    Ok(interp.heap.new_str(text))
}

/// The `_functools` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_functools", |interp, dict| {
        define(interp, dict, "reduce", functools_reduce);
        make_class(
            interp,
            dict,
            "functools",
            "partial",
            Some(partial_new),
            &[("__call__", partial_call), ("__repr__", partial_repr)],
        );
        Ok(())
    })
}
