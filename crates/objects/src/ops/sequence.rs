//! Sequence operations on the built-in sequences: concatenation,
//! repetition, indexing, slicing, `in` and `len()`, with CPython's errors.

use super::arith::BinOp;
use super::{eq, type_name};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::int::Int;
use crate::types::list::{Items, PyList};
use crate::value::{ObjRef, Value};

/// Which built-in sequence a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seq {
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
}

fn seq_kind(heap: &Heap, v: Value) -> Option<Seq> {
    match heap.payload(v.as_obj()?) {
        Payload::Str(_) => Some(Seq::Str),
        Payload::Bytes(_) => Some(Seq::Bytes),
        Payload::ByteArray(_) => Some(Seq::ByteArray),
        Payload::List(_) => Some(Seq::List),
        Payload::Tuple(_) => Some(Seq::Tuple),
        _ => None,
    }
}

fn bytes_of(heap: &Heap, v: Value) -> Option<&[u8]> {
    match heap.payload(v.as_obj()?) {
        Payload::Bytes(b) => Some(b),
        Payload::ByteArray(b) => Some(b),
        _ => None,
    }
}

/// The items of a list or tuple (of any class), borrowed.
pub fn items_of(heap: &Heap, v: Value) -> Option<Items<'_>> {
    match heap.payload(v.as_obj()?) {
        Payload::List(items) => Some(items.items()),
        Payload::Tuple(items) => Some(Items::Values(items)),
        _ => None,
    }
}

/// An `int` (or `bool`) usable as a count or index: `Ok(None)` if `v`
/// is not an int, `OverflowError` if it does not fit.
fn as_index(heap: &Heap, v: Value) -> PyResult<Option<i64>> {
    match Int::from_value(heap, v) {
        None => Ok(None),
        Some(Int::Small(i)) => Ok(Some(i)),
        Some(Int::Big(_)) => Err(PyErr::new(
            ExcKind::IndexError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(heap, v)
            ),
        )),
    }
}

/// Sequence `+`, `*` and `%`; anything else is unsupported.
pub fn sequence_op(rt: &mut dyn Runtime, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let heap = rt.heap();
    let unsupported = |heap: &Heap| {
        PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            type_name(heap, a),
            type_name(heap, b)
        ))
    };
    let set_of = |heap: &Heap, v: Value| {
        v.as_obj()
            .filter(|r| matches!(heap.payload(*r), Payload::Set(_)))
    };
    if let (Some(x), Some(_)) = (set_of(heap, a), set_of(heap, b)) {
        use crate::types::set_algebra as sa;
        match op {
            BinOp::Or => return sa::union(rt, x, &[b]),
            BinOp::And => return sa::intersection(rt, x, b),
            BinOp::Sub => return sa::difference(rt, x, b),
            BinOp::Xor => return sa::symmetric_difference(rt, x, b),
            _ => {}
        }
    }
    let dict_of = |heap: &Heap, v: Value| {
        v.as_obj()
            .filter(|r| matches!(heap.payload(*r), Payload::Dict(_)))
    };
    if let (BinOp::Or, Some(_), Some(_)) = (op, dict_of(heap, a), dict_of(heap, b)) {
        // `a | b`: a copy of `a` updated with `b`.
        let copy = crate::methods::lookup(BuiltinType::Dict, "copy").expect("dict has copy");
        let merged = copy(rt, a, crate::methods::Args::default())?;
        let r = merged.as_obj().expect("a dict");
        if let Err(e) = crate::types::dict_methods::merge_from(rt, r, b) {
            rt.heap().decref(merged);
            return Err(e);
        }
        return Ok(merged);
    }
    let heap = rt.heap();
    match op {
        BinOp::Add => {
            let Some(kind) = seq_kind(heap, a) else {
                return Err(unsupported(heap));
            };
            concat(heap, kind, a, b)
        }
        BinOp::Mul => {
            let (seq, count) = match (seq_kind(heap, a), seq_kind(heap, b)) {
                (Some(_), _) => (a, b),
                (None, Some(_)) => (b, a),
                _ => return Err(unsupported(heap)),
            };
            let n = match Int::from_value(heap, count) {
                Some(Int::Small(n)) => n,
                Some(Int::Big(_)) => {
                    return Err(PyErr::overflow(format!(
                        "cannot fit '{}' into an index-sized integer",
                        type_name(heap, count)
                    )));
                }
                None if seq_kind(heap, count).is_some()
                    && seq.is(a)
                    && seq_kind(heap, b).is_some() =>
                {
                    return Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        type_name(heap, count)
                    )));
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        type_name(heap, count)
                    )));
                }
            };
            repeat(heap, seq, n.max(0) as usize)
        }
        BinOp::Mod if seq_kind(heap, a) == Some(Seq::Str) => {
            crate::types::percent::str_percent(rt, a, b)
        }
        BinOp::Mod if matches!(seq_kind(heap, a), Some(Seq::Bytes | Seq::ByteArray)) => {
            crate::types::bytes_percent::bytes_percent(rt, a, b)
        }
        _ => Err(unsupported(heap)),
    }
}

