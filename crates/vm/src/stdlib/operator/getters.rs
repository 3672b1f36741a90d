//! `operator.itemgetter`, `operator.attrgetter` and
//! `operator.methodcaller`: callables that remember what to fetch or call.
//!
//! Fields (see [`crate::stdlib::native_class`]):
//! - itemgetter: `_items`, a tuple of the keys.
//! - attrgetter: `_attrs`, a tuple of tuples of interned names (`'a.b'`
//!   is `('a', 'b')`), and `_names`, the names as given, for `repr`.
//! - methodcaller: `_name`, the method name; `_args`, the positional
//!   arguments followed by the keyword values; `_kwnames`, the keyword
//!   names (a tuple).

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::no_keywords;
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{field, make_class, new_instance, receiver};

pub(super) fn install(interp: &mut Interpreter, dict: Value) {
    make_class(
        interp,
        dict,
        "operator",
        "itemgetter",
        Some(itemgetter_new),
        &[("__call__", itemgetter_call), ("__repr__", itemgetter_repr)],
    );
    make_class(
        interp,
        dict,
        "operator",
        "attrgetter",
        Some(attrgetter_new),
        &[("__call__", attrgetter_call), ("__repr__", attrgetter_repr)],
    );
    make_class(
        interp,
        dict,
        "operator",
        "methodcaller",
        Some(methodcaller_new),
        &[
            ("__call__", methodcaller_call),
            ("__repr__", methodcaller_repr),
        ],
    );
}

/// The single argument of a getter's call.
fn single(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords(name, kwnames)?;
    match args {
        [obj] => Ok(*obj),
        _ => Err(PyErr::type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `repr` of each value, joined by `, `.
fn reprs(interp: &mut Interpreter, values: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(values.len());
    for v in values {
        parts.push(interp.repr(*v)?);
    }
    Ok(parts.join(", "))
}

fn itemgetter_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, items) = receiver(args);
    no_keywords("itemgetter", kwnames)?;
    if items.is_empty() {
        return Err(PyErr::type_error("itemgetter expected 1 argument, got 0"));
    }
    let tuple = interp.heap.new_tuple(items.to_vec());
    for v in items {
        interp.heap.incref(*v);
    }
    let obj = new_instance(interp, cls, &[("_items", tuple)]);
    interp.heap.decref(tuple);
    Ok(obj)
}

fn itemgetter_call(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, rest) = receiver(args);
    let obj = single("itemgetter", rest, kwnames)?;
    let items = field(interp, me, "_items")?;
    let keys = interp.tuple_items(items);
    if let [key] = keys[..] {
        return interp.getitem(obj, key);
    }
    let mut out = Vec::with_capacity(keys.len());
    for key in keys {
        match interp.getitem(obj, key) {
            Ok(v) => out.push(v),
            Err(e) => {
                interp.release(out);
                return Err(e);
            }
        }
    }
    Ok(interp.heap.new_tuple(out))
}

fn itemgetter_repr(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let items = field(interp, me, "_items")?;
    let keys = interp.tuple_items(items);
    let text = format!("operator.itemgetter({})", reprs(interp, &keys)?);
    Ok(interp.heap.new_str(text))
}

fn attrgetter_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, names) = receiver(args);
    no_keywords("attrgetter", kwnames)?;
    if names.is_empty() {
        return Err(PyErr::type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(names.len());
    for name in names {
        let Some(text) = interp.heap.str_of(*name).map(str::to_string) else {
            interp.release(paths);
            return Err(PyErr::type_error("attribute name must be a string"));
        };
        let parts = text.split('.').map(|p| interp.intern(p)).collect();
        paths.push(interp.heap.new_tuple(parts));
    }
    let attrs = interp.heap.new_tuple(paths);
    let given = interp.heap.new_tuple(names.to_vec());
    for v in names {
        interp.heap.incref(*v);
    }
    let obj = new_instance(interp, cls, &[("_attrs", attrs), ("_names", given)]);
    interp.heap.decref(attrs);
    interp.heap.decref(given);
    Ok(obj)
}

/// `obj.a.b.c` for the path `('a', 'b', 'c')` (a new reference).
fn follow(interp: &mut Interpreter, obj: Value, path: Value) -> PyResult<Value> {
    let mut current = obj;
    interp.heap.incref(current);
    for name in interp.tuple_items(path) {
        let next = interp.get_attr(current, name);
        interp.heap.decref(current);
        current = next?;
    }
    Ok(current)
}

fn attrgetter_call(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, rest) = receiver(args);
    let obj = single("attrgetter", rest, kwnames)?;
    let attrs = field(interp, me, "_attrs")?;
    let paths = interp.tuple_items(attrs);
    if let [path] = paths[..] {
        return follow(interp, obj, path);
    }
    let mut out = Vec::with_capacity(paths.len());
    for path in paths {
        match follow(interp, obj, path) {
            Ok(v) => out.push(v),
            Err(e) => {
                interp.release(out);
                return Err(e);
            }
        }
    }
    Ok(interp.heap.new_tuple(out))
}

fn attrgetter_repr(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let names = field(interp, me, "_names")?;
    let names = interp.tuple_items(names);
    let text = format!("operator.attrgetter({})", reprs(interp, &names)?);
    Ok(interp.heap.new_str(text))
}

fn methodcaller_new(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let npos = rest.len() - kwnames.len().min(rest.len());
    let Some(&name) = rest[..npos].first() else {
        return Err(PyErr::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    if interp.heap.str_of(name).is_none() {
        return Err(PyErr::type_error("method name must be a string"));
    }
    let call_args = rest[1..].to_vec();
    for v in &call_args {
        interp.heap.incref(*v);
    }
    let call_args = interp.heap.new_tuple(call_args);
    for k in kwnames {
        interp.heap.incref(*k);
    }
    let names = interp.heap.new_tuple(kwnames.to_vec());
    let obj = new_instance(
        interp,
        cls,
        &[("_name", name), ("_args", call_args), ("_kwnames", names)],
    );
    interp.heap.decref(call_args);
    interp.heap.decref(names);
    Ok(obj)
}

fn methodcaller_call(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let (me, rest) = receiver(args);
    let obj = single("methodcaller", rest, kwnames)?;
    let name = field(interp, me, "_name")?;
    let call_args = field(interp, me, "_args")?;
    let names = field(interp, me, "_kwnames")?;
    let call_args = interp.tuple_items(call_args);
    let names = interp.tuple_items(names);
    let method = interp.get_attr(obj, name)?;
    let r = interp.call(method, &call_args, &names);
    interp.heap.decref(method);
    r
}

fn methodcaller_repr(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let name = field(interp, me, "_name")?;
    let call_args = field(interp, me, "_args")?;
    let names = field(interp, me, "_kwnames")?;
    let call_args = interp.tuple_items(call_args);
    let names = interp.tuple_items(names);
    let npos = call_args.len() - names.len();
    let mut parts = vec![interp.repr(name)?];
    for v in &call_args[..npos] {
        parts.push(interp.repr(*v)?);
    }
    for (k, v) in names.iter().zip(&call_args[npos..]) {
        let key = interp.heap.str_of(*k).unwrap_or("").to_string();
        parts.push(format!("{key}={}", interp.repr(*v)?));
    }
    let text = format!("operator.methodcaller({})", parts.join(", "));
    Ok(interp.heap.new_str(text))
}
