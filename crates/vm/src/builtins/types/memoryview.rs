//! The `memoryview` class: views of the bytes of a `bytes` or `bytearray`
//! (the state is [`pyrite_objects::types::memoryview::MemoryView`]).
//!
//! Indexing gives an item in the view's format, slicing a new view of the
//! same object, and item or slice assignment writes through to a
//! `bytearray` ("cannot modify read-only memory" for `bytes`). `bytes()`,
//! `bytearray()`, `b''.join` and the bytes methods read a view as they
//! read `bytes`. After `release()` (or the end of a `with` block) every
//! operation raises CPython's "operation forbidden on released memoryview
//! object".

use pyrite_objects::types::int::Int;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::types::memoryview::{MemoryView, view_of};
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::super::{NativeFn, NativeKind, bind};
use super::protocol_dunders::arity;
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::object_subclass;

const METHODS: &[(&str, NativeFn)] = &[
    ("__len__", mv_len),
    ("__getitem__", mv_getitem),
    ("__setitem__", mv_setitem),
    ("__delitem__", mv_delitem),
    ("__iter__", mv_iter),
    ("__eq__", mv_eq),
    ("__ne__", mv_ne),
    ("__hash__", mv_hash),
    ("__repr__", mv_repr),
    ("__enter__", mv_enter),
    ("__exit__", mv_exit),
    ("tobytes", mv_tobytes),
    ("tolist", mv_tolist),
    ("hex", mv_hex),
    ("release", mv_release),
    ("cast", mv_cast),
    ("toreadonly", mv_toreadonly),
];

/// The read-only attributes, each a `property` over a getter.
const ATTRIBUTES: &[(&str, NativeFn)] = &[
    ("obj", attr_obj),
    ("nbytes", attr_nbytes),
    ("readonly", attr_readonly),
    ("itemsize", attr_itemsize),
    ("format", attr_format),
    ("ndim", attr_ndim),
    ("shape", attr_shape),
    ("strides", attr_strides),
    ("suboffsets", attr_suboffsets),
    ("c_contiguous", attr_contiguous),
    ("f_contiguous", attr_contiguous),
    ("contiguous", attr_contiguous),
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let dict = interp.heap.new_dict();
    let class = object_subclass(interp, "memoryview", dict);
    interp.classes.named.insert("memoryview", class);
    for (name, f) in METHODS {
        interp.add_method(class, name, NativeKind::VmMethod(*f));
    }
    for (name, f) in ATTRIBUTES {
        let index = interp.add_native(name, NativeKind::Function(*f));
        let fget = interp.native_object(index);
        let prop = interp.new_interp(
            "property",
            InterpObject::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        interp.dict_set_str(dict, name, prop);
        interp.heap.decref(prop);
    }
    let index = interp.add_native("__new__", NativeKind::Function(mv_new));
    let func = interp.native_object(index);
    let new = interp.new_interp("staticmethod", InterpObject::StaticMethod(func));
    interp.dict_set_str(dict, "__new__", new);
    interp.heap.decref(new);
    let builtins = interp.builtins;
    interp.dict_set_str(builtins, "memoryview", Value::Obj(class));
}

fn released() -> PyErr {
    pyrite_objects::types::memoryview::released_error()
}

/// A new `memoryview` value holding `view` (whose `obj` it takes a
/// reference to).
fn new_view(interp: &mut Interpreter, view: MemoryView) -> Value {
    interp.heap.incref(view.obj);
    interp.new_interp("memoryview", InterpObject::MemoryView(Box::new(view)))
}

/// The receiver's state (a copy), failing on a released view.
fn live(interp: &Interpreter, args: &[Value]) -> PyResult<MemoryView> {
    let view = args
        .first()
        .and_then(|v| view_of(&interp.heap, *v))
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'memoryview' object"))?;
    if view.released {
        return Err(released());
    }
    Ok(view.clone())
}

/// The bytes the view sees, failing on a released or stale view.
fn bytes_of(interp: &Interpreter, view: &MemoryView) -> PyResult<Vec<u8>> {
    view.bytes(&interp.heap).ok_or_else(released)
}

/// `memoryview(object)`.
fn mv_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let b = bind(
        interp,
        "memoryview",
        &args[1.min(args.len())..],
        kwnames,
        &["object"],
        1,
    )?;
    let obj = b[0].unwrap_or(Value::None);
    if let Some(view) = view_of(&interp.heap, obj) {
        if view.released {
            return Err(released());
        }
        let copy = view.clone();
        return Ok(new_view(interp, copy));
    }
    let view = MemoryView::of(&interp.heap, obj).ok_or_else(|| {
        PyErr::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            interp.type_name(obj)
        ))
    })?;
    Ok(new_view(interp, view))
}

