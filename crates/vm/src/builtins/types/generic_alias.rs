//! `types.GenericAlias` (PEP 585): what `list[int]` makes.
//!
//! The built-in containers and `type` get a `__class_getitem__` class
//! method that answers a `GenericAlias` with `__origin__` (the class it
//! was called on, so a subclass of `list` gives `__main__.MyList[int]`),
//! `__args__` (always a tuple) and `__parameters__`. The alias prints as
//! `list[int]`, calls its origin when called, compares and hashes by
//! origin and arguments, and hands other attributes to its origin.
//!
//! The class is made like a `class` statement's, its namespace holding
//! native functions, so the interpreter finds its dunders the way it finds
//! any class's; its instances keep the three attributes in their
//! `__dict__`.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{BuiltinType, ExcKind, Payload, PyErr, PyResult, TypeRef, Value};

use super::super::{NativeFn, NativeKind};
use crate::class::class_data;
use crate::interpreter::Interpreter;

/// The built-in types whose `__class_getitem__` makes a `GenericAlias`
/// (`enumerate`, `mappingproxy` and `BaseExceptionGroup` too).
const GENERIC: &[BuiltinType] = &[
    BuiltinType::List,
    BuiltinType::Dict,
    BuiltinType::Tuple,
    BuiltinType::Set,
    BuiltinType::FrozenSet,
    BuiltinType::Type,
];

/// The alias's own methods.
const METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", alias_repr),
    ("__call__", alias_call),
    ("__eq__", alias_eq),
    ("__hash__", alias_hash),
    ("__getattr__", alias_getattr),
    ("__mro_entries__", alias_mro_entries),
    ("__instancecheck__", alias_instancecheck),
    ("__subclasscheck__", alias_subclasscheck),
    ("__getitem__", alias_getitem),
    ("__or__", super::type_methods::union_or),
    ("__ror__", super::type_methods::union_ror),
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let object = interp.classes.builtin[&BuiltinType::Object];
    let dict = interp.heap.new_dict();
    let module = interp.intern("types");
    interp.dict_set_str(dict, "__module__", module);
    interp.heap.decref(module);
    for (name, f) in METHODS {
        let index = interp.add_native(name, NativeKind::VmMethod(*f));
        let func = interp.native_object(index);
        interp.dict_set_str(dict, name, func);
        interp.heap.decref(func);
    }
    let index = interp.add_native("__new__", NativeKind::Function(alias_new));
    let func = interp.native_object(index);
    let new = interp.new_interp("staticmethod", InterpObject::StaticMethod(func));
    interp.dict_set_str(dict, "__new__", new);
    interp.heap.decref(new);
    let class = crate::class::new_class_with_meta(
        interp,
        "GenericAlias",
        "GenericAlias",
        &[Value::Obj(object)],
        dict,
        TypeRef::Builtin(BuiltinType::Type),
    )
    .expect("a class with the single base object has a linear MRO");
    interp.classes.named.insert("GenericAlias", class);
    let mut generic: Vec<_> = GENERIC.iter().map(|t| interp.classes.builtin[t]).collect();
    generic.push(interp.named_class("enumerate"));
    generic.push(interp.named_class("mappingproxy"));
    generic.push(interp.classes.exc[&pyrite_objects::ExcKind::BaseExceptionGroup]);
    for class in generic {
        let index = interp.add_native("__class_getitem__", NativeKind::Function(class_getitem));
        let f = interp.native_object(index);
        let wrapped = interp.new_interp("classmethod", InterpObject::ClassMethod(f));
        let ns = class_data(&interp.heap, Value::Obj(class)).map_or(Value::None, |c| c.dict);
        interp.dict_set_str(ns, "__class_getitem__", wrapped);
        interp.heap.decref(wrapped);
    }
}

