//! `islice`, `groupby` (with its `_grouper`s) and `tee` (with its `_tee`
//! iterators).
//!
//! Fields:
//! - islice: `_it` (`None` once done); `_next`, the position of the next
//!   item to produce; `_stop` (`None`: no end); `_step`; `_count`, how
//!   many items were taken from `_it`.
//! - groupby: `_it`, `_key`; the current item `_value` with `_has_value`
//!   and its key `_current` with `_has_current`; `_target`, the key of the
//!   group being produced, with `_has_target`; `_group`, a number that
//!   grows with each new group, so an older `_grouper` knows it is stale.
//! - _grouper: `_parent`, `_target`, `_group`.
//! - _tee: `_block` and `_index`. The items read from the shared source
//!   live in a chain of blocks, each a list `[source, next block or None,
//!   item, item, …]` of at most [`BLOCK_ITEMS`] items; every `_tee` of a
//!   family points into the chain, and a block is freed once no `_tee`
//!   needs it.

use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::{ClassSpec, flag, keyword_args, positional_args, ssize, stop};
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{
    field, make_class, module_class, new_instance, put_field, receiver, set_field,
};

pub(super) const CLASSES: &[ClassSpec] = &[
    ("islice", islice_new, &[("__next__", islice_next)]),
    ("groupby", groupby_new, &[("__next__", groupby_next)]),
];

/// The classes made by other objects, not called by users: `_grouper`
/// and `_tee`; and the function `tee`.
pub(super) fn install(interp: &mut Interpreter, dict: Value) {
    let grouper = make_class(
        interp,
        dict,
        "itertools",
        "_grouper",
        Some(refuse_new),
        &[("__next__", grouper_next)],
    );
    let tee_class = make_class(
        interp,
        dict,
        "itertools",
        "_tee",
        Some(tee_object_new),
        &[("__next__", tee_next), ("__copy__", tee_copy)],
    );
    for class in [grouper, tee_class] {
        interp.add_method(
            class,
            "__iter__",
            crate::builtins::NativeKind::VmMethod(super::iter_self),
        );
    }
    crate::builtins::define(interp, dict, "tee", tee);
}

fn refuse_new(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (cls, _) = receiver(args);
    Err(PyErr::type_error(format!(
        "cannot create 'itertools.{}' instances",
        cls.as_obj()
            .map(|c| interp.class_name(c))
            .unwrap_or_default()
    )))
}

/// An islice bound: `None` or a non-negative integer; `-1` for `None`,
/// `None` for anything else.
fn bound(interp: &mut Interpreter, v: Value) -> Option<i64> {
    if v == Value::None {
        return Some(-1);
    }
    let is_index = matches!(v, Value::Int(_) | Value::Bool(_))
        || interp.user_special(v, "__index__").is_some();
    if !is_index {
        return None;
    }
    match ssize(interp, v) {
        Ok(n) => Some(n),
        Err(e) => {
            interp.drop_error(e);
            None
        }
    }
}

