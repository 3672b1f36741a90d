//! The generic object protocol over any value: `==`, `<`, `hash()`,
//! `repr()`, `str()`, truth. Each dispatches on the value's type, handles
//! the built-in types natively and calls the [`Runtime`] for instances of
//! user classes.
//!
//! [`Runtime`]: crate::runtime::Runtime

pub mod arith;
mod compare;
mod hash;
mod repr;
pub mod sequence;
mod view_sets;

pub(crate) use compare::eq_nested;
pub use compare::{CmpOp, compare, compare_builtin, eq, eq_builtin, lt, native_eq};
pub use hash::{hash, hash_builtin};
pub use repr::{repr, repr_builtin, str, str_builtin};
pub use view_sets::view_rich_compare;

use crate::error::{PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::runtime::Runtime;
use crate::types::TypeRef;
use crate::value::Value;

/// `type(v).__name__`, as error messages quote it.
pub fn type_name(heap: &Heap, v: Value) -> String {
    match heap.type_of(v) {
        TypeRef::Builtin(t) => t.name().to_string(),
        TypeRef::Heap(c) => match &heap.payload(c) {
            Payload::Instance { dict } => class_name_from_dict(heap, *dict),
            Payload::Interp(o) => match o.as_class() {
                Some(class) => class.name.clone(),
                None => "object".to_string(),
            },
            _ => "object".to_string(),
        },
    }
}

/// A heap class's `__name__`, read from its namespace dict.
fn class_name_from_dict(heap: &Heap, dict: Value) -> String {
    let Some(d) = dict.as_obj() else {
        return "object".to_string();
    };
    let Payload::Dict(table) = heap.payload(d) else {
        return "object".to_string();
    };
    for (_, e) in table.iter() {
        if let (Some(k), Some(v)) = (heap.str_of(e.key), heap.str_of(e.value)) {
            if k == "__name__" {
                return v.to_string();
            }
        }
    }
    "object".to_string()
}

/// `bool(v)` for values whose truth needs no Python code; `None` for
/// instances of user classes.
pub fn native_truth(heap: &Heap, v: Value) -> Option<bool> {
    if heap.is_subclass_instance(v) {
        return None;
    }
    builtin_truth(heap, v)
}

/// The built-in type's truth of `v`'s payload (`list.__len__ != 0` for an
/// instance of a `list` subclass); `None` for user instances.
pub fn builtin_truth(heap: &Heap, v: Value) -> Option<bool> {
    Some(match v {
        Value::None => false,
        Value::NotImplemented | Value::Ellipsis => true,
        Value::Bool(b) => b,
        Value::Int(i) => i != 0,
        Value::Float(f) => f != 0.0,
        Value::Obj(r) => match heap.payload(r) {
            Payload::Int(b) => !num_traits::Zero::is_zero(b),
            Payload::Float(f) => *f != 0.0,
            Payload::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            Payload::Str(s) => s.char_len() > 0,
            Payload::Bytes(b) => !b.is_empty(),
            Payload::ByteArray(b) => !b.is_empty(),
            Payload::Tuple(t) => !t.is_empty(),
            Payload::List(l) => !l.is_empty(),
            Payload::Dict(d) => !d.is_empty(),
            Payload::Set(s) => !s.is_empty(),
            Payload::Range { .. } => {
                crate::types::range::range_len(heap, r).is_some_and(|n| !n.is_zero())
            }
            Payload::Instance { .. } => return None,
            _ => true,
        },
    })
}

/// `bool(v)`: built-in values directly, instances of user classes
/// through the runtime (`__bool__`, then `__len__`).
pub fn truth(rt: &mut dyn Runtime, v: Value) -> PyResult<bool> {
    match native_truth(rt.heap(), v) {
        Some(t) => Ok(t),
        None => rt.user_bool(v),
    }
}

/// Every item `iter(v)` would produce, as owned references: the built-in
/// iterables directly, a user object through the runtime.
pub fn iterate(rt: &mut dyn Runtime, v: Value) -> PyResult<Vec<Value>> {
    if rt.heap().is_subclass_instance(v) {
        return rt.user_iterate(v);
    }
    iterate_builtin(rt, v)
}

/// Every item the built-in type's `__iter__` produces for `v`'s payload.
pub fn iterate_builtin(rt: &mut dyn Runtime, v: Value) -> PyResult<Vec<Value>> {
    let heap = rt.heap();
    let not_iterable =
        |heap: &Heap| PyErr::type_error(format!("'{}' object is not iterable", type_name(heap, v)));
    let Some(r) = v.as_obj() else {
        return Err(not_iterable(heap));
    };
    let items: Vec<Value> = match heap.payload(r) {
        Payload::List(items) => items.to_values(),
        Payload::Tuple(items) => items.to_vec(),
        Payload::Dict(d) => d.iter().map(|(_, e)| e.key).collect(),
        Payload::Set(s) => s.entries().map(|(_, k)| k).collect(),
        Payload::Str(s) => {
            let points = s.code_points().into_owned();
            return Ok(points
                .into_iter()
                .map(|c| heap.new_str_from_code_points(&[c]))
                .collect());
        }
        Payload::Bytes(b) => return Ok(b.iter().map(|x| Value::Int(*x as i64)).collect()),
        Payload::ByteArray(b) => return Ok(b.iter().map(|x| Value::Int(*x as i64)).collect()),
        Payload::Range { .. } => {
            let n = sequence::len(heap, v)?;
            crate::error::check_allocation(n as u128, 16)?;
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                out.push(sequence::getitem(rt, v, Value::Int(i as i64))?);
            }
            return Ok(out);
        }
        Payload::Instance { .. } | Payload::Interp(_) => return rt.user_iterate(v),
        _ => return Err(not_iterable(heap)),
    };
    for item in &items {
        heap.incref(*item);
    }
    Ok(items)
}