/// An item as Python sees it in the view's format.
fn item_value(interp: &mut Interpreter, format: char, byte: u8) -> Value {
    match format {
        'b' => Value::Int(i64::from(byte as i8)),
        'c' => interp.heap.new_bytes(vec![byte]),
        _ => Value::Int(i64::from(byte)),
    }
}

/// The byte that stores `v` in the view's format.
fn item_byte(interp: &Interpreter, format: char, v: Value) -> PyResult<u8> {
    let bad_type = || PyErr::type_error(format!("memoryview: invalid type for format '{format}'"));
    let bad_value =
        || PyErr::value_error(format!("memoryview: invalid value for format '{format}'"));
    if format == 'c' {
        return match v.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b[0]),
            Some(Payload::Bytes(_)) => Err(bad_value()),
            _ => Err(bad_type()),
        };
    }
    if matches!(v, Value::Float(_)) {
        return Err(bad_type());
    }
    let i = Int::from_value(&interp.heap, v).ok_or_else(bad_type)?;
    let i = i.to_i64().ok_or_else(bad_value)?;
    match format {
        'b' => i8::try_from(i).map(|x| x as u8).map_err(|_| bad_value()),
        _ => u8::try_from(i).map_err(|_| bad_value()),
    }
}

/// The item index `key` names, counted from the end when negative.
fn item_index(interp: &Interpreter, view: &MemoryView, key: Value) -> PyResult<usize> {
    let i = Int::from_value(&interp.heap, key)
        .ok_or_else(|| PyErr::type_error("memoryview: invalid slice key"))?;
    let len = i64::try_from(view.len).unwrap_or(i64::MAX);
    let out_of_range = || PyErr::index_error("index out of bounds on dimension 1");
    let i = i.to_i64().ok_or_else(out_of_range)?;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(out_of_range());
    }
    usize::try_from(i).map_err(|_| out_of_range())
}

/// The sub-view a slice selects.
fn slice_view(interp: &Interpreter, view: &MemoryView, slice: Value) -> PyResult<MemoryView> {
    let r = slice
        .as_obj()
        .ok_or_else(|| PyErr::type_error("memoryview: invalid slice key"))?;
    let (start, stop, step) =
        pyrite_objects::ops::sequence::slice_indices(&interp.heap, r, view.len)?;
    let count = if step > 0 {
        (stop - start + step - 1).div_euclid(step).max(0)
    } else {
        (start - stop - step - 1).div_euclid(-step).max(0)
    };
    let count = usize::try_from(count).unwrap_or(0);
    let first = if count == 0 {
        view.start
    } else {
        view.offset(usize::try_from(start).unwrap_or(0))
            .ok_or_else(released)?
    };
    let step = isize::try_from(step)
        .ok()
        .and_then(|s| s.checked_mul(view.step))
        .ok_or_else(|| PyErr::overflow("memoryview: slice step too large"))?;
    Ok(MemoryView {
        start: first,
        len: count,
        step,
        ..view.clone()
    })
}

fn is_slice(interp: &Interpreter, v: Value) -> bool {
    matches!(
        v.as_obj().map(|r| interp.heap.payload(r)),
        Some(Payload::Slice { .. })
    )
}

fn mv_len(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__len__")?;
    let view = live(interp, args)?;
    Ok(Value::Int(i64::try_from(view.len).unwrap_or(i64::MAX)))
}

fn mv_getitem(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__getitem__")?;
    let view = live(interp, args)?;
    let key = args[1];
    if key == Value::Ellipsis {
        interp.heap.incref(args[0]);
        return Ok(args[0]);
    }
    if is_slice(interp, key) {
        let sub = slice_view(interp, &view, key)?;
        return Ok(new_view(interp, sub));
    }
    let i = item_index(interp, &view, key)?;
    let bytes = bytes_of(interp, &view)?;
    let byte = bytes.get(i).copied().ok_or_else(released)?;
    Ok(item_value(interp, view.format, byte))
}

