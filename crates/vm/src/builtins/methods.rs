//! Methods the interpreter adds to built-in classes: `object`'s
//! (`__init__`, `__new__`, `__repr__`, `__setattr__`, …), `type.__init__`,
//! `BaseException.__init__` and `with_traceback`, the dict views,
//! `bytes.decode` and `property`'s `getter`/`setter`/`deleter`.

use pyrite_objects::types::interp::{DictViewKind, InterpObject};
use pyrite_objects::{BuiltinType, ExcKind, Payload, PyErr, PyResult, Value};

use super::{NativeKind, bind, positional};
use crate::class::class_data;
use crate::interpreter::Interpreter;

pub(super) fn install(interp: &mut Interpreter) {
    let object = interp.classes.builtin[&BuiltinType::Object];
    interp.add_method(object, "__init__", NativeKind::VmMethod(object_init));
    interp.add_method(object, "__new__", NativeKind::Function(object_new));
    interp.add_method(object, "__repr__", NativeKind::VmMethod(object_repr));
    interp.add_method(object, "__str__", NativeKind::VmMethod(object_str));
    interp.add_method(object, "__setattr__", NativeKind::VmMethod(object_setattr));
    interp.add_method(
        object,
        "__getattribute__",
        NativeKind::VmMethod(object_getattribute),
    );
    interp.add_method(object, "__delattr__", NativeKind::VmMethod(object_delattr));
    interp.add_method(object, "__eq__", NativeKind::VmMethod(object_eq));
    interp.add_method(object, "__hash__", NativeKind::VmMethod(object_hash));
    interp.add_method(
        object,
        "__init_subclass__",
        NativeKind::VmMethod(object_init_subclass),
    );
    // A class method, as CPython's: each lookup binds the class.
    let dict =
        crate::class::class_data(&interp.heap, Value::Obj(object)).map_or(Value::None, |c| c.dict);
    if let Some(f) = interp.dict_get_str(dict, "__init_subclass__") {
        let wrapped = interp.new_interp("classmethod", InterpObject::ClassMethod(f));
        interp.dict_set_str(dict, "__init_subclass__", wrapped);
        interp.heap.decref(wrapped);
    }
    let ty = interp.classes.builtin[&BuiltinType::Type];
    interp.add_method(ty, "__init__", NativeKind::VmMethod(object_init));
    interp.add_method(ty, "__setattr__", NativeKind::VmMethod(type_setattr));
    interp.add_method(ty, "__delattr__", NativeKind::VmMethod(type_delattr));
    super::dir::install(interp);
    super::container_dunders::install(interp);
    let base_exc = interp.classes.exc[&ExcKind::BaseException];
    interp.add_method(base_exc, "__init__", NativeKind::VmMethod(exception_init));
    interp.add_method(
        base_exc,
        "with_traceback",
        NativeKind::VmMethod(exception_with_traceback),
    );
    let dict = interp.classes.builtin[&BuiltinType::Dict];
    interp.add_method(dict, "keys", NativeKind::VmMethod(dict_keys));
    interp.add_method(dict, "values", NativeKind::VmMethod(dict_values));
    interp.add_method(dict, "items", NativeKind::VmMethod(dict_items));
    let property = interp.named_class("property");
    interp.add_method(property, "setter", NativeKind::VmMethod(property_setter));
    interp.add_method(property, "getter", NativeKind::VmMethod(property_getter));
    interp.add_method(property, "deleter", NativeKind::VmMethod(property_deleter));
    let method = interp.named_class("method");
    interp.add_method(method, "__reduce__", NativeKind::VmMethod(method_reduce));
    for name in ["function", "property", "classmethod", "staticmethod"] {
        let class = interp.named_class(name);
        interp.add_method(class, "__get__", NativeKind::VmMethod(descriptor_get));
    }
}

/// `descr.__get__(obj, type=None)` called explicitly: what an attribute
/// lookup would have produced. Without an instance, a function or property
/// is returned unchanged; a classmethod binds `type` (or `type(obj)`).
fn descriptor_get(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(
        interp,
        "__get__",
        args,
        kwnames,
        &["self", "instance", "owner"],
        2,
    )?;
    let descr = bound[0].unwrap_or(Value::None);
    let obj = bound[1].unwrap_or(Value::None);
    let owner = bound[2].unwrap_or(Value::None);
    if obj == Value::None && owner == Value::None {
        return Err(PyErr::type_error("__get__(None, None) is invalid"));
    }
    let unbound = matches!(
        descr.as_obj().map(|r| interp.heap.payload(r)),
        Some(Payload::Interp(o)) if matches!(&**o, InterpObject::Function(_) | InterpObject::Property { .. })
    );
    if obj == Value::None && unbound {
        interp.heap.incref(descr);
        return Ok(descr);
    }
    let class = if owner == Value::None {
        Value::Obj(interp.class_of(obj))
    } else {
        owner
    };
    interp.bind_descriptor(descr, obj, class)
}

