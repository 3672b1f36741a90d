//! The `_heapq` module: the heap operations of `heapq` in Rust, which the
//! bundled `heapq.py` imports over its own Python definitions, as
//! CPython's `heapq` does with its C accelerator.
//!
//! Invariants:
//! - The algorithms are the ones `heapq.py` spells out (and CPython's
//!   `_heapqmodule.c` uses): sifting a new item up by swaps, and sifting a
//!   removed top down to a leaf along the smaller children before sifting
//!   it up again, so the lists come out in exactly CPython's layout.
//! - Items are only compared with `<`. A comparison may run Python code;
//!   the list is re-read after each one, and if it changed size the
//!   operation stops with `RuntimeError`, never indexing out of bounds.

use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("heappush", heapq_heappush),
    ("heappop", heapq_heappop),
    ("heapify", heapq_heapify),
    ("heapreplace", heapq_heapreplace),
    ("heappushpop", heapq_heappushpop),
    ("_heappop_max", heapq_heappop_max),
    ("_heapify_max", heapq_heapify_max),
    ("_heapreplace_max", heapq_heapreplace_max),
];

/// The `_heapq` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_heapq", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

/// Which way the heap is ordered.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    /// Every item is no greater than its children.
    Min,
    /// Every item is no smaller than its children.
    Max,
}

fn one(func: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "_heapq.{func}() takes no keyword arguments"
        )));
    }
    match args {
        [v] => Ok(*v),
        _ => Err(PyErr::type_error(format!(
            "_heapq.{func}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn two(func: &str, args: &[Value], kwnames: &[Value]) -> PyResult<[Value; 2]> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "_heapq.{func}() takes no keyword arguments"
        )));
    }
    match args {
        [a, b] => Ok([*a, *b]),
        _ => Err(PyErr::type_error(format!(
            "{func} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// Checks that `heap` is a list; `what` names the argument in the error.
fn need_list(interp: &Interpreter, heap: Value, what: &str) -> PyResult<()> {
    match heap.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(_)) => Ok(()),
        _ => Err(PyErr::type_error(format!(
            "{what} must be list, not {}",
            interp.type_name(heap)
        ))),
    }
}

fn list_len(interp: &Interpreter, heap: Value) -> usize {
    match heap.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(items)) => items.len(),
        _ => 0,
    }
}

fn item(interp: &Interpreter, heap: Value, i: usize) -> Value {
    match heap.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(items)) => items.get(i).unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn swap(interp: &mut Interpreter, heap: Value, i: usize, j: usize) {
    if let Some(Payload::List(items)) = heap.as_obj().map(|r| interp.heap.payload_mut(r)) {
        if i < items.len() && j < items.len() {
            items.swap(i, j);
        }
    }
}

/// Whether heap[i] should sit above heap[j]: `heap[i] < heap[j]` for a
/// min-heap, `heap[j] < heap[i]` for a max-heap. Fails if the comparison
/// fails or changes the list's size.
fn before(
    interp: &mut Interpreter,
    heap: Value,
    i: usize,
    j: usize,
    order: Order,
) -> PyResult<bool> {
    let size = list_len(interp, heap);
    let (a, b) = match order {
        Order::Min => (item(interp, heap, i), item(interp, heap, j)),
        Order::Max => (item(interp, heap, j), item(interp, heap, i)),
    };
    // Hold both: the comparison may remove them from the list.
    interp.heap.incref(a);
    interp.heap.incref(b);
    let r = interp.rich_compare(a, b, 0);
    interp.heap.decref(a);
    interp.heap.decref(b);
    let r = r?;
    let truth = interp.truthy(r);
    interp.heap.decref(r);
    let truth = truth?;
    if list_len(interp, heap) != size {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "list changed size during iteration",
        ));
    }
    Ok(truth)
}

/// Moves the item at `pos` up towards `start` while it belongs above its
/// parent.
fn sift_up_from(
    interp: &mut Interpreter,
    heap: Value,
    start: usize,
    mut pos: usize,
    order: Order,
) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !before(interp, heap, pos, parent, order)? {
            break;
        }
        swap(interp, heap, parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the children that belong
/// higher, then up again to its place.
fn sink(interp: &mut Interpreter, heap: Value, mut pos: usize, order: Order) -> PyResult<()> {
    let end = list_len(interp, heap);
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !before(interp, heap, child, child + 1, order)? {
            child += 1;
        }
        swap(interp, heap, child, pos);
        pos = child;
    }
    sift_up_from(interp, heap, start, pos, order)
}