fn concat(heap: &mut Heap, kind: Seq, a: Value, b: Value) -> PyResult<Value> {
    let other = seq_kind(heap, b);
    match kind {
        Seq::Str => heap.str_concat(a, b).ok_or_else(|| {
            PyErr::type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                type_name(heap, b)
            ))
        }),
        Seq::Bytes | Seq::ByteArray => {
            let y = bytes_of(heap, b)
                .map(<[u8]>::to_vec)
                .or_else(|| crate::types::memoryview::view_bytes(heap, b));
            let (Some(x), Some(y)) = (bytes_of(heap, a), y) else {
                let bname = type_name(heap, b);
                let aname = type_name(heap, a);
                return Err(PyErr::type_error(format!(
                    "can't concat {bname} to {aname}"
                )));
            };
            let joined = [x, y.as_slice()].concat();
            Ok(if kind == Seq::Bytes {
                heap.new_bytes(joined)
            } else {
                heap.new_bytearray(joined)
            })
        }
        Seq::List | Seq::Tuple => {
            if other != Some(kind) {
                let bname = type_name(heap, b);
                let name = if kind == Seq::List { "list" } else { "tuple" };
                return Err(PyErr::type_error(format!(
                    "can only concatenate {name} (not \"{bname}\") to {name}"
                )));
            }
            let empty = Items::Values(&[]);
            let x = items_of(heap, a).unwrap_or(empty);
            let y = items_of(heap, b).unwrap_or(empty);
            if kind == Seq::List {
                let list = PyList::concat(x, y);
                list.for_each_value(|v| heap.incref(*v));
                return Ok(heap.alloc_list(list));
            }
            let mut items = Vec::with_capacity(x.len() + y.len());
            items.extend(x.iter().chain(y.iter()));
            for v in &items {
                heap.incref(*v);
            }
            Ok(heap.new_tuple(items))
        }
    }
}

fn repeat(heap: &mut Heap, seq: Value, n: usize) -> PyResult<Value> {
    let kind = seq_kind(heap, seq).expect("repeat is called with a sequence");
    let len = match kind {
        Seq::Str => heap.str_of(seq).map_or(0, str::len),
        Seq::Bytes | Seq::ByteArray => bytes_of(heap, seq).map_or(0, <[u8]>::len),
        Seq::List | Seq::Tuple => items_of(heap, seq).map_or(0, Items::len),
    };
    // An exact immutable sequence whose repetition would equal it is given
    // back itself, as CPython does: `t * 1 is t`, `() * 5 is ()`.
    let exact = matches!(
        heap.builtin_type(seq),
        Some(BuiltinType::Tuple | BuiltinType::Str | BuiltinType::Bytes)
    );
    if exact && (n == 1 || (len == 0 && kind == Seq::Tuple)) {
        heap.incref(seq);
        return Ok(seq);
    }
    crate::error::check_allocation(len as u128 * n as u128, 16)?;
    Ok(match kind {
        Seq::Str => match heap.str_payload(seq).map(|s| s.repeat(n)) {
            Some(repeated) => heap.new_str_object(repeated),
            None => heap.new_str(""),
        },
        Seq::Bytes | Seq::ByteArray => {
            let b = bytes_of(heap, seq).unwrap_or(&[]).repeat(n);
            if kind == Seq::Bytes {
                heap.new_bytes(b)
            } else {
                heap.new_bytearray(b)
            }
        }
        Seq::List => {
            let list =
                items_of(heap, seq).map_or_else(PyList::default, |items| PyList::repeat(items, n));
            list.for_each_value(|v| heap.incref(*v));
            heap.alloc_list(list)
        }
        Seq::Tuple => {
            let items: Vec<Value> = items_of(heap, seq)
                .map(|items| (0..n).flat_map(|_| items.iter()).collect())
                .unwrap_or_default();
            for v in &items {
                heap.incref(*v);
            }
            heap.new_tuple(items)
        }
    })
}