const STOP_ERROR: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn islice_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let rest = positional_args("islice", rest, kwnames, 2, 4)?;
    let (start, stop, step) = match rest {
        [_, stop] => {
            let s = bound(interp, *stop).filter(|s| *s != -1 || *stop == Value::None);
            let Some(s) = s else {
                return Err(PyErr::value_error(STOP_ERROR));
            };
            (0, s, 1)
        }
        [_, start, stop, more @ ..] => {
            let a = bound(interp, *start).map_or(-1, |a| if *start == Value::None { 0 } else { a });
            let s = bound(interp, *stop).filter(|s| *s != -1 || *stop == Value::None);
            let Some(s) = s else {
                return Err(PyErr::value_error(STOP_ERROR));
            };
            let step = match more.first() {
                None | Some(Value::None) => 1,
                Some(v) => bound(interp, *v).unwrap_or(-1),
            };
            (a, s, step)
        }
        _ => return Err(PyErr::type_error("islice expected at least 2 arguments")),
    };
    if start < 0 || stop < -1 {
        return Err(PyErr::value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if step < 1 {
        return Err(PyErr::value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = interp.get_iter(rest[0])?;
    let stop = if stop == -1 {
        Value::None
    } else {
        Value::Int(stop)
    };
    let obj = new_instance(
        interp,
        cls,
        &[
            ("_it", it),
            ("_next", Value::Int(start)),
            ("_stop", stop),
            ("_step", Value::Int(step)),
            ("_count", Value::Int(0)),
        ],
    );
    interp.heap.decref(it);
    Ok(obj)
}

fn int_field(interp: &mut Interpreter, me: Value, name: &str) -> PyResult<i64> {
    Ok(match field(interp, me, name)? {
        Value::Int(n) => n,
        _ => -1,
    })
}

fn islice_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let it = field(interp, me, "_it")?;
    if it == Value::None {
        return Err(stop(interp));
    }
    let next = int_field(interp, me, "_next")?;
    let stop_at = int_field(interp, me, "_stop")?;
    let step = int_field(interp, me, "_step")?;
    let mut count = int_field(interp, me, "_count")?;
    let finish = |interp: &mut Interpreter, count: i64| {
        set_field(interp, me, "_it", Value::None);
        set_field(interp, me, "_count", Value::Int(count));
        Err(stop(interp))
    };
    while count < next {
        match interp.next(it) {
            Ok(Some(skipped)) => {
                interp.heap.decref(skipped);
                count += 1;
            }
            Ok(None) => return finish(interp, count),
            Err(e) => {
                set_field(interp, me, "_count", Value::Int(count));
                return Err(e);
            }
        }
    }
    if stop_at != -1 && count >= stop_at {
        return finish(interp, count);
    }
    let item = match interp.next(it) {
        Ok(Some(item)) => item,
        Ok(None) => return finish(interp, count),
        Err(e) => {
            set_field(interp, me, "_count", Value::Int(count));
            return Err(e);
        }
    };
    count += 1;
    let mut following = next.saturating_add(step);
    if stop_at != -1 && following > stop_at {
        following = stop_at;
    }
    set_field(interp, me, "_count", Value::Int(count));
    set_field(interp, me, "_next", Value::Int(following));
    Ok(item)
}

fn groupby_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let bound = keyword_args(interp, "groupby", rest, kwnames, &["iterable", "key"], 1)?;
    let it = interp.get_iter(bound[0].unwrap_or(Value::None))?;
    let key = bound[1].unwrap_or(Value::None);
    let no = Value::Bool(false);
    let obj = new_instance(
        interp,
        cls,
        &[
            ("_it", it),
            ("_key", key),
            ("_value", Value::None),
            ("_has_value", no),
            ("_current", Value::None),
            ("_has_current", no),
            ("_target", Value::None),
            ("_has_target", no),
            ("_group", Value::Int(0)),
        ],
    );
    interp.heap.decref(it);
    Ok(obj)
}

/// Reads the next item of a groupby and its key into `_value` and
/// `_current`; the end of the groupby raises `StopIteration`.
fn groupby_step(interp: &mut Interpreter, me: Value) -> PyResult<()> {
    let it = field(interp, me, "_it")?;
    let item = super::next_or_stop(interp, it)?;
    let key = field(interp, me, "_key")?;
    let item_key = if key == Value::None {
        interp.heap.incref(item);
        item
    } else {
        match interp.call(key, &[item], &[]) {
            Ok(k) => k,
            Err(e) => {
                interp.heap.decref(item);
                return Err(e);
            }
        }
    };
    put_field(interp, me, "_value", item);
    set_field(interp, me, "_has_value", Value::Bool(true));
    put_field(interp, me, "_current", item_key);
    set_field(interp, me, "_has_current", Value::Bool(true));
    Ok(())
}

fn groupby_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let group = int_field(interp, me, "_group")? + 1;
    set_field(interp, me, "_group", Value::Int(group));
    // Skip what is left of the current group.
    loop {
        if flag(field(interp, me, "_has_current")?) {
            if !flag(field(interp, me, "_has_target")?) {
                break;
            }
            let target = field(interp, me, "_target")?;
            let current = field(interp, me, "_current")?;
            if !interp.equal(target, current)? {
                break;
            }
        }
        groupby_step(interp, me)?;
    }
    let current = field(interp, me, "_current")?;
    set_field(interp, me, "_target", current);
    set_field(interp, me, "_has_target", Value::Bool(true));
    let grouper_class = module_class(interp, "itertools", "_grouper")?;
    let grouper = new_instance(
        interp,
        grouper_class,
        &[
            ("_parent", me),
            ("_target", current),
            ("_group", Value::Int(group)),
        ],
    );
    interp.heap.incref(current);
    Ok(interp.heap.new_tuple(vec![current, grouper]))
}

fn grouper_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let parent = field(interp, me, "_parent")?;
    if int_field(interp, me, "_group")? != int_field(interp, parent, "_group")? {
        return Err(stop(interp));
    }
    if !flag(field(interp, parent, "_has_value")?) {
        groupby_step(interp, parent)?;
    }
    let target = field(interp, me, "_target")?;
    let current = field(interp, parent, "_current")?;
    if !interp.equal(target, current)? {
        return Err(stop(interp));
    }
    let value = field(interp, parent, "_value")?;
    interp.heap.incref(value);
    set_field(interp, parent, "_value", Value::None);
    set_field(interp, parent, "_has_value", Value::Bool(false));
    set_field(interp, parent, "_current", Value::None);
    set_field(interp, parent, "_has_current", Value::Bool(false));
    Ok(value)
}