fn push_item(interp: &mut Interpreter, heap: Value, item: Value) {
    if let Some(Payload::List(items)) = heap.as_obj().map(|r| interp.heap.payload_mut(r)) {
        items.push(item);
        interp.heap.incref(item);
    }
}

/// Removes and returns the last item (owned), if any.
fn pop_last(interp: &mut Interpreter, heap: Value) -> Option<Value> {
    match heap.as_obj().map(|r| interp.heap.payload_mut(r)) {
        Some(Payload::List(items)) => items.pop(),
        _ => None,
    }
}

/// Replaces heap[0] with `new` (owned); returns the old top (owned).
fn replace_top(interp: &mut Interpreter, heap: Value, new: Value) -> Value {
    match heap.as_obj().map(|r| interp.heap.payload_mut(r)) {
        Some(Payload::List(items)) if !items.is_empty() => items.replace(0, new).unwrap_or(new),
        _ => new,
    }
}

fn heapq_heappush(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [heap, new] = two("heappush", args, kwnames)?;
    need_list(interp, heap, "heappush() argument 1")?;
    push_item(interp, heap, new);
    let last = list_len(interp, heap) - 1;
    sift_up_from(interp, heap, 0, last, Order::Min)?;
    Ok(Value::None)
}

fn pop(interp: &mut Interpreter, heap: Value, order: Order) -> PyResult<Value> {
    let Some(last) = pop_last(interp, heap) else {
        return Err(PyErr::index_error("index out of range"));
    };
    if list_len(interp, heap) == 0 {
        return Ok(last);
    }
    let top = replace_top(interp, heap, last);
    match sink(interp, heap, 0, order) {
        Ok(()) => Ok(top),
        Err(e) => {
            interp.heap.decref(top);
            Err(e)
        }
    }
}

fn heapq_heappop(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let heap = one("heappop", args, kwnames)?;
    need_list(interp, heap, "heappop() argument")?;
    pop(interp, heap, Order::Min)
}

fn heapq_heappop_max(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let heap = one("_heappop_max", args, kwnames)?;
    need_list(interp, heap, "_heappop_max() argument")?;
    pop(interp, heap, Order::Max)
}

fn replace(interp: &mut Interpreter, heap: Value, new: Value, order: Order) -> PyResult<Value> {
    if list_len(interp, heap) == 0 {
        return Err(PyErr::index_error("index out of range"));
    }
    interp.heap.incref(new);
    let top = replace_top(interp, heap, new);
    match sink(interp, heap, 0, order) {
        Ok(()) => Ok(top),
        Err(e) => {
            interp.heap.decref(top);
            Err(e)
        }
    }
}

fn heapq_heapreplace(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let [heap, new] = two("heapreplace", args, kwnames)?;
    need_list(interp, heap, "heapreplace() argument 1")?;
    replace(interp, heap, new, Order::Min)
}

fn heapq_heapreplace_max(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let [heap, new] = two("_heapreplace_max", args, kwnames)?;
    need_list(interp, heap, "_heapreplace_max() argument 1")?;
    replace(interp, heap, new, Order::Max)
}

fn heapq_heappushpop(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let [heap, new] = two("heappushpop", args, kwnames)?;
    need_list(interp, heap, "heappushpop() argument 1")?;
    if list_len(interp, heap) == 0 {
        interp.heap.incref(new);
        return Ok(new);
    }
    let top = item(interp, heap, 0);
    interp.heap.incref(top);
    let r = interp.rich_compare(top, new, 0);
    interp.heap.decref(top);
    let r = r?;
    let smaller = interp.truthy(r);
    interp.heap.decref(r);
    if !smaller? {
        interp.heap.incref(new);
        return Ok(new);
    }
    if list_len(interp, heap) == 0 {
        return Err(PyErr::index_error("index out of range"));
    }
    replace(interp, heap, new, Order::Min)
}

fn heapify(interp: &mut Interpreter, heap: Value, order: Order) -> PyResult<Value> {
    let n = list_len(interp, heap);
    for pos in (0..n / 2).rev() {
        sink(interp, heap, pos, order)?;
    }
    Ok(Value::None)
}

fn heapq_heapify(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let heap = one("heapify", args, kwnames)?;
    need_list(interp, heap, "heapify() argument")?;
    heapify(interp, heap, Order::Min)
}

fn heapq_heapify_max(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let heap = one("_heapify_max", args, kwnames)?;
    need_list(interp, heap, "_heapify_max() argument")?;
    heapify(interp, heap, Order::Max)
}
