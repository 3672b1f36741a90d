//! Calling classes: `type.__call__` (`__new__` then `__init__`), the
//! built-in types' constructors (`int(x)`, `list(it)`, …), `type(x)` and
//! `type(name, bases, dict)`, `__build_class__` for `class` statements,
//! `object`'s and `BaseException`'s methods, and the descriptor and
//! iterator classes (`property`, `super`, `enumerate`, `zip`, …).

use pyrite_objects::types::float::parse_float;
use pyrite_objects::types::int::Int;
use pyrite_objects::types::interp::{DictViewKind, InterpObject, IterState};
use pyrite_objects::{BuiltinType, ExcKind, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

use super::{NativeKind, bind, no_keywords, positional};
use crate::class::{class_data, dict_lookup_str};
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
    let ty = interp.classes.builtin[&BuiltinType::Type];
    interp.add_method(ty, "__new__", NativeKind::Function(type_new));
    interp.add_method(ty, "__call__", NativeKind::VmMethod(type_call));
    interp.add_method(ty, "__init__", NativeKind::VmMethod(object_init));
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
    for t in [BuiltinType::Bytes, BuiltinType::ByteArray] {
        let class = interp.classes.builtin[&t];
        interp.add_method(class, "decode", NativeKind::VmMethod(bytes_decode));
    }
    let property = interp.named_class("property");
    interp.add_method(property, "setter", NativeKind::VmMethod(property_setter));
    interp.add_method(property, "getter", NativeKind::VmMethod(property_getter));
    interp.add_method(property, "deleter", NativeKind::VmMethod(property_deleter));
}

/// The first attribute `name` along `cls`'s MRO that a `class` statement
/// defined (borrowed).
fn user_class_attr(interp: &mut Interpreter, cls: ObjRef, name: &str) -> Option<Value> {
    let key = interp.intern(name);
    let mro = class_data(&interp.heap, Value::Obj(cls)).map_or(vec![], |c| c.mro.clone());
    let mut found = None;
    for k in mro {
        if k.as_obj()
            .is_some_and(|k| interp.classes.native.contains(&k))
        {
            continue;
        }
        let d = class_data(&interp.heap, k).map_or(Value::None, |c| c.dict);
        if let Some(v) = dict_lookup_str(&interp.heap, d, key) {
            found = Some(v);
            break;
        }
    }
    interp.heap.decref(key);
    found
}

impl Interpreter {
    /// `cls(*args, **kwargs)`.
    pub(crate) fn call_class(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let meta = self.class_of(Value::Obj(cls));
        if !self.classes.native.contains(&meta) {
            if let Some(f) = user_class_attr(self, meta, "__call__") {
                return self.call_descriptor(f, Value::Obj(cls), args, kwnames);
            }
        }
        self.type_call_default(cls, args, kwnames)
    }

