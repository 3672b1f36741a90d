//! The `gc` module: the interface to the heap's cycle collector
//! (`pyrite_objects::heap::gc`): `collect`, `enable`/`disable`,
//! the allocation counts and thresholds that trigger automatic
//! collections, and the object graph (`get_referents`, `get_referrers`,
//! `get_objects`).
//!
//! Invariants:
//! - `collect()` also runs the `__del__` methods of garbage it queued, then
//!   collects again, so an explicit collection frees cycles with
//!   finalisers as CPython's does; the count it returns covers both passes.
//! - The `callbacks` list is called with `("start", info)` and
//!   `("stop", info)` around an explicit collection; `garbage` stays empty
//!   (the collector can always break a cycle, as CPython 3.4+ can).

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{NativeFn, bind, define, no_keywords};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", gc_collect),
    ("enable", gc_enable),
    ("disable", gc_disable),
    ("isenabled", gc_isenabled),
    ("get_count", gc_get_count),
    ("get_threshold", gc_get_threshold),
    ("set_threshold", gc_set_threshold),
    ("get_referents", gc_get_referents),
    ("get_referrers", gc_get_referrers),
    ("get_objects", gc_get_objects),
];

/// The `gc` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "gc", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        for name in ["garbage", "callbacks"] {
            let list = interp.heap.new_list(Vec::new());
            interp.dict_set_str(dict, name, list);
            interp.heap.decref(list);
        }
        Ok(())
    })
}

/// A list attribute of the `gc` module (a new reference).
fn module_list(interp: &mut Interpreter, name: &str) -> PyResult<Value> {
    let m = module(interp)?;
    let dict = interp.module_dict(m);
    let v = interp.dict_get_str(dict, name);
    interp.heap.decref(m);
    v.ok_or_else(|| {
        PyErr::new(
            pyrite_objects::ExcKind::AttributeError,
            format!("module 'gc' has no attribute '{name}'"),
        )
    })
}

/// `gc.collect(generation=2)`.
fn gc_collect(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(interp, "collect", args, kwnames, &["generation"], 0)?;
    let generation = match bound[0] {
        Some(v) => super::args::int_arg(interp, v)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(PyErr::value_error("invalid generation"));
    }
    run_callbacks(interp, "start", generation, None)?;
    let mut collected = interp.heap.collect_generation(generation as usize);
    if interp.heap.has_pending_finalisers() {
        interp.run_finalisers();
        collected += interp.heap.collect_generation(generation as usize);
    }
    run_callbacks(interp, "stop", generation, Some(collected))?;
    Ok(Value::Int(collected as i64))
}

/// Call every function in `gc.callbacks` with `(phase, info)`.
fn run_callbacks(
    interp: &mut Interpreter,
    phase: &str,
    generation: i64,
    collected: Option<usize>,
) -> PyResult<()> {
    let callbacks = module_list(interp, "callbacks")?;
    let items: Vec<Value> = callbacks
        .as_obj()
        .and_then(|r| interp.heap.list_items(r))
        .map(|l| l.to_values())
        .unwrap_or_default();
    interp.heap.decref(callbacks);
    if items.is_empty() {
        return Ok(());
    }
    let info = interp.heap.new_dict();
    interp.dict_set_str(info, "generation", Value::Int(generation));
    let collected = collected.unwrap_or(0) as i64;
    interp.dict_set_str(info, "collected", Value::Int(collected));
    interp.dict_set_str(info, "uncollectable", Value::Int(0));
    let phase = interp.heap.new_str(phase);
    for f in &items {
        interp.heap.incref(*f);
    }
    let mut result = Ok(());
    for f in &items {
        if result.is_ok() {
            result = interp
                .call(*f, &[phase, info], &[])
                .map(|v| interp.heap.decref(v));
        }
        interp.heap.decref(*f);
    }
    interp.heap.decref(phase);
    interp.heap.decref(info);
    result
}

fn gc_enable(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    bind(interp, "enable", args, kwnames, &[], 0)?;
    interp.heap.gc_enable();
    Ok(Value::None)
}

fn gc_disable(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    bind(interp, "disable", args, kwnames, &[], 0)?;
    interp.heap.gc_disable();
    Ok(Value::None)
}

fn gc_isenabled(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    bind(interp, "isenabled", args, kwnames, &[], 0)?;
    Ok(Value::Bool(interp.heap.gc_is_enabled()))
}

fn gc_get_count(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    bind(interp, "get_count", args, kwnames, &[], 0)?;
    let (a, b, c) = interp.heap.gc_count();
    let items = [a, b, c].map(|n| Value::Int(n as i64)).to_vec();
    Ok(interp.heap.new_tuple(items))
}

fn gc_get_threshold(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    bind(interp, "get_threshold", args, kwnames, &[], 0)?;
    let items = interp
        .heap
        .gc_threshold()
        .map(|n| Value::Int(n as i64))
        .to_vec();
    Ok(interp.heap.new_tuple(items))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`: thresholds
/// not given keep their values.
fn gc_set_threshold(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_keywords("set_threshold", kwnames)?;
    if args.is_empty() {
        return Err(PyErr::type_error(
            "set_threshold() takes at least 1 argument (0 given)",
        ));
    }
    if args.len() > 3 {
        return Err(PyErr::type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let mut thresholds = interp.heap.gc_threshold();
    for (slot, v) in thresholds.iter_mut().zip(args) {
        let n = super::args::int_arg(interp, *v)?;
        *slot = n.max(0) as usize;
    }
    interp.heap.gc_set_threshold(thresholds);
    Ok(Value::None)
}

/// A new list of the borrowed objects `refs`.
fn list_of(interp: &mut Interpreter, refs: Vec<pyrite_objects::ObjRef>) -> Value {
    let items: Vec<Value> = refs
        .into_iter()
        .map(|r| {
            interp.heap.incref_obj(r);
            Value::Obj(r)
        })
        .collect();
    interp.heap.new_list(items)
}

/// `gc.get_referents(*objs)`: the objects each one refers to.
fn gc_get_referents(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_keywords("get_referents", kwnames)?;
    let mut refs = Vec::new();
    for v in args {
        refs.extend(interp.heap.referents(*v));
    }
    Ok(list_of(interp, refs))
}

/// `gc.get_referrers(*objs)`: the live objects referring to any of them.
fn gc_get_referrers(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_keywords("get_referrers", kwnames)?;
    let mut refs = Vec::new();
    for v in args {
        if let Value::Obj(target) = v {
            for r in interp.heap.referrers(*target) {
                if !refs.contains(&r) {
                    refs.push(r);
                }
            }
        }
    }
    Ok(list_of(interp, refs))
}

/// `gc.get_objects(generation=None)`: the objects the collector tracks.
fn gc_get_objects(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(interp, "get_objects", args, kwnames, &["generation"], 0)?;
    let generation = match bound[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = super::args::int_arg(interp, v)?;
            if g >= 3 {
                return Err(PyErr::value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < 0 {
                return Err(PyErr::value_error(
                    "generation parameter cannot be negative",
                ));
            }
            Some(g as usize)
        }
    };
    let refs = interp.heap.tracked_objects(generation);
    Ok(list_of(interp, refs))
}
