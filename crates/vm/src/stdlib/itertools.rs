//! The `itertools` module: lazy iterator classes, as CPython 3.11's
//! `itertoolsmodule.c` defines them.
//!
//! Every iterator is an instance of a native class (see
//! [`crate::stdlib::native_class`]) whose `__next__` does one step and
//! whose state lives in the instance's fields, so nothing is computed
//! before it is asked for. The classes are grouped by kind:
//! `itertools/infinite.rs` (count, cycle, repeat), `itertools/filters.rs`
//! (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
//! starmap, pairwise, zip_longest), `itertools/slicing.rs` (islice,
//! groupby, tee) and `itertools/combinatoric.rs` (product, permutations,
//! combinations, combinations_with_replacement).
//!
//! Invariants:
//! - An exhausted iterator stays exhausted: it drops its source
//!   iterators, and later calls raise `StopIteration` at once.
//! - Argument errors carry CPython's wording, which differs between the
//!   functions CPython parses with keywords and those it parses
//!   positionally ([`keyword_args`], [`positional_args`]).

use pyrite_objects::types::list::Items;
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::builtins::NativeFn;
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{Method, make_class};

mod combinatoric;
mod filters;
mod infinite;
mod slicing;

/// A class of the module: its name, `__new__` and methods (`__iter__` is
/// added to every one).
pub(super) type ClassSpec = (&'static str, NativeFn, &'static [Method]);

/// The `itertools` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "itertools", |interp, dict| {
        for (name, new, methods) in infinite::CLASSES
            .iter()
            .chain(filters::CLASSES)
            .chain(slicing::CLASSES)
            .chain(combinatoric::CLASSES)
        {
            let class = make_class(interp, dict, "itertools", name, Some(*new), methods);
            interp.add_method(
                class,
                "__iter__",
                crate::builtins::NativeKind::VmMethod(iter_self),
            );
        }
        filters::install(interp, dict);
        slicing::install(interp, dict);
        Ok(())
    })
}

/// `__iter__` of every iterator: the iterator itself.
fn iter_self(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let me = args.first().copied().unwrap_or(Value::None);
    interp.heap.incref(me);
    Ok(me)
}

/// `StopIteration()`, the end of an iterator.
pub(super) fn stop(interp: &mut Interpreter) -> PyErr {
    let class = interp.classes.exc[&ExcKind::StopIteration];
    PyErr::Raised(interp.new_exception(class, &[]))
}

/// The next item of `it` (owned), or the end of the calling iterator.
pub(super) fn next_or_stop(interp: &mut Interpreter, it: Value) -> PyResult<Value> {
    match interp.next(it)? {
        Some(v) => Ok(v),
        None => Err(stop(interp)),
    }
}

/// The arguments of a function CPython parses with keywords (Argument
/// Clinic): the first `required` of `names` must be given, by position or
/// name. Values are borrowed.
pub(super) fn keyword_args(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    for k in kwnames {
        let key = interp.heap.str_of(*k).unwrap_or("");
        if !names.contains(&key) {
            return Err(PyErr::type_error(format!(
                "'{key}' is an invalid keyword argument for {func}()"
            )));
        }
    }
    crate::builtins::bind(interp, func, args, kwnames, names, required)
}

/// The arguments of a function CPython parses positionally: between `min`
/// and `max` of them, no keywords.
pub(super) fn positional_args<'a>(
    func: &str,
    args: &'a [Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "{func}() takes no keyword arguments"
        )));
    }
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    let n = args.len();
    if min == max && n != min {
        return Err(PyErr::type_error(format!(
            "{func} expected {min} {}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(PyErr::type_error(format!(
            "{func} expected at least {min} {}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(PyErr::type_error(format!(
            "{func} expected at most {max} {}, got {n}",
            plural(max)
        )));
    }
    Ok(args)
}

/// The items of a list or tuple field as machine integers.
pub(super) fn int_items(interp: &Interpreter, v: Value) -> Vec<i64> {
    let items = match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(items)) => items.items(),
        Some(Payload::Tuple(items)) => Items::Values(items),
        _ => Items::Values(&[]),
    };
    items
        .iter()
        .map(|v| match v {
            Value::Int(i) => i,
            _ => 0,
        })
        .collect()
}

/// A new list of machine integers (a new reference).
pub(super) fn int_list(interp: &mut Interpreter, items: &[i64]) -> Value {
    let values = items.iter().map(|i| Value::Int(*i)).collect();
    interp.heap.new_list(values)
}

/// An integer argument as CPython's `PyNumber_AsSsize_t` reads it.
pub(super) fn ssize(interp: &mut Interpreter, v: Value) -> PyResult<i64> {
    super::math::to_int(interp, v)?
        .to_i64()
        .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))
}

/// A `bool` field's value.
pub(super) fn flag(v: Value) -> bool {
    v == Value::Bool(true)
}