    /// `type.__call__(cls, *args, **kwargs)`.
    fn type_call_default(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let Some(data) = class_data(&self.heap, Value::Obj(cls)) else {
            return Err(PyErr::type_error("not a class"));
        };
        let (builtin, exception) = (data.builtin, data.exception);
        if self.classes.native.contains(&cls) {
            if let Some(t) = builtin {
                return self.construct_builtin(cls, t, args, kwnames);
            }
            if exception.is_some() {
                let pos = positional(args, kwnames);
                if !kwnames.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no keyword arguments",
                        self.class_name(cls)
                    )));
                }
                return Ok(self.new_exception(cls, pos));
            }
            return self.construct_named(cls, args, kwnames);
        }
        let new = user_class_attr(self, cls, "__new__");
        let init = user_class_attr(self, cls, "__init__");
        let obj = match new {
            Some(f) => {
                let f = unwrap_staticmethod(self, f);
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(cls));
                full.extend_from_slice(args);
                self.heap.incref(f);
                let r = self.call(f, &full, kwnames);
                self.heap.decref(f);
                r?
            }
            None => {
                if init.is_none()
                    && !args.is_empty()
                    && builtin != Some(BuiltinType::Type)
                    && exception.is_none()
                {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        self.class_name(cls)
                    )));
                }
                self.object_new_instance(cls, args, kwnames)?
            }
        };
        if !self.is_instance(obj, cls) {
            return Ok(obj);
        }
        if let Some(f) = init {
            let r = self.call_descriptor(f, obj, args, kwnames);
            match r {
                Ok(Value::None) => {}
                Ok(other) => {
                    let name = self.type_name(other);
                    self.heap.decref(other);
                    self.heap.decref(obj);
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{name}'"
                    )));
                }
                Err(e) => {
                    self.heap.decref(obj);
                    return Err(e);
                }
            }
        }
        Ok(obj)
    }

    /// `object.__new__(cls)`: a bare instance of a user class.
    fn object_new_instance(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let data = class_data(&self.heap, Value::Obj(cls));
        let (builtin, exception) = data.map_or((None, None), |c| (c.builtin, c.exception));
        if exception.is_some() {
            return Ok(self.new_exception(cls, positional(args, kwnames)));
        }
        match builtin {
            None | Some(BuiltinType::Object) => {
                let dict = self.heap.new_dict();
                let r = self
                    .heap
                    .alloc(TypeRef::Heap(cls), Payload::Instance { dict });
                if self.user_special(Value::Obj(r), "__del__").is_some() {
                    self.heap.set_has_finaliser(r);
                }
                Ok(Value::Obj(r))
            }
            Some(BuiltinType::Type) => type_new_impl(self, cls, args, kwnames),
            Some(t) => Err(PyErr::type_error(format!(
                "pyrite cannot yet subclass the built-in type '{}'",
                t.name()
            ))),
        }
    }

    fn construct_named(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let name = self.class_name(cls);
        let pos = positional(args, kwnames).to_vec();
        let own = |me: &mut Self, v: Value| {
            me.heap.incref(v);
            v
        };
        match name.as_str() {
            "property" => {
                let b = bind(
                    self,
                    "property",
                    args,
                    kwnames,
                    &["fget", "fset", "fdel", "doc"],
                    0,
                )?;
                let mut f = [Value::None; 4];
                for (i, v) in b.iter().enumerate() {
                    f[i] = own(self, v.unwrap_or(Value::None));
                }
                if f[3] == Value::None && f[0] != Value::None {
                    f[3] = self.function_data(f[0]).map_or(Value::None, |d| d.doc);
                    self.heap.incref(f[3]);
                }
                Ok(self.new_interp(
                    "property",
                    InterpObject::Property {
                        fget: f[0],
                        fset: f[1],
                        fdel: f[2],
                        doc: f[3],
                    },
                ))
            }
            "classmethod" | "staticmethod" => {
                no_keywords(&name, kwnames)?;
                let [f] = pos[..] else {
                    return Err(PyErr::type_error(format!(
                        "{name} expected 1 argument, got {}",
                        pos.len()
                    )));
                };
                let f = own(self, f);
                Ok(if name == "classmethod" {
                    self.new_interp("classmethod", InterpObject::ClassMethod(f))
                } else {
                    self.new_interp("staticmethod", InterpObject::StaticMethod(f))
                })
            }
            "super" => self.make_super(&pos),
            "enumerate" => {
                let b = bind(self, "enumerate", args, kwnames, &["iterable", "start"], 1)?;
                let it = self.get_iter(b[0].unwrap_or(Value::None))?;
                let start = match b[1] {
                    Some(v) => self
                        .index_of(v, "'start' must be an integer, not")
                        .inspect_err(|_| self.heap.decref(it))?,
                    None => 0,
                };
                Ok(self.new_iterator("enumerate", IterState::Enumerate { it, count: start }))
            }
            "zip" => {
                let mut its = Vec::new();
                for v in &pos {
                    match self.get_iter(*v) {
                        Ok(it) => its.push(it),
                        Err(e) => {
                            self.release(its);
                            return Err(e);
                        }
                    }
                }
                let its = self.heap.new_tuple(its);
                Ok(self.new_iterator("zip", IterState::Zip { its }))
            }
            "map" => {
                if pos.len() < 2 {
                    return Err(PyErr::type_error("map() must have at least two arguments."));
                }
                let mut its = Vec::new();
                for v in &pos[1..] {
                    match self.get_iter(*v) {
                        Ok(it) => its.push(it),
                        Err(e) => {
                            self.release(its);
                            return Err(e);
                        }
                    }
                }
                let its = self.heap.new_tuple(its);
                let func = own(self, pos[0]);
                Ok(self.new_iterator("map", IterState::Map { func, its }))
            }
            "filter" => {
                let [func, iterable] = pos[..] else {
                    return Err(PyErr::type_error(format!(
                        "filter expected 2 arguments, got {}",
                        pos.len()
                    )));
                };
                let it = self.get_iter(iterable)?;
                let func = own(self, func);
                Ok(self.new_iterator("filter", IterState::Filter { func, it }))
            }
            "reversed" => {
                let [seq] = pos[..] else {
                    return Err(PyErr::type_error(format!(
                        "reversed expected 1 argument, got {}",
                        pos.len()
                    )));
                };
                if let Some(f) = self.user_special(seq, "__reversed__") {
                    return self.call_special(f, seq, &[]);
                }
                let n = match seq.as_obj().map(|r| self.heap.payload(r)) {
                    Some(Payload::List(l)) => Some(l.len()),
                    Some(Payload::Tuple(t)) => Some(t.len()),
                    _ => None,
                };
                match n {
                    Some(n) => {
                        let seq = own(self, seq);
                        Ok(self.new_iterator(
                            "list_reverseiterator",
                            IterState::Reversed { seq, remaining: n },
                        ))
                    }
                    None => {
                        let mut items = self.iterate(seq).map_err(|e| {
                            self.drop_error(e);
                            PyErr::type_error(format!(
                                "'{}' object is not reversible",
                                self.type_name(seq)
                            ))
                        })?;
                        items.reverse();
                        items.reverse();
                        Ok(self.new_iterator("reversed", IterState::Items { rest: items }))
                    }
                }
            }
            _ => Err(PyErr::type_error(format!(
                "cannot create '{name}' instances"
            ))),
        }
    }

    /// `super()` and `super(cls, obj)`.
    fn make_super(&mut self, pos: &[Value]) -> PyResult<Value> {
        let (class, obj) = match pos {
            [c, o] => (*c, *o),
            [] => self.zero_arg_super()?,
            _ => return Err(PyErr::type_error("super() takes 0 or 2 arguments")),
        };
        if self.as_class_ref(class).is_none() {
            return Err(PyErr::type_error(format!(
                "super() argument 1 must be a type, not {}",
                self.type_name(class)
            )));
        }
        self.heap.incref(class);
        self.heap.incref(obj);
        Ok(self.new_interp("super", InterpObject::Super { class, obj }))
    }

    /// `super()` inside a method: the `__class__` cell and the first
    /// argument of the calling frame (borrowed).
    fn zero_arg_super(&mut self) -> PyResult<(Value, Value)> {
        let Some(fid) = self.current else {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "super(): no current frame",
            ));
        };
        let frame = &self.frames[fid];
        let code = frame.code.clone();
        if code.code.co_argcount == 0 {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let base = frame.base;
        let mut first = self
            .stack
            .get(base)
            .copied()
            .flatten()
            .unwrap_or(Value::None);
        if code.code.co_cellvars.contains(&code.code.co_varnames[0]) {
            if let Some(Payload::Cell(Some(v))) = first.as_obj().map(|r| self.heap.payload(r)) {
                first = *v;
            }
        }
        let Some(i) = code
            .code
            .localsplus_names()
            .iter()
            .position(|n| *n == "__class__")
        else {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "super(): __class__ cell not found",
            ));
        };
        let cell = self
            .stack
            .get(base + i)
            .copied()
            .flatten()
            .unwrap_or(Value::None);
        let class = match cell.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Cell(Some(c))) => *c,
            _ => {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "super(): empty __class__ cell",
                ));
            }
        };
        Ok((class, first))
    }

    /// `super(...).name`.
    pub(crate) fn super_getattr(&mut self, sup: Value, name: Value) -> PyResult<Option<Value>> {
        let Some(Payload::Interp(o)) = sup.as_obj().map(|r| self.heap.payload(r)) else {
            return Ok(None);
        };
        let InterpObject::Super { class, obj } = &**o else {
            return Ok(None);
        };
        let (class, obj) = (*class, *obj);
        let obj_is_class = self
            .as_class_ref(obj)
            .is_some_and(|c| class.as_obj().is_some_and(|k| self.is_subclass(c, k)));
        let start = match obj.as_obj() {
            Some(c) if obj_is_class => c,
            _ => self.class_of(obj),
        };
        let mro = class_data(&self.heap, Value::Obj(start)).map_or(vec![], |c| c.mro.clone());
        let Some(pos) = mro.iter().position(|k| k.is(class)) else {
            return Ok(None);
        };
        for k in &mro[pos + 1..] {
            let d = class_data(&self.heap, *k).map_or(Value::None, |c| c.dict);
            if let Some(v) = dict_lookup_str(&self.heap, d, name) {
                self.heap.incref(v);
                let r = if obj_is_class && self.function_data(v).is_some() {
                    self.heap.incref(v);
                    Ok(v)
                } else {
                    self.bind_descriptor(v, obj, Value::Obj(start))
                };
                self.heap.decref(v);
                return r.map(Some);
            }
        }
        Ok(None)
    }

    fn construct_builtin(
        &mut self,
        cls: ObjRef,
        t: BuiltinType,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let name = t.name();
        let pos = positional(args, kwnames).to_vec();
        match t {
            BuiltinType::Type => {
                if pos.len() == 1 && kwnames.is_empty() {
                    return Ok(self.type_value(pos[0]));
                }
                if pos.len() != 3 {
                    return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
                }
                type_new_impl(self, cls, args, kwnames)
            }
            BuiltinType::Object => {
                if !pos.is_empty() || !kwnames.is_empty() {
                    return Err(PyErr::type_error("object() takes no arguments"));
                }
                let dict = Value::None;
                Ok(Value::Obj(self.heap.alloc(
                    TypeRef::Builtin(BuiltinType::Object),
                    Payload::Instance { dict },
                )))
            }
            BuiltinType::Int => {
                let b = bind(self, "int", args, kwnames, &["x", "base"], 0)?;
                self.construct_int(b[0], b[1])
            }
            BuiltinType::Bool => {
                no_keywords("bool", kwnames)?;
                match pos[..] {
                    [] => Ok(Value::Bool(false)),
                    [v] => Ok(Value::Bool(self.truthy(v)?)),
                    _ => Err(PyErr::type_error(format!(
                        "bool expected at most 1 argument, got {}",
                        pos.len()
                    ))),
                }
            }
            BuiltinType::Float => {
                no_keywords("float", kwnames)?;
                match pos[..] {
                    [] => Ok(Value::Float(0.0)),
                    [v] => self.construct_float(v),
                    _ => Err(PyErr::type_error(format!(
                        "float expected at most 1 argument, got {}",
                        pos.len()
                    ))),
                }
            }
            BuiltinType::Str => {
                let b = bind(
                    self,
                    "str",
                    args,
                    kwnames,
                    &["object", "encoding", "errors"],
                    0,
                )?;
                match b[0] {
                    None => Ok(self.intern("")),
                    Some(v) => {
                        if let (Some(enc), Some(Payload::Bytes(bytes))) =
                            (b[1], v.as_obj().map(|r| self.heap.payload(r)))
                        {
                            let _ = enc;
                            let text = String::from_utf8_lossy(bytes).into_owned();
                            return Ok(self.heap.new_str(text));
                        }
                        let s = self.str_of(v)?;
                        Ok(self.heap.new_str(s))
                    }
                }
            }
            BuiltinType::List | BuiltinType::Tuple => {
                no_keywords(name, kwnames)?;
                let items = match pos[..] {
                    [] => Vec::new(),
                    [v] => {
                        if t == BuiltinType::Tuple
                            && self.heap.builtin_type(v) == Some(BuiltinType::Tuple)
                        {
                            self.heap.incref(v);
                            return Ok(v);
                        }
                        self.iterate(v)?
                    }
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "{name} expected at most 1 argument, got {}",
                            pos.len()
                        )));
                    }
                };
                Ok(if t == BuiltinType::List {
                    self.heap.new_list(items)
                } else {
                    self.heap.new_tuple(items)
                })
            }
            BuiltinType::Set | BuiltinType::FrozenSet => {
                no_keywords(name, kwnames)?;
                let items = match pos[..] {
                    [] => Vec::new(),
                    [v] => self.iterate(v)?,
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "{name} expected at most 1 argument, got {}",
                            pos.len()
                        )));
                    }
                };
                let s =
                    pyrite_objects::types::set::new_set(self, &items, t == BuiltinType::FrozenSet);
                self.release(items);
                s
            }
            BuiltinType::Dict => {
                let d = self.heap.new_dict();
                let r = self.dict_init(d, &pos, args, kwnames);
                if let Err(e) = r {
                    self.heap.decref(d);
                    return Err(e);
                }
                Ok(d)
            }
            BuiltinType::Range => {
                no_keywords("range", kwnames)?;
                let ints: Vec<Value> = pos.clone();
                for v in &ints {
                    if Int::from_value(&self.heap, *v).is_none() {
                        return Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(*v)
                        )));
                    }
                }
                let (start, stop, step) = match ints[..] {
                    [stop] => (Value::Int(0), stop, Value::Int(1)),
                    [start, stop] => (start, stop, Value::Int(1)),
                    [start, stop, step] => (start, stop, step),
                    [] => {
                        return Err(PyErr::type_error(
                            "range expected at least 1 argument, got 0",
                        ));
                    }
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "range expected at most 3 arguments, got {}",
                            ints.len()
                        )));
                    }
                };
                let norm = |v: Value| {
                    if let Value::Bool(b) = v {
                        Value::Int(b as i64)
                    } else {
                        v
                    }
                };
                pyrite_objects::types::range::new_range(
                    &mut self.heap,
                    norm(start),
                    norm(stop),
                    norm(step),
                )
            }
            BuiltinType::Slice => {
                no_keywords("slice", kwnames)?;
                let (a, b, c) = match pos[..] {
                    [stop] => (Value::None, stop, Value::None),
                    [a, b] => (a, b, Value::None),
                    [a, b, c] => (a, b, c),
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "slice expected at least 1 argument, got {}",
                            pos.len()
                        )));
                    }
                };
                Ok(self.heap.new_slice(a, b, c))
            }
            BuiltinType::Complex => {
                let b = bind(self, "complex", args, kwnames, &["real", "imag"], 0)?;
                let f = |me: &mut Self, v: Option<Value>| -> PyResult<f64> {
                    match v {
                        None => Ok(0.0),
                        Some(v) => match me.construct_float(v)? {
                            Value::Float(x) => Ok(x),
                            _ => Ok(0.0),
                        },
                    }
                };
                let (re, im) = (f(self, b[0])?, f(self, b[1])?);
                Ok(pyrite_objects::ops::arith::new_complex(
                    &mut self.heap,
                    re,
                    im,
                ))
            }
            BuiltinType::Bytes | BuiltinType::ByteArray => {
                let bytes = match pos[..] {
                    [] => Vec::new(),
                    [Value::Int(n)] => vec![0; n.max(0) as usize],
                    [v, ..] => {
                        if let Some(s) = self.heap.str_of(v) {
                            s.as_bytes().to_vec()
                        } else {
                            let items = self.iterate(v)?;
                            let mut out = Vec::new();
                            for i in &items {
                                match i {
                                    Value::Int(x) if (0..256).contains(x) => out.push(*x as u8),
                                    _ => {
                                        self.release(items);
                                        return Err(PyErr::value_error(
                                            "bytes must be in range(0, 256)",
                                        ));
                                    }
                                }
                            }
                            out
                        }
                    }
                };
                Ok(if t == BuiltinType::Bytes {
                    self.heap.new_bytes(bytes)
                } else {
                    self.heap.new_bytearray(bytes)
                })
            }
            _ => Err(PyErr::type_error(format!(
                "cannot create '{name}' instances"
            ))),
        }
    }

    fn dict_init(
        &mut self,
        d: Value,
        pos: &[Value],
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let Some(dr) = d.as_obj() else { return Ok(()) };
        match pos {
            [] => {}
            [src] => {
                if matches!(
                    src.as_obj().map(|r| self.heap.payload(r)),
                    Some(Payload::Dict(_))
                ) {
                    self.dict_update(d, *src, false)?;
                } else {
                    let items = self.iterate(*src)?;
                    for (i, item) in items.iter().enumerate() {
                        let pair = match self.iterate(*item) {
                            Ok(p) => p,
                            Err(e) => {
                                self.drop_error(e);
                                self.release(items);
                                return Err(PyErr::type_error(format!(
                                    "cannot convert dictionary update sequence element #{i} to a sequence"
                                )));
                            }
                        };
                        if pair.len() != 2 {
                            let n = pair.len();
                            self.release(pair);
                            self.release(items);
                            return Err(PyErr::value_error(format!(
                                "dictionary update sequence element #{i} has length {n}; 2 is required"
                            )));
                        }
                        let r = pyrite_objects::types::dict::set_item(self, dr, pair[0], pair[1]);
                        self.release(pair);
                        if let Err(e) = r {
                            self.release(items);
                            return Err(e);
                        }
                    }
                    self.release(items);
                }
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    pos.len()
                )));
            }
        }
        let npos = pos.len();
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            pyrite_objects::types::dict::set_item(self, dr, *k, *v)?;
        }
        Ok(())
    }

    fn construct_int(&mut self, x: Option<Value>, base: Option<Value>) -> PyResult<Value> {
        let Some(x) = x else { return Ok(Value::Int(0)) };
        let limit = self.heap.int_max_str_digits;
        if let Some(base) = base {
            let b = self.index_of(base, "'base' must be an integer, not")?;
            let Some(text) = self.heap.str_of(x).map(str::to_string) else {
                return Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            return Ok(Int::parse(&text, b as u32, limit)?.into_value(&mut self.heap));
        }
        match x {
            Value::Int(_) => return Ok(x),
            Value::Bool(b) => return Ok(Value::Int(b as i64)),
            Value::Float(f) => {
                return Ok(
                    pyrite_objects::types::float::float_to_int(f)?.into_value(&mut self.heap)
                );
            }
            _ => {}
        }
        if let Some(text) = self.heap.str_of(x).map(str::to_string) {
            return Ok(Int::parse(&text, 10, limit)?.into_value(&mut self.heap));
        }
        if let Some(Payload::Int(_)) = x.as_obj().map(|r| self.heap.payload(r)) {
            self.heap.incref(x);
            return Ok(x);
        }
        for dunder in ["__int__", "__index__"] {
            if let Some(f) = self.user_special(x, dunder) {
                return self.call_special(f, x, &[]);
            }
        }
        Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.type_name(x)
        )))
    }

    fn construct_float(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Float(_) => return Ok(v),
            Value::Int(i) => return Ok(Value::Float(i as f64)),
            Value::Bool(b) => return Ok(Value::Float(b as i64 as f64)),
            _ => {}
        }
        if let Some(text) = self.heap.str_of(v).map(str::to_string) {
            return Ok(Value::Float(parse_float(&text)?));
        }
        if let Some(i) = Int::from_value(&self.heap, v) {
            return Ok(Value::Float(i.to_f64()?));
        }
        if let Some(f) = self.user_special(v, "__float__") {
            return self.call_special(f, v, &[]);
        }
        Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            self.type_name(v)
        )))
    }
}