fn object_init(_interp: &mut Interpreter, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_init_subclass(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if let Some(k) = kwnames.first() {
        let _ = k;
        let name = interp
            .as_class_ref(args[0])
            .map_or_else(|| "object".to_string(), |c| interp.class_name(c));
        return Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| interp.as_class_ref(*c)) else {
        return Err(PyErr::type_error(
            "object.__new__(X): X is not a type object",
        ));
    };
    interp.object_new_instance(cls, &args[1..], kwnames)
}

impl Interpreter {
    /// `object.__new__`'s refusal of an abstract class: one whose own
    /// `__abstractmethods__` is non-empty (CPython's flag is set on the
    /// class it is assigned to, not inherited), naming the methods sorted.
    pub(super) fn refuse_abstract(&mut self, cls: pyrite_objects::ObjRef) -> PyResult<()> {
        let dict =
            crate::class::class_data(&self.heap, Value::Obj(cls)).map_or(Value::None, |c| c.dict);
        let Some(methods) = self.dict_get_str(dict, "__abstractmethods__") else {
            return Ok(());
        };
        let names = match self.truthy(methods) {
            Ok(true) => self.iterate(methods),
            Ok(false) => Ok(Vec::new()),
            Err(e) => Err(e),
        };
        self.heap.decref(methods);
        let names = names?;
        if names.is_empty() {
            return Ok(());
        }
        let list = self.heap.new_list(names);
        let sort = pyrite_objects::methods::lookup(BuiltinType::List, "sort")
            .expect("list has a sort method in the objects crate's table");
        let no_args = pyrite_objects::methods::Args {
            positional: &[],
            keywords: &[],
        };
        let joined = sort(self, list, no_args).and_then(|none| {
            self.heap.decref(none);
            let items = self.tuple_items(list);
            let mut texts = Vec::with_capacity(items.len());
            for (i, v) in items.iter().enumerate() {
                match self.heap.str_of(*v) {
                    Some(s) => texts.push(s.to_string()),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            self.type_name(*v)
                        )));
                    }
                }
            }
            Ok(texts)
        });
        self.heap.decref(list);
        let texts = joined?;
        Err(PyErr::type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            self.class_name(cls),
            if texts.len() > 1 { "s" } else { "" },
            texts.join(", ")
        )))
    }
}

impl Interpreter {
    /// `types.MethodType(function, instance)`: `function` bound to
    /// `instance`, with CPython's checks.
    pub(super) fn construct_method(
        &mut self,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if !kwnames.is_empty() {
            return Err(PyErr::type_error("method() takes no keyword arguments"));
        }
        let [func, receiver] = args else {
            return Err(PyErr::type_error(format!(
                "method expected 2 arguments, got {}",
                args.len()
            )));
        };
        if !super::is_callable(self, *func) {
            return Err(PyErr::type_error("first argument must be callable"));
        }
        if *receiver == Value::None {
            return Err(PyErr::type_error("instance must not be None"));
        }
        self.heap.incref(*func);
        self.heap.incref(*receiver);
        Ok(self.new_interp(
            "method",
            InterpObject::Method {
                func: *func,
                receiver: *receiver,
            },
        ))
    }
}

/// `method.__reduce__()`: `(getattr, (self, name))`, so a copy of a bound
/// method is the same function bound to the (possibly copied) instance.
fn method_reduce(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let Some(&m) = args.first() else {
        return Err(PyErr::type_error("__reduce__() takes no arguments"));
    };
    let Some((func, receiver)) = interp.method_parts(m) else {
        return Err(PyErr::type_error(
            "descriptor '__reduce__' requires a 'method' object",
        ));
    };
    let key = interp.intern("__name__");
    let name = interp.get_attr(func, key);
    interp.heap.decref(key);
    let name = name?;
    let builtins = interp.builtins_module;
    let dict = interp.module_dict(builtins);
    let Some(getattr) = interp.dict_get_str(dict, "getattr") else {
        interp.heap.decref(name);
        return Err(PyErr::new(ExcKind::RuntimeError, "lost builtins.getattr"));
    };
    interp.heap.incref(receiver);
    let inner = interp.heap.new_tuple(vec![receiver, name]);
    Ok(interp.heap.new_tuple(vec![getattr, inner]))
}

fn object_repr(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let s = pyrite_objects::Runtime::user_repr(interp, args[0])?;
    Ok(interp.heap.new_str(s))
}