/// `format(v, spec)` for the built-in types; a user instance's
/// `__format__` is the VM's business.
pub fn format(rt: &mut dyn Runtime, v: Value, spec: &str) -> PyResult<String> {
    use crate::types::format_spec::{format_float, format_str};
    let heap = rt.heap();
    if let Value::Bool(_) = v {
        if spec.is_empty() {
            return str(rt, v);
        }
    }
    if let Some(i) = crate::types::int::Int::from_value(heap, v) {
        let limit = heap.int_max_str_digits;
        return crate::types::format_spec::format_int_limited(&i, spec, limit);
    }
    if let Value::Float(f) = v {
        return format_float(f, spec);
    }
    if let Some(Payload::Float(f)) = v.as_obj().map(|r| heap.payload(r)) {
        return format_float(*f, spec);
    }
    if let Some(s) = heap.str_of(v) {
        return format_str(s, spec);
    }
    if v.as_obj().is_some_and(|r| {
        matches!(
            heap.payload(r),
            Payload::Instance { .. } | Payload::Interp(_)
        )
    }) {
        return rt.user_format(v, spec);
    }
    if spec.is_empty() {
        return str(rt, v);
    }
    Err(PyErr::type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_name(heap, v)
    )))
}

/// Attributes of built-in values that need no interpreter: `real` and
/// `imag` of numbers. Anything else is CPython's `AttributeError`.
pub fn builtin_getattr(heap: &mut Heap, v: Value, name: &str) -> PyResult<Value> {
    let complex = v.as_obj().and_then(|r| match heap.payload(r) {
        Payload::Complex { real, imag } => Some((*real, *imag)),
        _ => None,
    });
    match (name, complex) {
        ("real", Some((re, _))) => return Ok(Value::Float(re)),
        ("imag", Some((_, im))) => return Ok(Value::Float(im)),
        _ => {}
    }
    if let Some(i) = crate::types::int::Int::from_value(heap, v) {
        match name {
            "real" | "numerator" => return Ok(i.into_value(heap)),
            "imag" => return Ok(Value::Int(0)),
            "denominator" => return Ok(Value::Int(1)),
            _ => {}
        }
    }
    if let Some(f) = crate::types::float::float_value(heap, v) {
        match name {
            "real" => return Ok(Value::Float(f)),
            "imag" => return Ok(Value::Float(0.0)),
            _ => {}
        }
    }
    let fields = v.as_obj().and_then(|r| match heap.payload(r) {
        Payload::Range { start, stop, step } | Payload::Slice { start, stop, step } => {
            Some((*start, *stop, *step))
        }
        _ => None,
    });
    if let Some((start, stop, step)) = fields {
        let field = match name {
            "start" => Some(start),
            "stop" => Some(stop),
            "step" => Some(step),
            _ => None,
        };
        if let Some(x) = field {
            heap.incref(x);
            return Ok(x);
        }
    }
    Err(PyErr::new(
        crate::error::ExcKind::AttributeError,
        format!("'{}' object has no attribute '{name}'", type_name(heap, v)),
    ))
}
