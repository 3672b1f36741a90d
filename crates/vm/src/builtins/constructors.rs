//! Calling classes: `type.__call__` (`__new__` then `__init__`),
//! `type(x)` and `type(name, bases, dict)` with `__set_name__` and
//! `__init_subclass__`, and `__build_class__` for `class` statements.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{BuiltinType, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

mod exception_keywords;
mod subclass;

use super::{NativeKind, positional};
use crate::class::{class_data, dict_lookup_str};
use crate::interpreter::Interpreter;

pub(super) fn install(interp: &mut Interpreter) {
    let ty = interp.classes.builtin[&BuiltinType::Type];
    interp.add_method(ty, "__new__", NativeKind::Function(type_new));
    interp.add_method(ty, "__call__", NativeKind::VmMethod(type_call));
    subclass::install(interp);
    super::types::slot_wrappers::install(interp);
    super::types::class_methods::install(interp);
    super::types::mappingproxy::install(interp);
    super::types::memoryview::install(interp);
    super::types::generic_alias::install(interp);
    super::methods::install(interp);
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

/// The first definition of `name` along `cls`'s MRO (borrowed), unless it
/// belongs to one of the interpreter's own classes (`list.__init__`).
fn python_attr_in_mro(interp: &mut Interpreter, cls: ObjRef, name: &str) -> Option<Value> {
    let key = interp.intern(name);
    let mro = class_data(&interp.heap, Value::Obj(cls)).map_or(vec![], |c| c.mro.clone());
    let mut found = None;
    for k in mro {
        let d = class_data(&interp.heap, k).map_or(Value::None, |c| c.dict);
        if let Some(v) = dict_lookup_str(&interp.heap, d, key) {
            let native = k
                .as_obj()
                .is_some_and(|k| interp.classes.native.contains(&k));
            found = (!native).then_some(v);
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
    pub(super) fn type_call_default(
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
            if let Some(kind) = exception {
                let pos = positional(args, kwnames);
                if kind == pyrite_objects::ExcKind::BaseExceptionGroup
                    || kind == pyrite_objects::ExcKind::ExceptionGroup
                {
                    if !kwnames.is_empty() {
                        return Err(PyErr::type_error(format!(
                            "{}() takes no keyword arguments",
                            self.class_name(cls)
                        )));
                    }
                    return self.new_exception_group(cls, pos);
                }
                self.check_unicode_error_args(kind, pos, !kwnames.is_empty())?;
                let exc = self.new_exception(cls, pos);
                if let Err(e) = self.exception_keywords(exc, kind, args, kwnames) {
                    self.heap.decref(exc);
                    return Err(e);
                }
                return Ok(exc);
            }
            return self.construct_named(cls, args, kwnames);
        }
        // A class derived from a built-in type other than `object` and
        // `type` inherits the built-in's `__new__` and `__init__`, unless a
        // class before it in the MRO defines them.
        let base = builtin.filter(|t| {
            exception.is_none() && !matches!(t, BuiltinType::Object | BuiltinType::Type)
        });
        let (new, init) = if base.is_some() {
            (
                python_attr_in_mro(self, cls, "__new__"),
                python_attr_in_mro(self, cls, "__init__"),
            )
        } else {
            (
                user_class_attr(self, cls, "__new__"),
                user_class_attr(self, cls, "__init__"),
            )
        };
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
            None if base.is_some() => {
                let t = base.expect("the guard checked that there is a built-in base");
                self.new_subclass_instance(cls, t, args, kwnames)?
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
        // `__new__` may return an instance of a subclass: its own class's
        // `__init__` runs then.
        let init = match self.heap.type_of(obj) {
            TypeRef::Heap(actual) if actual != cls => {
                if base.is_some() {
                    python_attr_in_mro(self, actual, "__init__")
                } else {
                    user_class_attr(self, actual, "__init__")
                }
            }
            _ => init,
        };
        // No `__init__` of its own: the built-in exception's takes the
        // keywords (`BaseException.__new__` ignored them).
        if let (None, Some(kind)) = (init, exception) {
            if let Err(e) = self.exception_keywords(obj, kind, args, kwnames) {
                self.heap.decref(obj);
                return Err(e);
            }
        }
        if let (None, Some(t)) = (init, base) {
            if let Err(e) = self.builtin_init(t, obj, args, kwnames) {
                self.heap.decref(obj);
                return Err(e);
            }
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
    pub(super) fn object_new_instance(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let data = class_data(&self.heap, Value::Obj(cls));
        let (builtin, exception) = data.map_or((None, None), |c| (c.builtin, c.exception));
        if exception == Some(pyrite_objects::ExcKind::BaseExceptionGroup)
            || exception == Some(pyrite_objects::ExcKind::ExceptionGroup)
        {
            return self.new_exception_group(cls, positional(args, kwnames));
        }
        if exception.is_some() {
            return Ok(self.new_exception(cls, positional(args, kwnames)));
        }
        match builtin {
            None | Some(BuiltinType::Object) => {
                self.refuse_abstract(cls)?;
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
            Some(_) => {
                // CPython names the first class whose `__new__` is not
                // written in Python.
                let mro = class_data(&self.heap, Value::Obj(cls)).map_or(vec![], |c| c.mro.clone());
                let key = self.intern("__new__");
                let base = mro.iter().copied().find(|k| {
                    let dict = class_data(&self.heap, *k).map_or(Value::None, |c| c.dict);
                    dict_lookup_str(&self.heap, dict, key)
                        .is_none_or(|f| self.function_data(unwrap_staticmethod(self, f)).is_none())
                });
                self.heap.decref(key);
                let base = base.and_then(|b| b.as_obj()).unwrap_or(cls);
                Err(PyErr::type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    self.class_name(cls),
                    self.class_name(base)
                )))
            }
        }
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

/// The most derived of `meta` and the classes of `bases`, as CPython's
/// `_PyType_CalculateMetaclass`; two unrelated ones are a conflict.
fn calculate_metaclass(
    interp: &mut Interpreter,
    meta: ObjRef,
    bases: &[Value],
) -> PyResult<ObjRef> {
    let mut winner = meta;
    for b in bases {
        let candidate = interp.class_of(*b);
        if interp.is_subclass(winner, candidate) {
            continue;
        }
        if interp.is_subclass(candidate, winner) {
            winner = candidate;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type(name, bases, dict)` with `meta` as the new class's class.
pub(super) fn type_new_impl(
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
    calculate_metaclass(interp, meta, &base_list)?;
    if base_list.is_empty() {
        base_list.push(Value::Obj(interp.classes.builtin[&BuiltinType::Object]));
    }
    let dict = interp.heap.new_dict();
    interp.dict_update(dict, *ns, false)?;
    // Without `__module__`, the class belongs to the calling code's module.
    if let Some(existing) = interp.dict_get_str(dict, "__module__") {
        interp.heap.decref(existing);
    } else if let Some(fid) = interp.current {
        let globals = interp.frames[fid].globals;
        if let Some(module) = interp.dict_get_str(globals, "__name__") {
            interp.dict_set_str(dict, "__module__", module);
            interp.heap.decref(module);
        }
    }
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
    // Plain functions named `__init_subclass__` or `__class_getitem__` are
    // implicitly class methods.
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = interp.dict_get_str(dict, special) {
            if interp.function_data(f).is_some() {
                let wrapped = interp.new_interp("classmethod", InterpObject::ClassMethod(f));
                interp.dict_set_str(dict, special, wrapped);
                interp.heap.decref(wrapped);
            } else {
                interp.heap.decref(f);
            }
        }
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
    super::types::descriptors::add_instance_descriptors(interp, cls);
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
/// class body in a fresh namespace and make the class. A base that is not
/// a class but has `__mro_entries__` (PEP 560: `class L(list[int])`) is
/// replaced by the classes it names, and the namespace records the bases
/// as written in `__orig_bases__`.
pub(crate) fn build_class(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let written = pos.get(2..).unwrap_or(&[]);
    let mut entries = Vec::new();
    let mut resolved: Vec<Value> = Vec::new();
    for b in written {
        let found = if interp.as_class_ref(*b).is_some() {
            None
        } else {
            let key = interp.intern("__mro_entries__");
            let m = interp.get_attr(*b, key);
            interp.heap.decref(key);
            m.map_err(|e| interp.drop_error(e)).ok()
        };
        let Some(m) = found else {
            resolved.push(*b);
            continue;
        };
        let bases_t = {
            for x in written {
                interp.heap.incref(*x);
            }
            interp.heap.new_tuple(written.to_vec())
        };
        let r = interp.call(m, &[bases_t], &[]);
        interp.heap.decref(m);
        interp.heap.decref(bases_t);
        match r {
            Ok(t) => {
                resolved.extend(interp.tuple_items(t));
                entries.push(t);
            }
            Err(e) => {
                interp.release(entries);
                return Err(e);
            }
        }
    }
    if entries.is_empty() {
        return build_class_from(interp, args, kwnames, None);
    }
    // The entries' tuples keep the resolved bases alive during the call.
    let mut new_args = pos[..2.min(pos.len())].to_vec();
    new_args.extend(&resolved);
    new_args.extend_from_slice(&args[pos.len()..]);
    let orig = {
        for x in written {
            interp.heap.incref(*x);
        }
        interp.heap.new_tuple(written.to_vec())
    };
    let r = build_class_from(interp, &new_args, kwnames, Some(orig));
    interp.heap.decref(orig);
    interp.release(entries);
    r
}

fn build_class_from(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
    orig_bases: Option<Value>,
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
        // A metaclass that is a class gives way to a more derived one among
        // the bases' classes; anything else callable is used as given.
        Some(m) => match interp.as_class_ref(m) {
            Some(class) => Value::Obj(calculate_metaclass(interp, class, &bases)?),
            None => m,
        },
        None => {
            let ty = interp.classes.builtin[&BuiltinType::Type];
            Value::Obj(calculate_metaclass(interp, ty, &bases)?)
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
            let mut prepare_args = vec![meta, name, bases_t];
            prepare_args.extend(&kw_values);
            let r = interp.call(f, &prepare_args, &kw_names);
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
    if let Some(orig) = orig_bases {
        let key = interp.intern("__orig_bases__");
        let r = interp.setitem(ns, key, Some(orig));
        interp.heap.decref(key);
        if let Err(e) = r {
            interp.heap.decref(cell);
            interp.heap.decref(ns);
            return Err(e);
        }
    }
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
