//! `dir()` and the `__dir__` methods behind it: `dir(obj)` calls
//! `type(obj).__dir__(obj)`, turns the result into a list and sorts it;
//! `dir()` lists the current scope's names, sorted.
//!
//! The built-in `__dir__`s, as CPython's: `object.__dir__` is the names in
//! the instance's `__dict__` and in its class and the class's bases;
//! `type.__dir__` is the names in the class and its bases (not its
//! metaclass's); a module's is the names in its `__dict__`. They return
//! unsorted lists; `dir()` does the sorting.

use pyrite_objects::methods::Args;
use pyrite_objects::{BuiltinType, Payload, PyErr, PyResult, Value};

use super::{NativeKind, positional};
use crate::interpreter::Interpreter;

pub(super) fn install(interp: &mut Interpreter) {
    let object = interp.classes.builtin[&BuiltinType::Object];
    interp.add_method(object, "__dir__", NativeKind::VmMethod(object_dir));
    let ty = interp.classes.builtin[&BuiltinType::Type];
    interp.add_method(ty, "__dir__", NativeKind::VmMethod(type_dir));
}

/// `dir([object])`.
pub(super) fn builtin_dir(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("dir() takes no keyword arguments"));
    }
    let listed = match positional(args, kwnames) {
        [] => {
            let scope = match interp.current {
                Some(f) => interp.locals_of(f),
                None => interp.heap.new_dict(),
            };
            let names = interp.iterate(scope);
            interp.heap.decref(scope);
            interp.heap.new_list(names?)
        }
        [v] => {
            let result = match interp.user_special(*v, "__dir__") {
                Some(f) => interp.call_special(f, *v, &[])?,
                None => {
                    let names = default_dir(interp, *v);
                    to_list(interp, names)
                }
            };
            let items = interp.iterate(result);
            interp.heap.decref(result);
            interp.heap.new_list(items?)
        }
        more => {
            return Err(PyErr::type_error(format!(
                "dir expected at most 1 argument, got {}",
                more.len()
            )));
        }
    };
    let sort = pyrite_objects::methods::lookup(BuiltinType::List, "sort")
        .expect("list has a sort method in the objects crate's table");
    let sorted = sort(
        interp,
        listed,
        Args {
            positional: &[],
            keywords: &[],
        },
    );
    match sorted {
        Ok(none) => {
            interp.heap.decref(none);
            Ok(listed)
        }
        Err(e) => {
            interp.heap.decref(listed);
            Err(e)
        }
    }
}

/// `object.__dir__(self)`.
fn object_dir(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [v] = args else {
        return Err(PyErr::type_error(format!(
            "object.__dir__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let mut names = Vec::new();
    if let Some(d) = interp.instance_dict(*v) {
        add_dict(interp, d, &mut names);
    }
    let class = interp.class_of(*v);
    add_mro(interp, Value::Obj(class), &mut names);
    Ok(to_list(interp, names))
}

/// `type.__dir__(cls)`.
fn type_dir(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [cls] = args else {
        return Err(PyErr::type_error(format!(
            "type.__dir__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let mut names = Vec::new();
    add_mro(interp, *cls, &mut names);
    Ok(to_list(interp, names))
}

/// What the built-in `__dir__` of `v`'s type gives.
fn default_dir(interp: &mut Interpreter, v: Value) -> Vec<Value> {
    let mut names = Vec::new();
    if let Some(d) = interp.module_dict_opt(v) {
        add_dict(interp, d, &mut names);
    } else if interp.as_class_ref(v).is_some() {
        add_mro(interp, v, &mut names);
    } else {
        if let Some(d) = interp.instance_dict(v) {
            add_dict(interp, d, &mut names);
        }
        let class = interp.class_of(v);
        add_mro(interp, Value::Obj(class), &mut names);
    }
    names
}

/// The keys of every class in `class`'s MRO, each once.
fn add_mro(interp: &Interpreter, class: Value, names: &mut Vec<Value>) {
    let mro = crate::class::class_data(&interp.heap, class).map_or(vec![], |c| c.mro.clone());
    for k in mro {
        let d = crate::class::class_data(&interp.heap, k).map_or(Value::None, |c| c.dict);
        add_dict(interp, d, names);
    }
}

/// The keys of dict `d` not yet in `names` (borrowed).
fn add_dict(interp: &Interpreter, d: Value, names: &mut Vec<Value>) {
    if let Some(Payload::Dict(t)) = d.as_obj().map(|r| interp.heap.payload(r)) {
        for (_, e) in t.iter() {
            let seen = names.iter().any(|n| {
                n.is(e.key)
                    || matches!(
                        (interp.heap.str_of(*n), interp.heap.str_of(e.key)),
                        (Some(a), Some(b)) if a == b
                    )
            });
            if !seen {
                names.push(e.key);
            }
        }
    }
}

/// A new list holding `names` (borrowed until now).
fn to_list(interp: &mut Interpreter, names: Vec<Value>) -> Value {
    for n in &names {
        interp.heap.incref(*n);
    }
    interp.heap.new_list(names)
}