fn mv_setitem(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 2, "__setitem__")?;
    let view = live(interp, args)?;
    if view.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let (key, value) = (args[1], args[2]);
    let writes: Vec<(usize, u8)> = if is_slice(interp, key) {
        let target = slice_view(interp, &view, key)?;
        let (source, format) = match view_of(&interp.heap, value) {
            Some(v) if v.released => return Err(released()),
            Some(v) => (v.bytes(&interp.heap).ok_or_else(released)?, v.format),
            None => {
                let b = match value.as_obj().map(|r| interp.heap.payload(r)) {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    Some(Payload::ByteArray(b)) => b.clone(),
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            interp.type_name(value)
                        )));
                    }
                };
                (b, 'B')
            }
        };
        if source.len() != target.len || format != target.format {
            return Err(PyErr::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (0..target.len)
            .map(|i| target.offset(i).map(|o| (o, source[i])))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(released)?
    } else {
        let i = item_index(interp, &view, key)?;
        let byte = item_byte(interp, view.format, value)?;
        vec![(view.offset(i).ok_or_else(released)?, byte)]
    };
    let target = view.obj.as_obj().ok_or_else(released)?;
    let Payload::ByteArray(data) = interp.heap.payload_mut(target) else {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    };
    if writes.iter().any(|(o, _)| *o >= data.len()) {
        return Err(released());
    }
    for (o, b) in writes {
        data[o] = b;
    }
    Ok(Value::None)
}

fn mv_delitem(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__delitem__")?;
    let view = live(interp, args)?;
    Err(PyErr::type_error(if view.readonly {
        "cannot modify read-only memory"
    } else {
        "cannot delete memory"
    }))
}

/// The items as Python values (owned).
fn items(interp: &mut Interpreter, view: &MemoryView) -> PyResult<Vec<Value>> {
    let bytes = bytes_of(interp, view)?;
    Ok(bytes
        .into_iter()
        .map(|b| item_value(interp, view.format, b))
        .collect())
}

fn mv_iter(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__iter__")?;
    let view = live(interp, args)?;
    let list = items(interp, &view)?;
    let list = interp.heap.new_list(list);
    let it = interp.get_iter(list);
    interp.heap.decref(list);
    it
}

fn mv_tolist(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "tolist")?;
    let view = live(interp, args)?;
    let list = items(interp, &view)?;
    Ok(interp.heap.new_list(list))
}

fn mv_tobytes(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let b = bind(
        interp,
        "tobytes",
        &args[1.min(args.len())..],
        kwnames,
        &["order"],
        0,
    )?;
    if let Some(order) = b[0].filter(|o| *o != Value::None) {
        let ok = matches!(interp.heap.str_of(order), Some("C" | "F" | "A"));
        if !ok {
            return Err(PyErr::value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    let view = live(interp, args)?;
    let bytes = bytes_of(interp, &view)?;
    Ok(interp.heap.new_bytes(bytes))
}

/// `hex(sep, bytes_per_sep)`: `bytes.hex` of the view's bytes.
fn mv_hex(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let view = live(interp, args)?;
    let bytes = bytes_of(interp, &view)?;
    let b = interp.heap.new_bytes(bytes);
    let hex = interp.intern("hex");
    let method = interp.get_attr(b, hex);
    interp.heap.decref(hex);
    interp.heap.decref(b);
    let method = method?;
    let r = interp.call(method, &args[1..], kwnames);
    interp.heap.decref(method);
    r
}

fn mv_release(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "release")?;
    set_released(interp, args[0]);
    Ok(Value::None)
}

fn set_released(interp: &mut Interpreter, v: Value) {
    if let Some(r) = v.as_obj() {
        if let Payload::Interp(o) = interp.heap.payload_mut(r) {
            if let InterpObject::MemoryView(m) = &mut **o {
                m.released = true;
            }
        }
    }
}

fn mv_enter(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__enter__")?;
    live(interp, args)?;
    interp.heap.incref(args[0]);
    Ok(args[0])
}

fn mv_exit(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error(
            "descriptor requires a 'memoryview' object",
        ));
    }
    set_released(interp, args[0]);
    Ok(Value::None)
}

