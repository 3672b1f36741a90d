//! `repr(v)` and `str(v)` for any value.
//!
//! A container that (directly or not) contains itself prints as `[...]`,
//! `{...}` or `(...)` where it recurs, as CPython's `Py_ReprEnter` does;
//! the set of containers being printed lives on the heap so a user
//! `__repr__` that calls back into `repr` is covered too.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::Payload;
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::bytes::bytes_repr;
use crate::types::float::{complex_repr, float_repr};
use crate::value::{ObjRef, Value};

/// Deeper nesting than this raises `RecursionError`.
const MAX_DEPTH: usize = 1000;

/// `repr(v)`. An instance of a class derived from a built-in type goes to
/// the runtime, which calls the class's `__repr__` or comes back to
/// [`repr_builtin`].
pub fn repr(rt: &mut dyn Runtime, v: Value) -> PyResult<String> {
    if rt.heap().is_subclass_instance(v) {
        return rt.user_repr(v);
    }
    repr_builtin(rt, v)
}

/// The built-in type's `repr` of `v`'s payload (`list.__repr__` for an
/// instance of a `list` subclass); items inside go through [`repr`].
pub fn repr_builtin(rt: &mut dyn Runtime, v: Value) -> PyResult<String> {
    let r = match v {
        Value::None => return Ok("None".into()),
        Value::NotImplemented => return Ok("NotImplemented".into()),
        Value::Ellipsis => return Ok("Ellipsis".into()),
        Value::Bool(b) => return Ok(if b { "True" } else { "False" }.into()),
        Value::Int(i) => return Ok(i.to_string()),
        Value::Float(f) => return Ok(float_repr(f)),
        Value::Obj(r) => r,
    };
    let heap = rt.heap();
    enum Shape {
        Seq(&'static str, &'static str, Vec<Value>),
        Dict(Vec<(Value, Value)>),
        Set(Option<String>, Vec<Value>),
    }
    let shape = match heap.payload(r) {
        Payload::Int(b) => {
            let limit = heap.int_max_str_digits;
            return crate::types::int::Int::Big(b.clone()).to_decimal(limit);
        }
        Payload::Float(f) => return Ok(float_repr(*f)),
        Payload::Complex { real, imag } => return Ok(complex_repr(*real, *imag)),
        Payload::Str(s) => return Ok(s.repr()),
        Payload::Bytes(b) => return Ok(bytes_repr(b)),
        // `bytearray`, `set` and `frozenset` name the object's own class.
        Payload::ByteArray(b) => {
            return Ok(format!(
                "{}({})",
                super::type_name(heap, v),
                bytearray_repr(b)
            ));
        }
        Payload::Tuple(items) => Shape::Seq("(", ")", items.to_vec()),
        Payload::List(items) => Shape::Seq("[", "]", items.to_values()),
        Payload::Dict(d) => Shape::Dict(d.iter().map(|(_, e)| (e.key, e.value)).collect()),
        Payload::Set(s) => {
            let named = heap.builtin_type(v) != Some(BuiltinType::Set);
            Shape::Set(
                named.then(|| super::type_name(heap, v)),
                s.entries().map(|(_, k)| k).collect(),
            )
        }
        Payload::Range { start, stop, step } => {
            let (start, stop, step) = (*start, *stop, *step);
            let mut out = format!("range({}, {}", repr(rt, start)?, repr(rt, stop)?);
            if step != Value::Int(1) {
                out.push_str(&format!(", {}", repr(rt, step)?));
            }
            out.push(')');
            return Ok(out);
        }
        Payload::Slice { start, stop, step } => {
            let (a, b, c) = (*start, *stop, *step);
            return Ok(format!(
                "slice({}, {}, {})",
                repr(rt, a)?,
                repr(rt, b)?,
                repr(rt, c)?
            ));
        }
        Payload::Cell(None) => return Ok(format!("<cell at {:#x}: empty>", heap.id(v))),
        Payload::Cell(Some(x)) => {
            let x = *x;
            let name = super::type_name(heap, x);
            return Ok(format!(
                "<cell at {:#x}: {} object at {:#x}>",
                heap.id(v),
                name,
                heap.id(x)
            ));
        }
        Payload::Weakref { target: None, .. } => {
            return Ok(format!("<weakref at {:#x}; dead>", heap.id(v)));
        }
        Payload::Weakref {
            target: Some(t), ..
        } => {
            let t = Value::Obj(*t);
            let name = super::type_name(heap, t);
            return Ok(format!(
                "<weakref at {:#x}; to '{}' at {:#x}>",
                heap.id(v),
                name,
                heap.id(t)
            ));
        }
        Payload::Instance { .. } | Payload::Interp(_) | Payload::Cleared => return rt.user_repr(v),
    };
    if heap.repr_active.contains(&r) {
        return Ok(match shape {
            Shape::Seq(open, close, _) => format!("{open}...{close}"),
            Shape::Dict(_) => "{...}".into(),
            Shape::Set(name, _) => format!("{}(...)", name.as_deref().unwrap_or("set")),
        });
    }
    if heap.repr_active.len() >= MAX_DEPTH {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    heap.repr_active.push(r);
    heap.incref_obj(r);
    let result = repr_shape(rt, r, shape_parts(shape));
    let heap = rt.heap();
    heap.repr_active.retain(|x| *x != r);
    heap.decref_obj(r);
    return result;

    fn shape_parts(shape: Shape) -> Parts {
        match shape {
            Shape::Seq(open, close, items) => {
                let singleton_tuple = open == "(" && items.len() == 1;
                Parts {
                    open: open.into(),
                    close,
                    items: items.into_iter().map(|v| (None, v)).collect(),
                    trailing_comma: singleton_tuple,
                    empty: None,
                }
            }
            Shape::Dict(pairs) => Parts {
                open: "{".into(),
                close: "}",
                items: pairs.into_iter().map(|(k, v)| (Some(k), v)).collect(),
                trailing_comma: false,
                empty: None,
            },
            Shape::Set(name, items) => {
                let (open, close, empty) = match name {
                    Some(n) => (format!("{n}({{"), "})", format!("{n}()")),
                    None => ("{".to_string(), "}", "set()".to_string()),
                };
                Parts {
                    open: open.into(),
                    close,
                    empty: Some(empty.into()),
                    items: items.into_iter().map(|v| (None, v)).collect(),
                    trailing_comma: false,
                }
            }
        }
    }
}

struct Parts {
    open: std::borrow::Cow<'static, str>,
    close: &'static str,
    items: Vec<(Option<Value>, Value)>,
    trailing_comma: bool,
    empty: Option<std::borrow::Cow<'static, str>>,
}

fn repr_shape(rt: &mut dyn Runtime, _container: ObjRef, parts: Parts) -> PyResult<String> {
    if parts.items.is_empty() {
        if let Some(e) = parts.empty {
            return Ok(e.into_owned());
        }
    }
    for (k, v) in &parts.items {
        if let Some(k) = k {
            rt.heap().incref(*k);
        }
        rt.heap().incref(*v);
    }
    let mut out = parts.open.into_owned();
    let mut result = Ok(());
    for (i, (k, v)) in parts.items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let piece = match k {
            Some(k) => repr(rt, *k).and_then(|ks| Ok(format!("{ks}: {}", repr(rt, *v)?))),
            None => repr(rt, *v),
        };
        match piece {
            Ok(p) => out.push_str(&p),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    for (k, v) in &parts.items {
        if let Some(k) = k {
            rt.heap().decref(*k);
        }
        rt.heap().decref(*v);
    }
    result?;
    if parts.trailing_comma {
        out.push(',');
    }
    out.push_str(parts.close);
    Ok(out)
}

/// `str(v)`: the text of a `str`, the `str` of a user instance, else the
/// `repr`.
pub fn str(rt: &mut dyn Runtime, v: Value) -> PyResult<String> {
    if rt.heap().is_subclass_instance(v) {
        return rt.user_str(v);
    }
    str_builtin(rt, v)
}

/// The built-in `str` of `v`'s payload: `str.__str__` (the text) for a
/// `str` payload, else `object.__str__`, which is [`repr`] (so a
/// subclass's own `__repr__` is honoured).
pub fn str_builtin(rt: &mut dyn Runtime, v: Value) -> PyResult<String> {
    if let Value::Obj(r) = v {
        match rt.heap().payload(r) {
            Payload::Str(s) => return Ok(s.as_str().to_string()),
            Payload::Instance { .. } | Payload::Interp(_) => return rt.user_str(v),
            _ => {}
        }
    }
    repr(rt, v)
}

/// The bytes literal inside a `bytearray` repr: as `bytes_repr`, except
/// that CPython's bytearray repr escapes `'` even inside double quotes
/// (`bytearray(b"it\'s")`).
fn bytearray_repr(b: &[u8]) -> String {
    let literal = bytes_repr(b);
    match literal.strip_prefix("b\"") {
        Some(rest) => format!("b\"{}", rest.replace('\'', "\\'")),
        None => literal,
    }
}
