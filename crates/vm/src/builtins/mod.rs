//! The `builtins` module and the table of native functions.
//!
//! Every native callable (a built-in function like `len`, or a method of a
//! built-in type like `list.append` from the objects crate's tables) has a
//! number in `Interpreter::natives`; a `builtin_function_or_method` object
//! on the heap names it by that number, never by a Rust pointer.

mod audit;
mod compile;
mod constructors;
mod container_dunders;
mod dir;
mod dis_instructions;
pub(crate) mod file;

pub(crate) use file::OpenFiles;
mod functions;

pub(crate) use functions::is_callable;
pub(crate) use types::type_methods::union_or;
mod iteration;
mod methods;
mod stdio;
pub(crate) mod sys;
mod types;

use pyrite_objects::methods::{Args, BuiltinMethod, MethodTable};
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{BuiltinType, ExcKind, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

/// A native function: positional arguments then keyword values, and the
/// keyword names; returns an owned reference.
pub(crate) type NativeFn = fn(&mut Interpreter, &[Value], &[Value]) -> PyResult<Value>;

/// How a native is called.
#[derive(Clone, Copy)]
pub(crate) enum NativeKind {
    /// A function of the interpreter (`len`, `print`, …).
    Function(NativeFn),
    /// A method of a built-in type, from the objects crate's tables; the
    /// receiver comes first.
    Method(BuiltinMethod),
    /// A method implemented by the interpreter; the receiver comes first
    /// in the arguments.
    VmMethod(NativeFn),
}

/// One entry of the native table.
#[derive(Clone, Copy)]
pub(crate) struct Native {
    pub name: &'static str,
    pub kind: NativeKind,
}

impl std::fmt::Debug for Native {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<native {}>", self.name)
    }
}

/// Method tables of the built-in types, from the objects crate.
fn method_tables() -> Vec<(BuiltinType, MethodTable)> {
    use pyrite_objects::types::*;
    vec![
        (BuiltinType::Str, str_methods::STR_METHODS),
        (BuiltinType::List, list_methods::LIST_METHODS),
        (BuiltinType::Tuple, list_methods::TUPLE_METHODS),
        (BuiltinType::Dict, dict_methods::DICT_METHODS),
        (BuiltinType::Set, set_methods::SET_METHODS),
        (BuiltinType::FrozenSet, set_methods::FROZENSET_METHODS),
        (BuiltinType::Int, number_methods::INT_METHODS),
        (BuiltinType::Float, number_methods::FLOAT_METHODS),
    ]
}

impl Interpreter {
    /// Add a native to the table; returns its number.
    fn add_native(&mut self, name: &'static str, kind: NativeKind) -> u32 {
        self.natives.push(Native { name, kind });
        (self.natives.len() - 1) as u32
    }

    /// A new built-in function object for a native (a new reference).
    fn native_object(&mut self, index: u32) -> Value {
        self.new_interp(
            "builtin_function_or_method",
            InterpObject::Builtin {
                index,
                receiver: Value::None,
            },
        )
    }

    /// Put a native method into a class's namespace.
    pub(crate) fn add_method(
        &mut self,
        class: pyrite_objects::ObjRef,
        name: &'static str,
        kind: NativeKind,
    ) {
        let index = self.add_native(name, kind);
        let f = self.native_object(index);
        let dict =
            crate::class::class_data(&self.heap, Value::Obj(class)).map_or(Value::None, |c| c.dict);
        self.dict_set_str(dict, name, f);
        self.heap.decref(f);
    }

    /// CPython's error for an unbound method called with no receiver:
    /// `unbound method str.upper() needs an argument`, the method named by
    /// the class whose namespace holds it (by its own name when no class
    /// does).
    fn unbound_without_argument(&mut self, index: u32) -> PyErr {
        let name = self.natives[index as usize].name;
        let classes: Vec<pyrite_objects::ObjRef> = self.classes.native.iter().copied().collect();
        let owner = classes.into_iter().find(|&class| {
            let dict = crate::class::class_data(&self.heap, Value::Obj(class))
                .map_or(Value::None, |c| c.dict);
            let Some(found) = self.dict_get_str(dict, name) else {
                return false;
            };
            let holds = found.as_obj().is_some_and(|r| {
                matches!(self.heap.payload(r), pyrite_objects::Payload::Interp(o)
                    if matches!(&**o, InterpObject::Builtin { index: i, .. } if *i == index))
            });
            self.heap.decref(found);
            holds
        });
        let qualname = match owner {
            Some(class) => format!("{}.{name}", self.class_name(class)),
            None => name.to_string(),
        };
        PyErr::type_error(format!("unbound method {qualname}() needs an argument"))
    }