/// `cls.__class_getitem__(item)`: `cls[item]`.
fn class_getitem(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let ([origin, item], []) = (args, kwnames) else {
        return Err(PyErr::type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    interp.new_generic_alias(*origin, *item)
}

impl Interpreter {
    /// A new `origin[item]` alias.
    pub(crate) fn new_generic_alias(&mut self, origin: Value, item: Value) -> PyResult<Value> {
        let args = if matches!(
            item.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Tuple(_))
        ) && self.heap.builtin_type(item) == Some(BuiltinType::Tuple)
        {
            self.heap.incref(item);
            item
        } else {
            self.heap.incref(item);
            self.heap.new_tuple(vec![item])
        };
        let dict = self.heap.new_dict();
        self.dict_set_str(dict, "__origin__", origin);
        self.dict_set_str(dict, "__args__", args);
        let parameters = match self.alias_parameters(args) {
            Ok(p) => p,
            Err(e) => {
                self.heap.decref(args);
                self.heap.decref(dict);
                return Err(e);
            }
        };
        self.dict_set_str(dict, "__parameters__", parameters);
        self.heap.decref(parameters);
        self.heap.decref(args);
        let class = self.named_class("GenericAlias");
        Ok(Value::Obj(
            self.heap
                .alloc(TypeRef::Heap(class), Payload::Instance { dict }),
        ))
    }

    /// `__parameters__` for the arguments `args`: the type variables among
    /// them (what has `__typing_subst__`) and those of each argument with
    /// `__parameters__` of its own, in order, without repeats.
    fn alias_parameters(&mut self, args: Value) -> PyResult<Value> {
        let mut found: Vec<Value> = Vec::new();
        for arg in self.tuple_items(args) {
            if self.as_class_ref(arg).is_some() {
                continue;
            }
            if let Some(subst) = self.optional_attr(arg, "__typing_subst__")? {
                self.heap.decref(subst);
                if !found.iter().any(|f| f.is(arg)) {
                    found.push(arg);
                }
            } else if let Some(inner) = self.optional_attr(arg, "__parameters__")? {
                for p in self.tuple_items(inner) {
                    if !found.iter().any(|f| f.is(p)) {
                        found.push(p);
                    }
                }
                self.heap.decref(inner);
            }
        }
        for p in &found {
            self.heap.incref(*p);
        }
        Ok(self.heap.new_tuple(found))
    }

    /// The `(__origin__, __args__)` of an alias, borrowed.
    fn alias_parts(&mut self, v: Value) -> Option<(Value, Value)> {
        let class = self.named_class("GenericAlias");
        if !self.is_instance(v, class) {
            return None;
        }
        let dict = self.instance_dict(v)?;
        let origin = self.dict_get_str(dict, "__origin__")?;
        let args = self.dict_get_str(dict, "__args__");
        self.heap.decref(origin);
        let args = args?;
        self.heap.decref(args);
        Some((origin, args))
    }

    /// How an alias prints a class, `...` or another alias.
    fn alias_arg_repr(&mut self, v: Value) -> PyResult<String> {
        if v == Value::Ellipsis {
            return Ok("...".into());
        }
        let Some(class) = self.as_class_ref(v) else {
            return self.repr(v);
        };
        let qualname = class_data(&self.heap, v).map_or(String::new(), |c| c.qualname.clone());
        let module = if self.classes.native.contains(&class) {
            None
        } else {
            let dict = class_data(&self.heap, v).map_or(Value::None, |c| c.dict);
            self.dict_get_str(dict, "__module__").map(|m| {
                let s = self.heap.str_of(m).unwrap_or("").to_string();
                self.heap.decref(m);
                s
            })
        };
        Ok(match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}"),
            _ => qualname,
        })
    }
}

fn receiver(interp: &mut Interpreter, args: &[Value]) -> PyResult<(Value, Value, Value)> {
    let this = args.first().copied().unwrap_or(Value::None);
    match interp.alias_parts(this) {
        Some((origin, items)) => Ok((this, origin, items)),
        None => Err(PyErr::type_error(
            "descriptor requires a 'types.GenericAlias' object",
        )),
    }
}