/// `len(v)`.
pub fn len(heap: &Heap, v: Value) -> PyResult<usize> {
    let err = || {
        PyErr::type_error(format!(
            "object of type '{}' has no len()",
            type_name(heap, v)
        ))
    };
    let r = v.as_obj().ok_or_else(err)?;
    Ok(match heap.payload(r) {
        Payload::Str(s) => s.char_len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.len(),
        Payload::List(items) => items.len(),
        Payload::Tuple(items) => items.len(),
        Payload::Dict(d) => d.len(),
        Payload::Set(s) => s.len(),
        Payload::Range { .. } => match crate::types::range::range_len(heap, r) {
            Some(Int::Small(n)) => n as usize,
            _ => {
                return Err(PyErr::overflow(
                    "Python int too large to convert to C ssize_t",
                ));
            }
        },
        _ => return Err(err()),
    })
}

/// A slice's `(start, stop, step)` for a sequence of `length` items, as
/// `slice.indices(length)` computes them.
pub fn slice_indices(heap: &Heap, slice: ObjRef, length: usize) -> PyResult<(i64, i64, i64)> {
    let Payload::Slice { start, stop, step } = heap.payload(slice) else {
        return Err(PyErr::type_error("expected a slice"));
    };
    let read = |v: Value| -> PyResult<Option<Int>> {
        if v == Value::None {
            return Ok(None);
        }
        Int::from_value(heap, v).map(Some).ok_or_else(|| {
            PyErr::type_error("slice indices must be integers or None or have an __index__ method")
        })
    };
    let clamp = |i: Int| -> i64 {
        match i {
            Int::Small(i) => i,
            Int::Big(_) if i.is_negative() => i64::MIN,
            Int::Big(_) => i64::MAX,
        }
    };
    let step = read(*step)?.map(clamp).unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let len = length as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<Int>, default: i64| -> i64 {
        match v.map(clamp) {
            None => default,
            Some(i) if i < 0 => (i.saturating_add(len)).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = adjust(read(*start)?, if step < 0 { upper } else { lower });
    let stop = adjust(read(*stop)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

/// The positions a slice with these (already adjusted) bounds selects,
/// first to last.
pub fn slice_positions(
    start: i64,
    stop: i64,
    step: i64,
) -> impl ExactSizeIterator<Item = usize> + Clone {
    let count = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / -step + 1
    } else {
        0
    };
    (0..count as usize).map(move |k| (start + k as i64 * step) as usize)
}

impl Heap {
    /// A new `slice(start, stop, step)` (arguments borrowed).
    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> Value {
        for v in [start, stop, step] {
            self.incref(v);
        }
        self.alloc_builtin(BuiltinType::Slice, Payload::Slice { start, stop, step })
    }
}

/// `container[index]` for the built-in containers; an owned reference.
pub fn getitem(rt: &mut dyn Runtime, container: Value, index: Value) -> PyResult<Value> {
    let heap = rt.heap();
    let not_subscriptable = || {
        PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            type_name(heap, container)
        ))
    };
    let Some(r) = container.as_obj() else {
        return Err(not_subscriptable());
    };
    if let Payload::Dict(_) = heap.payload(r) {
        return crate::types::dict::subscript(rt, r, index);
    }
    if let (Payload::Range { .. }, Some(i)) = (heap.payload(r), Int::from_value(heap, index)) {
        return crate::types::range::item(heap, r, &i);
    }
    let (what, length) = match heap.payload(r) {
        Payload::List(items) => ("list", items.len()),
        Payload::Tuple(items) => ("tuple", items.len()),
        Payload::Str(s) => ("string", s.char_len()),
        Payload::Bytes(b) => ("byte", b.len()),
        Payload::ByteArray(b) => ("bytearray", b.len()),
        Payload::Range { .. } => ("range", len(heap, container)?),
        _ => return Err(not_subscriptable()),
    };
    let slice = index
        .as_obj()
        .filter(|i| matches!(heap.payload(*i), Payload::Slice { .. }));
    if let Some(s) = slice {
        let (start, stop, step) = slice_indices(heap, s, length)?;
        return get_slice(heap, r, start, stop, step);
    }
    let i = match as_index(heap, index)? {
        Some(i) => i,
        None => {
            let iname = type_name(heap, index);
            return Err(PyErr::type_error(match what {
                "string" => format!("string indices must be integers, not '{iname}'"),
                _ => format!("{what} indices must be integers or slices, not {iname}"),
            }));
        }
    };
    let pos = if i < 0 { i + length as i64 } else { i };
    if pos < 0 || pos >= length as i64 {
        return Err(PyErr::index_error(match what {
            "byte" | "bytearray" => "index out of range".to_string(),
            "range" => "range object index out of range".to_string(),
            w => format!("{w} index out of range"),
        }));
    }
    let pos = pos as usize;
    Ok(match heap.payload(r) {
        Payload::List(_) | Payload::Tuple(_) => {
            let v = items_of(heap, container)
                .and_then(|items| items.get(pos))
                .unwrap_or(Value::None);
            heap.incref(v);
            v
        }
        Payload::Str(s) => {
            let c = s.code_point_at(pos).unwrap_or(0);
            heap.new_str_from_code_points(&[c])
        }
        Payload::Bytes(b) => Value::Int(b[pos] as i64),
        Payload::ByteArray(b) => Value::Int(b[pos] as i64),
        Payload::Range { .. } => range_item(heap, r, pos as i64)?,
        _ => unreachable!("the container kinds were matched above"),
    })
}

fn range_fields(heap: &Heap, r: ObjRef) -> PyResult<(Int, Int, Int)> {
    let Payload::Range { start, stop, step } = heap.payload(r) else {
        return Err(PyErr::type_error("expected a range"));
    };
    let f = |v: Value| {
        Int::from_value(heap, v).ok_or_else(|| PyErr::type_error("range fields must be ints"))
    };
    Ok((f(*start)?, f(*stop)?, f(*step)?))
}

fn range_item(heap: &mut Heap, r: ObjRef, i: i64) -> PyResult<Value> {
    let (start, _, step) = range_fields(heap, r)?;
    Ok(start.add(&step.mul(&Int::Small(i))).into_value(heap))
}

fn get_slice(heap: &mut Heap, r: ObjRef, start: i64, stop: i64, step: i64) -> PyResult<Value> {
    let positions = slice_positions(start, stop, step);
    Ok(match heap.payload(r) {
        Payload::List(_) | Payload::Tuple(_) => {
            let Some(items) = items_of(heap, Value::Obj(r)) else {
                return Ok(Value::None);
            };
            if matches!(heap.payload(r), Payload::List(_)) {
                let list = PyList::pick(items, positions);
                list.for_each_value(|v| heap.incref(*v));
                heap.alloc_list(list)
            } else {
                let picked: Vec<Value> = positions.filter_map(|p| items.get(p)).collect();
                for v in &picked {
                    heap.incref(*v);
                }
                heap.new_tuple(picked)
            }
        }
        Payload::Str(s) => {
            let sliced = s.slice(start, stop, step);
            heap.new_str_object(sliced)
        }
        Payload::Bytes(b) => {
            let picked: Vec<u8> = positions.map(|p| b[p]).collect();
            heap.new_bytes(picked)
        }
        Payload::ByteArray(b) => {
            let picked: Vec<u8> = positions.map(|p| b[p]).collect();
            heap.new_bytearray(picked)
        }
        Payload::Range { .. } => {
            let (rstart, _, rstep) = range_fields(heap, r)?;
            let at = |i: i64| rstart.add(&rstep.mul(&Int::Small(i)));
            let new_start = at(start).into_value(heap);
            let new_stop = at(stop).into_value(heap);
            let new_step = rstep.mul(&Int::Small(step)).into_value(heap);
            let v = crate::types::range::new_range(heap, new_start, new_stop, new_step)?;
            for x in [new_start, new_stop, new_step] {
                heap.decref(x);
            }
            v
        }
        _ => return Err(PyErr::type_error("object is not sliceable")),
    })
}

/// `item in container`.
pub fn contains(rt: &mut dyn Runtime, container: Value, item: Value) -> PyResult<bool> {
    let heap = rt.heap();
    // The type's name is looked up only for the error: `x in s` is hot.
    let not_iterable = |heap: &Heap| {
        PyErr::type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(heap, container)
        ))
    };
    let r = container.as_obj().ok_or_else(|| not_iterable(heap))?;
    match heap.payload(r) {
        Payload::Str(s) => {
            let Some(needle) = heap.str_payload(item) else {
                return Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(heap, item)
                )));
            };
            Ok(s.contains(needle))
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let hay = bytes_of(heap, container).unwrap_or(&[]);
            if let Some(i) = Int::from_value(heap, item) {
                let byte = i
                    .to_i64()
                    .filter(|b| (0..256).contains(b))
                    .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)"))?;
                return Ok(hay.contains(&(byte as u8)));
            }
            let needle = bytes_of(heap, item)
                .map(<[u8]>::to_vec)
                .or_else(|| crate::types::memoryview::view_bytes(heap, item))
                .ok_or_else(|| {
                    PyErr::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        type_name(heap, item)
                    ))
                })?;
            Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
        }
        Payload::List(_) | Payload::Tuple(_) => {
            let items = items_of(heap, container).map_or_else(Vec::new, Items::to_vec);
            for v in &items {
                rt.heap().incref(*v);
            }
            let mut found = Ok(false);
            for v in &items {
                match eq(rt, *v, item) {
                    Ok(false) => {}
                    other => {
                        found = other;
                        break;
                    }
                }
            }
            for v in &items {
                rt.heap().decref(*v);
            }
            found
        }
        Payload::Dict(_) => Ok(crate::types::dict::get_item(rt, r, item)?
            .map(|v| rt.heap().decref(v))
            .is_some()),
        Payload::Set(_) => crate::types::set::contains(rt, r, item),
        Payload::Range { .. } => {
            let exact = match item {
                Value::Bool(b) => Some(Int::Small(b as i64)),
                _ if heap.builtin_type(item) == Some(BuiltinType::Int) => {
                    Int::from_value(heap, item)
                }
                _ => None,
            };
            let (start, stop, step) = range_fields(heap, r)?;
            let Some(i) = exact else {
                // Anything else (a float, an int subclass, a user class)
                // is compared with each value in turn, as CPython does.
                let count = crate::types::range::length(&start, &stop, &step);
                let mut value = start;
                let mut pos = Int::Small(0);
                while pos < count {
                    let v = value.clone().into_value(rt.heap());
                    let same = eq(rt, v, item);
                    rt.heap().decref(v);
                    if same? {
                        return Ok(true);
                    }
                    value = value.add(&step);
                    pos = pos.add(&Int::Small(1));
                }
                return Ok(false);
            };
            let inside = if step.is_negative() {
                i <= start && i > stop
            } else {
                i >= start && i < stop
            };
            Ok(inside && i.sub(&start).modulo(&step)?.is_zero())
        }
        _ => Err(not_iterable(rt.heap())),
    }
}