    /// Call native number `index`; `receiver` is the bound `__self__` or
    /// `None`.
    pub(crate) fn call_native(
        &mut self,
        index: u32,
        receiver: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let native = self.natives[index as usize];
        if let (NativeKind::Method(m), true, true) =
            (native.kind, receiver != Value::None, kwnames.is_empty())
        {
            return m(self, receiver, Args::new(args));
        }
        let with_receiver: Vec<Value>;
        let args = if receiver != Value::None {
            with_receiver = std::iter::once(receiver)
                .chain(args.iter().copied())
                .collect();
            &with_receiver[..]
        } else {
            args
        };
        match native.kind {
            NativeKind::Function(f) => {
                if receiver != Value::None {
                    // A module-level function bound to its module.
                    f(self, &args[1..], kwnames)
                } else {
                    f(self, args, kwnames)
                }
            }
            NativeKind::VmMethod(f) => {
                if args.is_empty() {
                    return Err(self.unbound_without_argument(index));
                }
                f(self, args, kwnames)
            }
            NativeKind::Method(m) => {
                let Some((&recv, rest)) = args.split_first() else {
                    return Err(self.unbound_without_argument(index));
                };
                let npos = rest.len() - kwnames.len().min(rest.len());
                let names = keyword_texts(&self.heap, kwnames);
                let keywords = keyword_pairs(&names, &rest[npos..]);
                m(
                    self,
                    recv,
                    Args {
                        positional: &rest[..npos],
                        keywords: &keywords,
                    },
                )
            }
        }
    }
}

/// Register a native function under `name` in a namespace dict.
pub(crate) fn define(interp: &mut Interpreter, dict: Value, name: &'static str, f: NativeFn) {
    let index = interp.add_native(name, NativeKind::Function(f));
    let obj = interp.native_object(index);
    interp.dict_set_str(dict, name, obj);
    interp.heap.decref(obj);
}

/// Create the `builtins` module and the built-in types' methods.
pub(crate) fn install(interp: &mut Interpreter) {
    for (ty, table) in method_tables() {
        let class = interp.classes.builtin[&ty];
        for (name, m) in table {
            interp.add_method(class, name, NativeKind::Method(*m));
        }
    }
    let dict = interp.heap.new_dict();
    let name = interp.intern("builtins");
    interp.dict_set_str(dict, "__name__", name);
    interp.heap.decref(name);
    interp.builtins = dict;
    interp.heap.incref(dict);
    interp.builtins_module = interp.new_interp("module", InterpObject::Module { dict });
    for (ty, name) in [
        (BuiltinType::Object, "object"),
        (BuiltinType::Type, "type"),
        (BuiltinType::Int, "int"),
        (BuiltinType::Bool, "bool"),
        (BuiltinType::Float, "float"),
        (BuiltinType::Complex, "complex"),
        (BuiltinType::Str, "str"),
        (BuiltinType::Bytes, "bytes"),
        (BuiltinType::ByteArray, "bytearray"),
        (BuiltinType::Tuple, "tuple"),
        (BuiltinType::List, "list"),
        (BuiltinType::Dict, "dict"),
        (BuiltinType::Set, "set"),
        (BuiltinType::FrozenSet, "frozenset"),
        (BuiltinType::Range, "range"),
        (BuiltinType::Slice, "slice"),
    ] {
        let class = interp.classes.builtin[&ty];
        interp.dict_set_str(dict, name, Value::Obj(class));
    }
    for name in [
        "property",
        "classmethod",
        "staticmethod",
        "super",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
    ] {
        let class = interp.named_class(name);
        interp.dict_set_str(dict, name, Value::Obj(class));
    }
    for kind in ExcKind::ALL {
        let class = interp.classes.exc[kind];
        interp.dict_set_str(dict, kind.name(), Value::Obj(class));
    }
    // The names OSError had before Python 3.3, kept as aliases.
    let os_error = interp.classes.exc[&ExcKind::OSError];
    for alias in ["EnvironmentError", "IOError"] {
        interp.dict_set_str(dict, alias, Value::Obj(os_error));
    }
    interp.dict_set_str(dict, "None", Value::None);
    interp.dict_set_str(dict, "Ellipsis", Value::Ellipsis);
    interp.dict_set_str(dict, "NotImplemented", Value::NotImplemented);
    interp.dict_set_str(dict, "True", Value::Bool(true));
    interp.dict_set_str(dict, "False", Value::Bool(false));
    interp.dict_set_str(dict, "__debug__", Value::Bool(true));
    functions::install(interp, dict);
    for (name, f) in iteration::FUNCTIONS {
        define(interp, dict, name, *f);
    }
    for (name, f) in compile::FUNCTIONS {
        define(interp, dict, name, *f);
    }
    constructors::install(interp);
    sys::install(interp);
    crate::generator::install(interp);
    crate::stdlib::weakref::install(interp);
    file::install(interp, dict);
    types::object_methods::install(interp);
    types::exception_state::install(interp);
    types::type_methods::install(interp);
    types::iter_reduce::install(interp);
    types::code_methods::install(interp);
    types::protocol_dunders::install(interp);
    types::object_methods::drop_builtins_module(interp);
    types::descriptors::install(interp);
    types::object_methods::add_doc(interp);
}