/// `GenericAlias(origin, args)`, as Python code (the `collections`
/// classes' `__class_getitem__`) makes one.
fn alias_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match (args, kwnames) {
        ([_, origin, items], []) => interp.new_generic_alias(*origin, *items),
        _ => Err(PyErr::type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

fn alias_instancecheck(_: &mut Interpreter, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(PyErr::type_error(
        "isinstance() argument 2 cannot be a parameterized generic",
    ))
}

fn alias_subclasscheck(_: &mut Interpreter, _: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(PyErr::type_error(
        "issubclass() argument 2 cannot be a parameterized generic",
    ))
}

fn alias_repr(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (_, origin, items) = receiver(interp, args)?;
    let items = interp.tuple_items(items);
    let mut parts = Vec::with_capacity(items.len());
    for item in &items {
        parts.push(interp.alias_arg_repr(*item)?);
    }
    let inner = if parts.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    let text = format!("{}[{inner}]", interp.alias_arg_repr(origin)?);
    Ok(interp.heap.new_str(text))
}

fn alias_call(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (this, origin, _) = receiver(interp, args)?;
    let result = interp.call(origin, &args[1..], kwnames)?;
    // CPython records the alias on the instance when it can.
    let key = interp.intern("__orig_class__");
    let set = interp.set_attr(result, key, Some(this));
    interp.heap.decref(key);
    if let Err(e) = set {
        interp.drop_error(e);
    }
    Ok(result)
}

fn alias_eq(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (_, origin, items) = receiver(interp, args)?;
    let other = args.get(1).copied().unwrap_or(Value::None);
    let Some((o2, i2)) = interp.alias_parts(other) else {
        return Ok(Value::NotImplemented);
    };
    if !origin.is(o2) {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(interp.equal(items, i2)?))
}

fn alias_hash(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (_, origin, items) = receiver(interp, args)?;
    let h = interp.hash(origin)? ^ interp.hash(items)?;
    Ok(Value::Int(h))
}

fn alias_getattr(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (_, origin, _) = receiver(interp, args)?;
    let name = args.get(1).copied().unwrap_or(Value::None);
    let text = interp.heap.str_of(name).unwrap_or("").to_string();
    if text.starts_with("__") && text.ends_with("__") {
        return Err(PyErr::new(ExcKind::AttributeError, text));
    }
    interp.get_attr(origin, name)
}

/// `alias[items]`: the alias with its type variables replaced, in order,
/// by `items` (each through the variable's `__typing_subst__`), also
/// inside arguments that are generic themselves.
fn alias_getitem(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (this, origin, items) = receiver(interp, args)?;
    let item = args.get(1).copied().unwrap_or(Value::None);
    let dict = interp.instance_dict(this).unwrap_or(Value::None);
    let parameters = interp.dict_get_str(dict, "__parameters__");
    let params = parameters.map_or(Vec::new(), |p| interp.tuple_items(p));
    if let Some(p) = parameters {
        interp.heap.decref(p);
    }
    if params.is_empty() {
        let shown = interp.repr(this)?;
        return Err(PyErr::type_error(format!("{shown} is not a generic class")));
    }
    let given = if interp.heap.builtin_type(item) == Some(BuiltinType::Tuple) {
        interp.tuple_items(item)
    } else {
        vec![item]
    };
    if given.len() != params.len() {
        let shown = interp.repr(this)?;
        let many = if given.len() > params.len() {
            "many"
        } else {
            "few"
        };
        return Err(PyErr::type_error(format!(
            "Too {many} arguments for {shown}; actual {}, expected {}",
            given.len(),
            params.len()
        )));
    }
    let mut new_args = Vec::new();
    for arg in interp.tuple_items(items) {
        match substitute(interp, arg, &params, &given) {
            Ok(v) => new_args.push(v),
            Err(e) => {
                interp.release(new_args);
                return Err(e);
            }
        }
    }
    let new_args = interp.heap.new_tuple(new_args);
    let result = interp.new_generic_alias(origin, new_args);
    interp.heap.decref(new_args);
    result
}

/// One argument of an alias with `params` replaced by `given` (a new
/// reference).
fn substitute(
    interp: &mut Interpreter,
    arg: Value,
    params: &[Value],
    given: &[Value],
) -> PyResult<Value> {
    if let Some(i) = params.iter().position(|p| p.is(arg)) {
        let Some(subst) = interp.optional_attr(arg, "__typing_subst__")? else {
            interp.heap.incref(given[i]);
            return Ok(given[i]);
        };
        let r = interp.call(subst, &[given[i]], &[]);
        interp.heap.decref(subst);
        return r;
    }
    if interp.as_class_ref(arg).is_none() {
        if let Some(inner) = interp.optional_attr(arg, "__parameters__")? {
            let own = interp.tuple_items(inner);
            interp.heap.decref(inner);
            if !own.is_empty() {
                let picked: Vec<Value> = own
                    .iter()
                    .map(|p| {
                        params
                            .iter()
                            .position(|q| q.is(*p))
                            .map_or(*p, |i| given[i])
                    })
                    .collect();
                for v in &picked {
                    interp.heap.incref(*v);
                }
                let key = interp.heap.new_tuple(picked);
                let r = interp.getitem(arg, key);
                interp.heap.decref(key);
                return r;
            }
        }
    }
    interp.heap.incref(arg);
    Ok(arg)
}

fn alias_mro_entries(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (_, origin, _) = receiver(interp, args)?;
    interp.heap.incref(origin);
    Ok(interp.heap.new_tuple(vec![origin]))
}