fn object_str(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let s = interp.repr(args[0])?;
    Ok(interp.heap.new_str(s))
}

fn object_setattr(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [obj, name, v] = args else {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    interp.generic_setattr(*obj, *name, Some(*v))?;
    Ok(Value::None)
}

/// `type.__setattr__(cls, name, value)`: the class's own store, whatever
/// its metaclass's `__setattr__` does.
fn type_setattr(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [cls, name, v] = args else {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let cls = type_receiver(interp, *cls, "__setattr__")?;
    interp.class_setattr(cls, *name, Some(*v))?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [cls, name] = args else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let cls = type_receiver(interp, *cls, "__delattr__")?;
    interp.class_setattr(cls, *name, None)?;
    Ok(Value::None)
}

/// The class a `type` method was called on, or CPython's descriptor error.
fn type_receiver(
    interp: &mut Interpreter,
    v: Value,
    method: &str,
) -> PyResult<pyrite_objects::ObjRef> {
    interp.as_class_ref(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{method}' requires a 'type' object but received a '{}'",
            interp.type_name(v)
        ))
    })
}

fn object_delattr(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [obj, name] = args else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    interp.generic_setattr(*obj, *name, None)?;
    Ok(Value::None)
}

fn object_getattribute(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let [obj, name] = args else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let class = interp.class_of(*obj);
    match interp.generic_getattr(*obj, class, *name)? {
        Some(v) => Ok(v),
        None => Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{}'",
                interp.type_name(*obj),
                interp.heap.str_of(*name).unwrap_or("")
            ),
        )),
    }
}

fn object_eq(_interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(match args {
        [a, b] if a.is(*b) => Value::Bool(true),
        _ => Value::NotImplemented,
    })
}

fn object_hash(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(pyrite_objects::hash::pointer_hash(
        interp.heap.id(args[0]),
    )))
}

fn exception_init(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let obj = args[0];
    let class = interp.class_of(obj);
    if let Some(kind) = class_data(&interp.heap, Value::Obj(class)).and_then(|c| c.exception) {
        interp.exception_keywords(obj, kind, args, kwnames)?;
    }
    let rest = positional(&args[1..], kwnames).to_vec();
    for v in &rest {
        interp.heap.incref(*v);
    }
    let t = interp.heap.new_tuple(rest);
    match interp.exception_data_mut(obj) {
        Some(e) => {
            let old = std::mem::replace(&mut e.args, t);
            interp.heap.decref(old);
        }
        None => interp.heap.decref(t),
    }
    Ok(Value::None)
}

fn exception_with_traceback(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let [obj, tb] = args else {
        return Err(PyErr::type_error(
            "with_traceback() takes exactly one argument",
        ));
    };
    interp.heap.incref(*tb);
    if let Some(e) = interp.exception_data_mut(*obj) {
        let old = std::mem::replace(&mut e.traceback, *tb);
        interp.heap.decref(old);
    } else {
        interp.heap.decref(*tb);
    }
    interp.heap.incref(*obj);
    Ok(*obj)
}

fn dict_view(interp: &mut Interpreter, args: &[Value], kind: DictViewKind) -> PyResult<Value> {
    let d = args[0];
    if !matches!(
        d.as_obj().map(|r| interp.heap.payload(r)),
        Some(Payload::Dict(_))
    ) {
        return Err(PyErr::type_error("descriptor requires a 'dict' object"));
    }
    Ok(interp.new_dict_view(d, kind))
}

fn dict_keys(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    dict_view(interp, args, DictViewKind::Keys)
}

fn dict_values(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    dict_view(interp, args, DictViewKind::Values)
}

fn dict_items(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    dict_view(interp, args, DictViewKind::Items)
}

fn property_with(interp: &mut Interpreter, args: &[Value], slot: usize) -> PyResult<Value> {
    let [prop, f] = args else {
        return Err(PyErr::type_error("expected one argument"));
    };
    let Some(Payload::Interp(o)) = prop.as_obj().map(|r| interp.heap.payload(r)) else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let InterpObject::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &**o
    else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [*fget, *fset, *fdel, *doc];
    parts[slot] = *f;
    for v in parts {
        interp.heap.incref(v);
    }
    Ok(interp.new_interp(
        "property",
        InterpObject::Property {
            fget: parts[0],
            fset: parts[1],
            fdel: parts[2],
            doc: parts[3],
        },
    ))
}

fn property_getter(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    property_with(interp, args, 0)
}

fn property_setter(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    property_with(interp, args, 1)
}

fn property_deleter(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    property_with(interp, args, 2)
}