/// How many items a `_tee` block holds (CPython's `LINKCELLS`).
const BLOCK_ITEMS: usize = 57;

/// The first two slots of a block: the source iterator and the next block.
const BLOCK_HEADER: usize = 2;

fn new_block(interp: &mut Interpreter, source: Value) -> Value {
    interp.heap.incref(source);
    interp.heap.new_list(vec![source, Value::None])
}

/// `_tee(iterable)`: a single tee over `iterable`.
fn tee_object_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let [iterable] = positional_args("_tee", rest, kwnames, 1, 1)? else {
        return Err(PyErr::type_error("_tee expected 1 argument"));
    };
    let it = interp.get_iter(*iterable)?;
    if is_tee(interp, it)? {
        let copy = copy_tee(interp, it);
        interp.heap.decref(it);
        return copy;
    }
    let block = new_block(interp, it);
    interp.heap.decref(it);
    let obj = new_instance(interp, cls, &[("_block", block), ("_index", Value::Int(0))]);
    interp.heap.decref(block);
    Ok(obj)
}

fn is_tee(interp: &mut Interpreter, v: Value) -> PyResult<bool> {
    let class = module_class(interp, "itertools", "_tee")?;
    Ok(class.as_obj().is_some_and(|c| interp.is_instance(v, c)))
}

/// A new `_tee` at the same position as `tee` (a new reference).
fn copy_tee(interp: &mut Interpreter, tee: Value) -> PyResult<Value> {
    let block = field(interp, tee, "_block")?;
    let index = field(interp, tee, "_index")?;
    let class = module_class(interp, "itertools", "_tee")?;
    Ok(new_instance(
        interp,
        class,
        &[("_block", block), ("_index", index)],
    ))
}

fn tee_copy(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    copy_tee(interp, me)
}

/// The slots of a block list, borrowed.
fn block_slots(interp: &Interpreter, block: Value) -> Vec<Value> {
    match block.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(items)) => items.to_values(),
        _ => Vec::new(),
    }
}

fn tee_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let mut block = field(interp, me, "_block")?;
    let mut index = int_field(interp, me, "_index")?.max(0) as usize;
    if index >= BLOCK_ITEMS {
        // Move to the next block, making it if this tee is the first there.
        let slots = block_slots(interp, block);
        let next = match slots.get(1) {
            Some(next) if *next != Value::None => {
                interp.heap.incref(*next);
                *next
            }
            _ => {
                let source = slots.first().copied().unwrap_or(Value::None);
                let next = new_block(interp, source);
                if let Some(Payload::List(items)) =
                    block.as_obj().map(|r| interp.heap.payload_mut(r))
                {
                    if let Some(old) = items.replace(1, next) {
                        interp.heap.decref(old);
                    }
                }
                interp.heap.incref(next);
                next
            }
        };
        put_field(interp, me, "_block", next);
        block = next;
        index = 0;
    }
    let slots = block_slots(interp, block);
    let item = match slots.get(BLOCK_HEADER + index) {
        Some(item) => {
            interp.heap.incref(*item);
            *item
        }
        None => {
            let source = slots.first().copied().unwrap_or(Value::None);
            let item = super::next_or_stop(interp, source)?;
            if let Some(Payload::List(items)) = block.as_obj().map(|r| interp.heap.payload_mut(r)) {
                items.push(item);
            }
            interp.heap.incref(item);
            item
        }
    };
    set_field(interp, me, "_index", Value::Int(index as i64 + 1));
    Ok(item)
}

/// `tee(iterable, n=2)`: `n` independent iterators over one iterable.
fn tee(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = positional_args("tee", args, kwnames, 1, 2)?;
    let n = match args.get(1) {
        Some(n) => ssize(interp, *n)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::value_error("n must be >= 0"));
    }
    let it = interp.get_iter(args[0])?;
    let mut tees = Vec::with_capacity(n as usize);
    if n > 0 {
        // An iterator that is already a tee is used as it is.
        let first = if is_tee(interp, it)? {
            interp.heap.incref(it);
            Ok(it)
        } else {
            let class = module_class(interp, "itertools", "_tee")?;
            tee_object_new(interp, &[class, it], &[])
        };
        let first = match first {
            Ok(f) => f,
            Err(e) => {
                interp.heap.decref(it);
                return Err(e);
            }
        };
        tees.push(first);
        for _ in 1..n {
            tees.push(copy_tee(interp, first)?);
        }
    }
    interp.heap.decref(it);
    Ok(interp.heap.new_tuple(tees))
}