/// The function inside a `staticmethod`, or the value itself.
fn unwrap_staticmethod(interp: &Interpreter, f: Value) -> Value {
    match f.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Interp(o)) => match &**o {
            InterpObject::StaticMethod(inner) => *inner,
            _ => f,
        },
        _ => f,
    }
}

/// `type(name, bases, dict)` with `meta` as the new class's class.
fn type_new_impl(
    interp: &mut Interpreter,
    meta: ObjRef,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let [name, bases, ns] = pos else {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    };
    let Some(name_s) = interp.heap.str_of(*name).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            interp.type_name(*name)
        )));
    };
    let mut base_list = interp.tuple_items(*bases);
    if base_list.is_empty() {
        base_list.push(Value::Obj(interp.classes.builtin[&BuiltinType::Object]));
    }
    let dict = interp.heap.new_dict();
    interp.dict_update(dict, *ns, false)?;
    // A class that defines __eq__ but not __hash__ is unhashable.
    let defines = |interp: &mut Interpreter, name: &str| match interp.dict_get_str(dict, name) {
        Some(v) => {
            interp.heap.decref(v);
            true
        }
        None => false,
    };
    if defines(interp, "__eq__") && !defines(interp, "__hash__") {
        interp.dict_set_str(dict, "__hash__", Value::None);
    }
    let qualname = interp
        .dict_get_str(dict, "__qualname__")
        .map(|q| {
            let s = interp.heap.str_of(q).unwrap_or("").to_string();
            interp.heap.decref(q);
            s
        })
        .unwrap_or_else(|| name_s.clone());
    if let Some(q) = interp.dict_get_str(dict, "__qualname__") {
        interp.heap.decref(q);
        let key = interp.intern("__qualname__");
        if let Some(d) = dict.as_obj() {
            let _ = pyrite_objects::types::dict::del_item(interp, d, key);
        }
        interp.heap.decref(key);
    }
    let meta_ref = if meta == interp.classes.builtin[&BuiltinType::Type] {
        TypeRef::Builtin(BuiltinType::Type)
    } else {
        TypeRef::Heap(meta)
    };
    let cls =
        crate::class::new_class_with_meta(interp, &name_s, &qualname, &base_list, dict, meta_ref)?;
    let cls_v = Value::Obj(cls);
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    let entries: Vec<(Value, Value)> = match dict.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
        _ => vec![],
    };
    for (k, v) in entries {
        if let Some(f) = interp.user_special(v, "__set_name__") {
            interp.heap.incref(k);
            interp.heap.incref(v);
            let r = interp.call_special(f, v, &[cls_v, k]);
            interp.heap.decref(k);
            interp.heap.decref(v);
            match r {
                Ok(r) => interp.heap.decref(r),
                Err(e) => {
                    interp.heap.decref(cls_v);
                    return Err(e);
                }
            }
        }
    }
    let mro = class_data(&interp.heap, cls_v).map_or(vec![], |c| c.mro.clone());
    let key = interp.intern("__init_subclass__");
    let mut init_subclass = None;
    for k in mro.iter().skip(1) {
        if k.as_obj()
            .is_some_and(|k| interp.classes.native.contains(&k))
        {
            continue;
        }
        let d = class_data(&interp.heap, *k).map_or(Value::None, |c| c.dict);
        if let Some(v) = dict_lookup_str(&interp.heap, d, key) {
            init_subclass = Some(v);
            break;
        }
    }
    interp.heap.decref(key);
    if let Some(f) = init_subclass {
        let func = match f.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Interp(o)) => match &**o {
                InterpObject::ClassMethod(g) => *g,
                _ => f,
            },
            _ => f,
        };
        let npos = pos.len();
        let mut full = vec![cls_v];
        full.extend_from_slice(&args[npos..]);
        interp.heap.incref(func);
        let r = interp.call(func, &full, kwnames);
        interp.heap.decref(func);
        match r {
            Ok(r) => interp.heap.decref(r),
            Err(e) => {
                interp.heap.decref(cls_v);
                return Err(e);
            }
        }
    } else if !kwnames.is_empty() {
        interp.heap.decref(cls_v);
        return Err(PyErr::type_error(format!(
            "{name_s}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(cls_v)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: run the
/// class body in a fresh namespace and make the class.
pub(crate) fn build_class(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let (Some(&func), Some(&name)) = (pos.first(), pos.get(1)) else {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    };
    let bases: Vec<Value> = pos[2..].to_vec();
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[pos.len()..]) {
        if interp.heap.str_of(*k) == Some("metaclass") {
            meta = Some(*v);
        } else {
            kw_names.push(*k);
            kw_values.push(*v);
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => {
            // The most derived metaclass among the bases' classes.
            let mut winner = interp.classes.builtin[&BuiltinType::Type];
            for b in &bases {
                let m = interp.class_of(*b);
                if interp.is_subclass(m, winner) {
                    winner = m;
                }
            }
            Value::Obj(winner)
        }
    };
    let ns = match interp
        .as_class_ref(meta)
        .and_then(|m| user_class_attr(interp, m, "__prepare__"))
    {
        Some(prepare) => {
            let f = match prepare.as_obj().map(|r| interp.heap.payload(r)) {
                Some(Payload::Interp(o)) => match &**o {
                    InterpObject::ClassMethod(g) => *g,
                    _ => prepare,
                },
                _ => prepare,
            };
            let bases_t = {
                for b in &bases {
                    interp.heap.incref(*b);
                }
                interp.heap.new_tuple(bases.clone())
            };
            let r = interp.call(f, &[meta, name, bases_t], &[]);
            interp.heap.decref(bases_t);
            r?
        }
        None => interp.heap.new_dict(),
    };
    let Some(f) = interp.function_data(func) else {
        interp.heap.decref(ns);
        return Err(PyErr::type_error(
            "__build_class__: func must be a function",
        ));
    };
    let (code_v, globals, builtins) = (f.code, f.globals, f.builtins);
    let Some(index) = interp.code_index(code_v) else {
        interp.heap.decref(ns);
        return Err(PyErr::type_error(
            "__build_class__: func must be a function",
        ));
    };
    let code = interp.codes[index as usize].clone();
    for v in [func, globals, builtins, ns] {
        interp.heap.incref(v);
    }
    let body = interp
        .push_frame(code, func, globals, builtins, ns, Vec::new())
        .and_then(|fid| interp.run_frame(fid));
    let cell = match body {
        Ok(c) => c,
        Err(e) => {
            interp.heap.decref(ns);
            return Err(e);
        }
    };
    for b in &bases {
        interp.heap.incref(*b);
    }
    let bases_t = interp.heap.new_tuple(bases);
    let mut call_args = vec![name, bases_t, ns];
    call_args.extend(kw_values);
    let cls = interp.call(meta, &call_args, &kw_names);
    interp.heap.decref(bases_t);
    interp.heap.decref(ns);
    let cls = match cls {
        Ok(c) => c,
        Err(e) => {
            interp.heap.decref(cell);
            return Err(e);
        }
    };
    if let Some(Payload::Cell(slot)) = cell.as_obj().map(|r| interp.heap.payload_mut(r)) {
        let old = slot.replace(cls);
        interp.heap.incref(cls);
        if let Some(old) = old {
            interp.heap.decref(old);
        }
    }
    interp.heap.decref(cell);
    Ok(cls)
}

fn type_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some((&meta, rest)) = args.split_first() else {
        return Err(PyErr::type_error("type.__new__(): not enough arguments"));
    };
    let Some(m) = interp.as_class_ref(meta) else {
        return Err(PyErr::type_error("type.__new__(X): X is not a type object"));
    };
    if rest.len() - kwnames.len() == 1 {
        return Ok(interp.type_value(rest[0]));
    }
    type_new_impl(interp, m, rest, kwnames)
}

fn type_call(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(cls) = interp.as_class_ref(args[0]) else {
        return Err(PyErr::type_error(
            "descriptor '__call__' requires a 'type' object",
        ));
    };
    interp.type_call_default(cls, &args[1..], kwnames)
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

fn bytes_decode(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let b = bind(
        interp,
        "decode",
        &args[1..],
        kwnames,
        &["encoding", "errors"],
        0,
    )?;
    let encoding = b[0]
        .and_then(|v| interp.heap.str_of(v).map(str::to_lowercase))
        .unwrap_or_else(|| "utf-8".into())
        .replace('_', "-");
    let bytes: Vec<u8> = match args[0].as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.clone(),
        _ => {
            return Err(PyErr::type_error(
                "descriptor 'decode' requires a 'bytes' object",
            ));
        }
    };
    let text = match encoding.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(&bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let at = e.valid_up_to();
                return Err(PyErr::new(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte {:#04x} in position {at}: invalid start byte",
                        bytes[at]
                    ),
                ));
            }
        },
        "ascii" => match bytes.iter().position(|b| *b >= 0x80) {
            Some(at) => {
                return Err(PyErr::new(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'ascii' codec can't decode byte {:#04x} in position {at}: ordinal not in range(128)",
                        bytes[at]
                    ),
                ));
            }
            None => bytes.iter().map(|b| *b as char).collect(),
        },
        "latin-1" | "latin1" | "iso-8859-1" => bytes.iter().map(|b| *b as char).collect(),
        other => {
            return Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown encoding: {other}"),
            ));
        }
    };
    Ok(interp.heap.new_str(text))
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