/// `cast(format)`: the same bytes read in another one-byte format.
fn mv_cast(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let b = bind(
        interp,
        "cast",
        &args[1.min(args.len())..],
        kwnames,
        &["format", "shape"],
        1,
    )?;
    let view = live(interp, args)?;
    let format = b[0].unwrap_or(Value::None);
    let Some(text) = interp.heap.str_of(format) else {
        return Err(PyErr::type_error(format!(
            "cast() argument 'format' must be str, not {}",
            interp.type_name(format)
        )));
    };
    let prefixed = text.starts_with('@');
    let format = match text.strip_prefix('@').unwrap_or(text) {
        "B" => 'B',
        "b" => 'b',
        "c" => 'c',
        other => {
            // The wider native formats are not supported; a length that
            // cannot hold whole items is refused first, as in CPython.
            let width = match other {
                "h" | "H" | "e" => 2,
                "i" | "I" | "f" => 4,
                "l" | "L" | "q" | "Q" | "n" | "N" | "d" | "P" => 8,
                _ => 0,
            };
            if width > 1 && view.len % width != 0 {
                return Err(PyErr::type_error(
                    "memoryview: length is not a multiple of itemsize",
                ));
            }
            return Err(PyErr::value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        }
    };
    if !view.contiguous() {
        return Err(PyErr::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    Ok(new_view(
        interp,
        MemoryView {
            format,
            prefixed,
            ..view
        },
    ))
}

fn mv_toreadonly(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "toreadonly")?;
    let view = live(interp, args)?;
    Ok(new_view(
        interp,
        MemoryView {
            readonly: true,
            ..view
        },
    ))
}

/// An item of a buffer compared across formats: an integer or a char.
#[derive(PartialEq)]
enum Unpacked {
    Int(i64),
    Char(u8),
}

fn unpacked(format: char, bytes: &[u8]) -> Vec<Unpacked> {
    bytes
        .iter()
        .map(|&b| match format {
            'b' => Unpacked::Int(i64::from(b as i8)),
            'c' => Unpacked::Char(b),
            _ => Unpacked::Int(i64::from(b)),
        })
        .collect()
}

/// `view == other`: equal items (in their formats) when `other` exposes
/// bytes; `NotImplemented` otherwise. A released view equals only itself.
fn equality(interp: &mut Interpreter, args: &[Value]) -> PyResult<Option<bool>> {
    arity(args, 1, "__eq__")?;
    let (me, other) = (args[0], args[1]);
    if me.is(other) {
        return Ok(Some(true));
    }
    let Some(view) = view_of(&interp.heap, me).cloned() else {
        return Ok(None);
    };
    let theirs = match view_of(&interp.heap, other) {
        Some(v) => v.bytes(&interp.heap).map(|b| (b, v.format)),
        None => match other.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Bytes(b)) => Some((b.to_vec(), 'B')),
            Some(Payload::ByteArray(b)) => Some((b.clone(), 'B')),
            _ => return Ok(None),
        },
    };
    let (Some(mine), Some((theirs, format))) = (view.bytes(&interp.heap), theirs) else {
        return Ok(Some(false));
    };
    Ok(Some(
        unpacked(view.format, &mine) == unpacked(format, &theirs),
    ))
}

fn mv_eq(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(equality(interp, args)?.map_or(Value::NotImplemented, Value::Bool))
}

fn mv_ne(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(equality(interp, args)?.map_or(Value::NotImplemented, |e| Value::Bool(!e)))
}

/// `hash(view)`: the hash of its bytes, for a read-only view only.
fn mv_hash(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__hash__")?;
    let view = live(interp, args)?;
    if !view.readonly {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    let bytes = bytes_of(interp, &view)?;
    let b = interp.heap.new_bytes(bytes);
    let h = pyrite_objects::ops::hash(interp, b);
    interp.heap.decref(b);
    Ok(Value::Int(h?))
}

fn mv_repr(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__repr__")?;
    let me = args[0];
    let released = view_of(&interp.heap, me).is_none_or(|v| v.released);
    let id = interp.heap.id(me);
    let text = if released {
        format!("<released memory at {id:#x}>")
    } else {
        format!("<memory at {id:#x}>")
    };
    Ok(interp.heap.new_str(text))
}

fn attr_obj(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let view = live(interp, args)?;
    interp.heap.incref(view.obj);
    Ok(view.obj)
}

fn size(n: usize) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

fn attr_nbytes(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(size(live(interp, args)?.len))
}

fn attr_readonly(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(live(interp, args)?.readonly))
}

fn attr_itemsize(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    live(interp, args)?;
    Ok(Value::Int(1))
}

fn attr_format(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let view = live(interp, args)?;
    let prefix = if view.prefixed { "@" } else { "" };
    Ok(interp.heap.new_str(format!("{prefix}{}", view.format)))
}

fn attr_ndim(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    live(interp, args)?;
    Ok(Value::Int(1))
}

fn attr_shape(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let view = live(interp, args)?;
    Ok(interp.heap.new_tuple(vec![size(view.len)]))
}

fn attr_strides(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let view = live(interp, args)?;
    let step = Value::Int(i64::try_from(view.step).unwrap_or(i64::MAX));
    Ok(interp.heap.new_tuple(vec![step]))
}

fn attr_suboffsets(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    live(interp, args)?;
    Ok(interp.heap.new_tuple(Vec::new()))
}

fn attr_contiguous(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(live(interp, args)?.contiguous()))
}
