//! Attribute access: `object.__getattribute__` and `type.__getattribute__`
//! with the descriptor protocol (data descriptors before the instance
//! dict, then non-data descriptors: functions become bound methods,
//! `classmethod`, `staticmethod`, `property`, user `__get__`/`__set__`),
//! `__getattr__` as the last resort, `__setattr__`/`__delattr__`.

use pyrite_objects::types::dict;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, ObjRef, Payload, PyErr, PyResult, Value};

use crate::class::{class_data, dict_lookup_str};
use crate::interpreter::Interpreter;

mod plan;

pub(crate) use plan::{AttrPlan, ClassAttr, LoadPlan, StorePlan};

/// What kind of class attribute a value is, for binding.
enum Descr {
    Function,
    UnboundBuiltin(u32),
    ClassMethod(Value),
    StaticMethod(Value),
    Property(Value, Value, Value),
    Other,
}

impl Interpreter {
    fn descr_kind(&self, d: Value) -> Descr {
        match d.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Interp(o)) => match &**o {
                InterpObject::Function(_) => Descr::Function,
                InterpObject::Builtin {
                    index,
                    receiver: Value::None,
                } => Descr::UnboundBuiltin(*index),
                InterpObject::ClassMethod(f) => Descr::ClassMethod(*f),
                InterpObject::StaticMethod(f) => Descr::StaticMethod(*f),
                InterpObject::Property {
                    fget, fset, fdel, ..
                } => Descr::Property(*fget, *fset, *fdel),
                _ => Descr::Other,
            },
            _ => Descr::Other,
        }
    }

    /// The class object `v` is, if it is one.
    pub(crate) fn as_class_ref(&self, v: Value) -> Option<ObjRef> {
        class_data(&self.heap, v).and(v.as_obj())
    }

    /// `classmethod`-style lookup of `name` on a class, bound to it (a new
    /// reference).
    pub(crate) fn lookup_type_str_classmeth(&mut self, class: ObjRef, name: &str) -> Option<Value> {
        let f = self.lookup_type_str(class, name)?;
        let func = match self.descr_kind(f) {
            Descr::ClassMethod(g) => g,
            Descr::Function => f,
            _ => {
                self.heap.incref(f);
                return Some(f);
            }
        };
        self.heap.incref(func);
        self.heap.incref_obj(class);
        Some(self.new_interp(
            "method",
            InterpObject::Method {
                func,
                receiver: Value::Obj(class),
            },
        ))
    }

    /// Whether a class attribute is a data descriptor (it defines `__set__`
    /// or `__delete__`).
    fn is_data_descriptor(&mut self, d: Value) -> bool {
        match self.descr_kind(d) {
            Descr::Property(..) => true,
            Descr::Other => {
                self.user_special(d, "__set__").is_some()
                    || self.user_special(d, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Bind a class attribute found for `obj` (the descriptor protocol's
    /// `__get__`); a new reference.
    pub(crate) fn bind_descriptor(
        &mut self,
        d: Value,
        obj: Value,
        class: Value,
    ) -> PyResult<Value> {
        match self.descr_kind(d) {
            Descr::Function => {
                self.heap.incref(d);
                self.heap.incref(obj);
                Ok(self.new_interp(
                    "method",
                    InterpObject::Method {
                        func: d,
                        receiver: obj,
                    },
                ))
            }
            Descr::UnboundBuiltin(index) => {
                self.heap.incref(obj);
                Ok(self.new_interp(
                    "builtin_function_or_method",
                    InterpObject::Builtin {
                        index,
                        receiver: obj,
                    },
                ))
            }
            Descr::ClassMethod(f) => {
                self.heap.incref(f);
                self.heap.incref(class);
                Ok(self.new_interp(
                    "method",
                    InterpObject::Method {
                        func: f,
                        receiver: class,
                    },
                ))
            }
            Descr::StaticMethod(f) => {
                self.heap.incref(f);
                Ok(f)
            }
            Descr::Property(fget, _, _) => {
                if fget == Value::None {
                    return Err(PyErr::new(ExcKind::AttributeError, "unreadable attribute"));
                }
                self.call(fget, &[obj], &[])
            }
            Descr::Other => {
                if let Some(get) = self.user_special(d, "__get__") {
                    return self.call_special(get, d, &[obj, class]);
                }
                self.heap.incref(d);
                Ok(d)
            }
        }
    }

    /// The `__dict__` of an object that has one (borrowed).
    pub(crate) fn instance_dict(&self, obj: Value) -> Option<Value> {
        let r = obj.as_obj()?;
        match self.heap.payload(r) {
            Payload::Instance { dict } => Some(*dict),
            Payload::Interp(o) => match &**o {
                InterpObject::Function(f) => Some(f.dict),
                InterpObject::Exception(e) => Some(e.dict),
                InterpObject::Module { dict } => Some(*dict),
                _ => None,
            },
            // An instance of a subclass of a built-in type, once its
            // `__dict__` has been made.
            _ => self.heap.subclass_dict(r).map(Value::Obj),
        }
        .filter(|d| *d != Value::None)
    }

    /// `obj.name` for a name given as text, or `None` when `obj` has no
    /// such attribute (a new reference); errors other than
    /// `AttributeError` propagate.
    pub(crate) fn optional_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let key = self.intern(name);
        let r = self.get_attr(obj, key);
        self.heap.decref(key);
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.error_is(&e, ExcKind::AttributeError) => {
                self.drop_error(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `obj.name`; a new reference.
    pub(crate) fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        if let Some(r) = self.planned_getattr(obj, name) {
            return r;
        }
        if let Some(cls) = self.as_class_ref(obj) {
            return self.class_getattr(cls, name);
        }
        if self.class_of(obj) == self.classes.super_class {
            if let Some(v) = self.super_getattr(obj, name)? {
                return Ok(v);
            }
        }
        let class = self.class_of(obj);
        if let Some(ga) = self.user_special(obj, "__getattribute__") {
            let r = self.call_special(ga, obj, &[name]);
            return match r {
                Err(e) if self.error_is(&e, ExcKind::AttributeError) => {
                    match self.user_special(obj, "__getattr__") {
                        Some(f) => {
                            self.drop_error(e);
                            self.call_special(f, obj, &[name])
                        }
                        None => Err(e),
                    }
                }
                r => r,
            };
        }
        match self.generic_getattr(obj, class, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                if let Some(f) = self.user_special(obj, "__getattr__") {
                    return self.call_special(f, obj, &[name]);
                }
                // PEP 562: a module's own `__getattr__` answers for names
                // it lacks.
                if let Some(m) = self.module_dict_opt(obj) {
                    if let Some(f) = self.dict_get_str(m, "__getattr__") {
                        let r = self.call(f, &[name], &[]);
                        self.heap.decref(f);
                        return r;
                    }
                }
                Err(self.attribute_error(obj, name))
            }
            // A descriptor's AttributeError (a property's getter) also
            // falls back to `__getattr__`.
            Err(e) if self.error_is(&e, ExcKind::AttributeError) => {
                match self.user_special(obj, "__getattr__") {
                    Some(f) => {
                        self.drop_error(e);
                        self.call_special(f, obj, &[name])
                    }
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__(obj, name)`, with `None` for "no such
    /// attribute".
    pub(crate) fn generic_getattr(
        &mut self,
        obj: Value,
        class: ObjRef,
        name: Value,
    ) -> PyResult<Option<Value>> {
        // The native attributes are data descriptors in CPython (getsets
        // on the type), so they come before the instance dict and the
        // class namespace.
        let plain = matches!(
            obj.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Instance { .. })
        );
        let dunder = self.heap.str_of(name).is_some_and(|s| s.starts_with("__"));
        if (dunder || !plain) && !self.is_method_object(obj) {
            let name_s = self.heap.str_of(name).unwrap_or("").to_string();
            if name_s == "__dict__"
                && self.heap.is_subclass_instance(obj)
                && self.slots_of(class).is_none()
            {
                let d = match self.instance_dict(obj) {
                    Some(d) => Some(d),
                    None => self.make_instance_dict(obj),
                };
                if let Some(d) = d {
                    self.heap.incref(d);
                    return Ok(Some(d));
                }
            }
            if let Some(v) = self.special_attr(obj, &name_s)? {
                return Ok(Some(v));
            }
        }
        let descr = self.lookup_in_mro(class, name);
        if let Some(d) = descr {
            if let Some(v) = self.read_slot(d, obj, name) {
                return Ok(Some(v));
            }
            if self.is_data_descriptor(d) {
                self.heap.incref(d);
                let r = self.bind_descriptor(d, obj, Value::Obj(class));
                self.heap.decref(d);
                return r.map(Some);
            }
        }
        if let Some(dict) = self.instance_dict(obj) {
            if let Some(v) = dict_lookup_str(&self.heap, dict, name) {
                self.heap.incref(v);
                return Ok(Some(v));
            }
        }
        if let Some(d) = descr {
            self.heap.incref(d);
            let r = self.bind_descriptor(d, obj, Value::Obj(class));
            self.heap.decref(d);
            return r.map(Some);
        }
        if self.is_method_object(obj) {
            let name_s = self.heap.str_of(name).unwrap_or("").to_string();
            return self.special_attr(obj, &name_s);
        }
        Ok(None)
    }

    fn is_method_object(&self, v: Value) -> bool {
        matches!(
            v.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Interp(o)) if matches!(**o, InterpObject::Method { .. })
        )
    }

    /// `type.__getattribute__(cls, name)`.
    fn class_getattr(&mut self, cls: ObjRef, name: Value) -> PyResult<Value> {
        // A data descriptor of the metaclass comes first (`int.__name__`
        // is `type.__dict__['__name__']` applied to `int`, and
        // `object.__class__` is `type`), as in CPython's type_getattro.
        let meta = self.class_of(Value::Obj(cls));
        if let Some(d) = self.lookup_in_mro(meta, name) {
            if self.is_data_descriptor(d) {
                self.heap.incref(d);
                let r = self.bind_descriptor(d, Value::Obj(cls), Value::Obj(meta));
                self.heap.decref(d);
                return r;
            }
        }
        let found = self.lookup_in_mro(cls, name);
        if let Some(d) = found {
            self.heap.incref(d);
            let r = match self.descr_kind(d) {
                Descr::ClassMethod(f) => {
                    self.heap.incref(f);
                    self.heap.incref_obj(cls);
                    Ok(self.new_interp(
                        "method",
                        InterpObject::Method {
                            func: f,
                            receiver: Value::Obj(cls),
                        },
                    ))
                }
                Descr::StaticMethod(f) => {
                    self.heap.incref(f);
                    Ok(f)
                }
                Descr::Other => match self.user_special(d, "__get__") {
                    Some(get) => self.call_special(get, d, &[Value::None, Value::Obj(cls)]),
                    None => {
                        self.heap.incref(d);
                        Ok(d)
                    }
                },
                _ => {
                    self.heap.incref(d);
                    Ok(d)
                }
            };
            self.heap.decref(d);
            return r;
        }
        let name_s = self.heap.str_of(name).unwrap_or("").to_string();
        if let Some(r) = self.special_attr(Value::Obj(cls), &name_s)? {
            return Ok(r);
        }
        let meta = self.class_of(Value::Obj(cls));
        if let Some(d) = self.lookup_in_mro(meta, name) {
            self.heap.incref(d);
            let r = self.bind_descriptor(d, Value::Obj(cls), Value::Obj(meta));
            self.heap.decref(d);
            return r;
        }
        // A metaclass's `__getattr__` is the last resort.
        if let Some(f) = self.user_special(Value::Obj(cls), "__getattr__") {
            return self.call_special(f, Value::Obj(cls), &[name]);
        }
        Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "type object '{}' has no attribute '{name_s}'",
                self.class_name(cls)
            ),
        ))
    }

    fn attribute_error(&self, obj: Value, name: Value) -> PyErr {
        let name_s = self.heap.str_of(name).unwrap_or("");
        if let Some(m) = self.module_dict_opt(obj) {
            let mname = dict_lookup_str_text(self, m, "__name__").unwrap_or_else(|| "?".into());
            return PyErr::new(
                ExcKind::AttributeError,
                format!("module '{mname}' has no attribute '{name_s}'"),
            );
        }
        PyErr::new(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{name_s}'",
                self.type_name(obj)
            ),
        )
    }

    /// For `LOAD_METHOD`: the plain function (or unbound built-in) that
    /// `obj.name` would bind, when no instance attribute shadows it; a
    /// new reference.
    pub(crate) fn get_method(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(f) = self.planned_method(obj, name) {
            self.heap.incref(f);
            return Ok(Some(f));
        }
        if self.as_class_ref(obj).is_some() {
            return Ok(None);
        }
        let class = self.class_of(obj);
        if class == self.classes.super_class {
            return Ok(None);
        }
        if !self.classes.native.contains(&class)
            && self.user_special(obj, "__getattribute__").is_some()
        {
            return Ok(None);
        }
        let Some(d) = self.lookup_in_mro(class, name) else {
            return Ok(None);
        };
        if !matches!(
            self.descr_kind(d),
            Descr::Function | Descr::UnboundBuiltin(_)
        ) {
            return Ok(None);
        }
        if let Some(dict) = self.instance_dict(obj) {
            if dict_lookup_str(&self.heap, dict, name).is_some() {
                return Ok(None);
            }
        }
        self.heap.incref(d);
        Ok(Some(d))
    }

    /// `obj.name = v` (or `del obj.name` when `v` is `None`).
    pub(crate) fn set_attr(&mut self, obj: Value, name: Value, v: Option<Value>) -> PyResult<()> {
        if let Some(r) = v.and_then(|v| self.planned_setattr(obj, name, v)) {
            return r;
        }
        // The hooks of the object's class (a metaclass's for a class).
        let hook = if v.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        if let Some(f) = self.user_special(obj, hook) {
            let r = match v {
                Some(v) => self.call_special(f, obj, &[name, v])?,
                None => self.call_special(f, obj, &[name])?,
            };
            self.heap.decref(r);
            return Ok(());
        }
        if let Some(cls) = self.as_class_ref(obj) {
            return self.class_setattr(cls, name, v);
        }
        self.generic_setattr(obj, name, v)
    }

    /// `type.__setattr__(cls, name, v)` / `type.__delattr__(cls, name)`
    /// (`v` `None`): the class namespace, or the class's own `__name__` /
    /// `__qualname__`.
    pub(crate) fn class_setattr(
        &mut self,
        cls: ObjRef,
        name: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        let obj = Value::Obj(cls);
        let name_s = self.heap.str_of(name).unwrap_or("").to_string();
        if self.classes.native.contains(&cls) {
            return Err(PyErr::type_error(format!(
                "cannot set '{name_s}' attribute of immutable type '{}'",
                self.class_name(cls)
            )));
        }
        let dict = class_data(&self.heap, obj).map_or(Value::None, |c| c.dict);
        self.special_cache.clear();
        self.mro_cache.clear();
        self.attr_plans.clear();
        self.slots_cache.clear();
        self.class_epoch = self.class_epoch.wrapping_add(1);
        if matches!(name_s.as_str(), "__name__" | "__qualname__") {
            return self.rename_class(cls, &name_s, v);
        }
        let class_name = self.class_name(cls);
        self.dict_store(dict, name, v, || {
            PyErr::new(
                ExcKind::AttributeError,
                format!("type object '{class_name}' has no attribute '{name_s}'"),
            )
        })
    }

    /// Assign a class's `__name__` or `__qualname__` (a str; neither can be
    /// deleted), which its repr shows.
    fn rename_class(&mut self, cls: ObjRef, which: &str, v: Option<Value>) -> PyResult<()> {
        let class_name = self.class_name(cls);
        let Some(v) = v else {
            return Err(PyErr::type_error(format!(
                "cannot delete '{which}' attribute of immutable type '{class_name}'"
            )));
        };
        let Some(text) = self.heap.str_of(v).map(str::to_string) else {
            return Err(PyErr::type_error(format!(
                "can only assign string to {class_name}.{which}, not '{}'",
                self.type_name(v)
            )));
        };
        if let Payload::Interp(o) = self.heap.payload_mut(cls) {
            if let InterpObject::Class(c) = &mut **o {
                if which == "__name__" {
                    c.name = text;
                } else {
                    c.qualname = text;
                }
            }
        }
        self.special_cache.clear();
        Ok(())
    }

    /// `object.__setattr__` / `object.__delattr__`.
    pub(crate) fn generic_setattr(
        &mut self,
        obj: Value,
        name: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        let plain = matches!(
            obj.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Instance { .. })
        );
        if let (Some("__class__"), Some(new)) = (self.heap.str_of(name), v) {
            return self.set_class_attr(obj, new);
        }
        if !plain {
            let name_s = self.heap.str_of(name).unwrap_or("").to_string();
            if let Some(r) = self.set_function_attr(obj, &name_s, v) {
                return r;
            }
            if let Some(r) = self.set_exception_slot(obj, &name_s, v) {
                return r;
            }
            if name_s == "f_trace" {
                if let Some(fid) = self.live_frame_of(obj) {
                    let new = v.unwrap_or(Value::None);
                    self.heap.incref(new);
                    let old = std::mem::replace(&mut self.frames[fid].extra_mut().f_trace, new);
                    self.heap.decref(old);
                    return Ok(());
                }
            }
        }
        let class = self.class_of(obj);
        if let Some(d) = self.lookup_in_mro(class, name) {
            if let Some(v) = v {
                if self.write_slot(d, obj, name, v) {
                    return Ok(());
                }
            }
            match self.descr_kind(d) {
                Descr::Property(_, fset, fdel) => {
                    let f = if v.is_some() { fset } else { fdel };
                    if f == Value::None {
                        let name_s = self.heap.str_of(name).unwrap_or("").to_string();
                        let what = if v.is_some() { "setter" } else { "deleter" };
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            format!(
                                "property '{name_s}' of '{}' object has no {what}",
                                self.type_name(obj)
                            ),
                        ));
                    }
                    let r = match v {
                        Some(v) => self.call(f, &[obj, v], &[])?,
                        None => self.call(f, &[obj], &[])?,
                    };
                    self.heap.decref(r);
                    return Ok(());
                }
                Descr::Other => {
                    let hook: &'static str = if v.is_some() { "__set__" } else { "__delete__" };
                    if let Some(f) = self.user_special(d, hook) {
                        self.heap.incref(d);
                        let r = match v {
                            Some(v) => self.call_special(f, d, &[obj, v]),
                            None => self.call_special(f, d, &[obj]),
                        };
                        self.heap.decref(d);
                        self.heap.decref(r?);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if plain || self.heap.is_subclass_instance(obj) {
            let class = self.class_of(obj);
            if let Some(allowed) = self.slots_of(class) {
                let name_s = self.heap.str_of(name).unwrap_or("");
                if !allowed.iter().any(|n| n == name_s) {
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        format!(
                            "'{}' object has no attribute '{name_s}'",
                            self.type_name(obj)
                        ),
                    ));
                }
            }
        }
        let dict = match self.instance_dict(obj) {
            Some(d) => d,
            None => match self.make_instance_dict(obj) {
                Some(d) => d,
                None => {
                    let tname = self.type_name(obj);
                    let name_s = self.heap.str_of(name).unwrap_or("");
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        format!("'{tname}' object has no attribute '{name_s}'"),
                    ));
                }
            },
        };
        // The names are only needed for the error a deletion can raise.
        let (tname, name_s) = if v.is_none() {
            (
                self.type_name(obj),
                self.heap.str_of(name).unwrap_or("").to_string(),
            )
        } else {
            (String::new(), String::new())
        };
        self.dict_store(dict, name, v, || {
            PyErr::new(
                ExcKind::AttributeError,
                format!("'{tname}' object has no attribute '{name_s}'"),
            )
        })
    }

    /// Give a function, an exception or an instance of a subclass of a
    /// built-in type (unless its `__slots__` rule a `__dict__` out) its
    /// `__dict__` on first use.
    pub(crate) fn make_instance_dict(&mut self, obj: Value) -> Option<Value> {
        let r = obj.as_obj()?;
        if self.heap.is_subclass_instance(obj) {
            // With `__slots__`, the declared slots' values live in this
            // dict, which `__dict__` does not show (see `slots.rs`).
            let d = self.heap.new_dict();
            self.heap.set_subclass_dict(r, d.as_obj()?);
            return Some(d);
        }
        let wants = matches!(
            self.heap.payload(r),
            Payload::Interp(o) if matches!(**o, InterpObject::Function(_) | InterpObject::Exception(_))
        );
        if !wants {
            return None;
        }
        let d = self.heap.new_dict();
        if let Payload::Interp(o) = self.heap.payload_mut(r) {
            match &mut **o {
                InterpObject::Function(f) => f.dict = d,
                InterpObject::Exception(e) => e.dict = d,
                _ => {}
            }
        }
        Some(d)
    }

    fn dict_store(
        &mut self,
        dict: Value,
        name: Value,
        v: Option<Value>,
        missing: impl FnOnce() -> PyErr,
    ) -> PyResult<()> {
        let Some(d) = dict.as_obj() else {
            return Err(missing());
        };
        match v {
            Some(v) => dict::set_item(self, d, name, v),
            None => match dict::del_item(self, d, name) {
                Err(PyErr::KeyError(k)) => {
                    self.heap.decref(k);
                    Err(missing())
                }
                r => r,
            },
        }
    }

    /// A module's dict, borrowed.
    pub(crate) fn module_dict_opt(&self, m: Value) -> Option<Value> {
        match self.heap.payload(m.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Module { dict } => Some(*dict),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn module_dict(&self, m: Value) -> Value {
        self.module_dict_opt(m).unwrap_or(Value::None)
    }

    pub(crate) fn module_name(&self, m: Value) -> String {
        self.module_dict_opt(m)
            .and_then(|d| dict_lookup_str_text(self, d, "__name__"))
            .unwrap_or_else(|| "?".into())
    }
}

/// A str value under a str key of a dict, as text (no interning needed:
/// compares by text).
fn dict_lookup_str_text(interp: &Interpreter, dict: Value, key: &str) -> Option<String> {
    let d = dict.as_obj()?;
    let Payload::Dict(t) = interp.heap.payload(d) else {
        return None;
    };
    t.iter()
        .find(|(_, e)| interp.heap.str_of(e.key) == Some(key))
        .and_then(|(_, e)| interp.heap.str_of(e.value).map(str::to_string))
}