/// A native module by name (a new reference), creating it on first import;
/// `None` when no native module has that name.
pub(crate) fn native_module(interp: &mut Interpreter, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "builtins" => {
            let m = interp.builtins_module;
            interp.heap.incref(m);
            Ok(m)
        }
        "sys" => Ok(sys::imported(interp)),
        "_dis" => compile::dis_module(interp),
        "_weakref" => crate::stdlib::weakref::module(interp),
        "_io" | "io" => file::module(interp),
        "math" => crate::stdlib::math::module(interp),
        "time" => crate::stdlib::time::module(interp),
        "re" => crate::stdlib::re::module(interp),
        "operator" | "_operator" => crate::stdlib::operator::module(interp),
        "_functools" => crate::stdlib::functools::module(interp),
        "itertools" => crate::stdlib::itertools::module(interp),
        "_heapq" => crate::stdlib::heapq::module(interp),
        _ => return crate::stdlib::module_named(interp, name),
    })
}

/// Bind a native's arguments to parameter names (positional or keyword);
/// the first `required` must be given. Values are borrowed.
pub(crate) fn bind(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len() - kwnames.len().min(args.len());
    let mut out = vec![None; names.len()];
    if npos > names.len() {
        return Err(PyErr::type_error(if names.len() == required {
            format!(
                "{func}() takes exactly {} argument{} ({npos} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{func}() takes at most {} argument{} ({npos} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" }
            )
        }));
    }
    for (slot, v) in out.iter_mut().zip(&args[..npos]) {
        *slot = Some(*v);
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = interp.heap.str_of(*k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) => out[i] = Some(*v),
            None => {
                return Err(PyErr::type_error(format!(
                    "{func}() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(PyErr::type_error(if kwnames.is_empty() {
            if required == names.len() && required == 1 {
                format!("{func}() takes exactly one argument ({npos} given)")
            } else {
                format!(
                    "{func}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )
            }
        } else {
            format!(
                "{func}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )
        }));
    }
    Ok(out)
}

/// Refuse keyword arguments.
pub(crate) fn no_keywords(func: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{func}() takes no keyword arguments"
        )))
    }
}

/// The names of a call's keyword arguments as text, to pair with their
/// values by [`keyword_pairs`].
pub(crate) fn keyword_texts(heap: &pyrite_objects::Heap, kwnames: &[Value]) -> Vec<String> {
    kwnames
        .iter()
        .map(|k| heap.str_of(*k).unwrap_or("").to_string())
        .collect()
}

/// `(name, value)` pairs of keyword arguments, as the objects crate's
/// `Args` takes them.
pub(crate) fn keyword_pairs<'a>(names: &'a [String], values: &[Value]) -> Vec<(&'a str, Value)> {
    names
        .iter()
        .map(String::as_str)
        .zip(values.iter().copied())
        .collect()
}

/// The positional arguments of a call.
pub(crate) fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len() - kwnames.len().min(args.len())]
}

/// A keyword argument by name.
pub(crate) fn keyword(
    interp: &Interpreter,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
) -> Option<Value> {
    let npos = args.len() - kwnames.len().min(args.len());
    kwnames
        .iter()
        .position(|k| interp.heap.str_of(*k) == Some(name))
        .map(|i| args[npos + i])
}
