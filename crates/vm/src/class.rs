//! Classes: the built-in types as class objects, `class` statements, the
//! C3 method resolution order and lookups along it.
//!
//! Every class, built-in or not, is an [`InterpObject::Class`] on the heap
//! whose `mro` lists the classes to search, itself first. A built-in type
//! (`int`, `list`, …) is such a class with `builtin` set, and its namespace
//! holds the type's methods from the objects crate's tables. The built-in
//! exceptions are classes with `exception` set.

use pyrite_objects::types::dict_table::DictLookup;
use pyrite_objects::types::interp::{Class, InterpObject};
use pyrite_objects::{
    BuiltinType, ExcKind, Heap, ObjRef, Payload, PyErr, PyResult, TypeRef, Value,
};

use crate::interpreter::Interpreter;

/// The built-in types made into classes at start-up, with their base.
const BUILTIN_TYPES: &[(BuiltinType, Option<BuiltinType>)] = &[
    (BuiltinType::Int, None),
    (BuiltinType::Bool, Some(BuiltinType::Int)),
    (BuiltinType::Float, None),
    (BuiltinType::Complex, None),
    (BuiltinType::Str, None),
    (BuiltinType::Bytes, None),
    (BuiltinType::ByteArray, None),
    (BuiltinType::Tuple, None),
    (BuiltinType::List, None),
    (BuiltinType::Dict, None),
    (BuiltinType::Set, None),
    (BuiltinType::FrozenSet, None),
    (BuiltinType::Range, None),
    (BuiltinType::Slice, None),
    (BuiltinType::NoneType, None),
    (BuiltinType::NotImplementedType, None),
    (BuiltinType::Ellipsis, None),
    (BuiltinType::Cell, None),
    (BuiltinType::Weakref, None),
];

/// The interpreter's own classes, by `__name__`.
const NAMED_CLASSES: &[&str] = &[
    "function",
    "method",
    "builtin_function_or_method",
    "module",
    "code",
    "traceback",
    "frame",
    "property",
    "classmethod",
    "staticmethod",
    "super",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "dict_keyiterator",
    "range_iterator",
    "longrange_iterator",
    "set_iterator",
    "list_reverseiterator",
    "iterator",
    "callable_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "TextIOWrapper",
    "generator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "dict_valueiterator",
    "dict_itemiterator",
];

/// Create `object`, `type`, the built-in types, the interpreter's classes
/// and the built-in exceptions.
pub(crate) fn bootstrap(interp: &mut Interpreter) {
    let object = raw_class(interp, "object", &[], Some(BuiltinType::Object), None);
    interp.classes.builtin.insert(BuiltinType::Object, object);
    let ty = raw_class(interp, "type", &[object], Some(BuiltinType::Type), None);
    interp.classes.builtin.insert(BuiltinType::Type, ty);
    for (t, base) in BUILTIN_TYPES {
        let base = base.map_or(object, |b| interp.classes.builtin[&b]);
        let class = raw_class(interp, t.name(), &[base], Some(*t), None);
        interp.classes.builtin.insert(*t, class);
    }
    for name in NAMED_CLASSES {
        let class = raw_class(interp, name, &[object], None, None);
        interp.classes.named.insert(name, class);
    }
    interp.classes.super_class = interp.classes.named["super"];
    let mut by_builtin = vec![object; 64];
    for (t, c) in &interp.classes.builtin {
        by_builtin[*t as usize] = *c;
    }
    interp.classes.by_builtin = by_builtin;
    for kind in ExcKind::ALL {
        let base = kind.base().map_or(object, |b| interp.classes.exc[&b]);
        let class = raw_class(interp, kind.name(), &[base], None, Some(*kind));
        interp.classes.exc.insert(*kind, class);
    }
}

/// A class made by the interpreter (its MRO is linear, so C3 cannot fail).
fn raw_class(
    interp: &mut Interpreter,
    name: &str,
    bases: &[ObjRef],
    builtin: Option<BuiltinType>,
    exception: Option<ExcKind>,
) -> ObjRef {
    let dict = interp.heap.new_dict();
    let module = interp.intern("builtins");
    interp.dict_set_str(dict, "__module__", module);
    interp.heap.decref(module);
    let bases: Vec<Value> = bases.iter().map(|b| Value::Obj(*b)).collect();
    let meta = TypeRef::Builtin(BuiltinType::Type);
    let class = new_class(interp, name, name, &bases, dict, builtin, exception, meta)
        .expect("the interpreter's own classes have linear hierarchies, so their MRO exists");
    interp.classes.native.insert(class);
    class
}

/// Make a class whose class is `meta`. `bases` are borrowed class
/// values; `dict` is the namespace, whose reference the class takes over.
pub(crate) fn new_class_with_meta(
    interp: &mut Interpreter,
    name: &str,
    qualname: &str,
    bases: &[Value],
    dict: Value,
    meta: TypeRef,
) -> PyResult<ObjRef> {
    new_class(interp, name, qualname, bases, dict, None, None, meta)
}

/// Make a class. `bases` are borrowed class values; `dict` is the
/// namespace, whose reference the class takes over.
#[allow(clippy::too_many_arguments)]
fn new_class(
    interp: &mut Interpreter,
    name: &str,
    qualname: &str,
    bases: &[Value],
    dict: Value,
    builtin: Option<BuiltinType>,
    exception: Option<ExcKind>,
    meta: TypeRef,
) -> PyResult<ObjRef> {
    let mut base_mros = Vec::new();
    let mut builtin = builtin;
    let mut exception = exception;
    for b in bases {
        let Some(c) = class_data(&interp.heap, *b) else {
            interp.heap.decref(dict);
            return Err(PyErr::type_error("bases must be types"));
        };
        if let Err(e) = check_base(interp, *b, c.builtin, builtin, c.exception.or(exception)) {
            interp.heap.decref(dict);
            return Err(e);
        }
        if builtin.is_none() && c.builtin != Some(BuiltinType::Object) {
            builtin = c.builtin;
        }
        exception = exception.or(c.exception);
        base_mros.push(c.mro.clone());
    }
    if let Err(e) = check_slots(interp, bases, builtin, dict) {
        interp.heap.decref(dict);
        return Err(e);
    }
    let mro_tail = match c3_merge(&interp.heap, base_mros, bases) {
        Ok(m) => m,
        Err(e) => {
            interp.heap.decref(dict);
            return Err(e);
        }
    };
    for v in bases.iter().chain(&mro_tail) {
        interp.heap.incref(*v);
    }
    let bases_tuple = interp.heap.new_tuple(bases.to_vec());
    let class = Class {
        name: name.to_string(),
        qualname: qualname.to_string(),
        dict,
        bases: bases_tuple,
        mro: Vec::new(),
        builtin,
        exception,
        subclasses: Vec::new(),
    };
    let r = interp
        .heap
        .alloc(meta, Payload::Interp(Box::new(InterpObject::Class(class))));
    for base in bases {
        register_subclass(&mut interp.heap, *base, r);
    }
    // The class's MRO starts with itself: a reference cycle the collector
    // reclaims, as CPython's `__mro__` is.
    interp.heap.incref_obj(r);
    let mut mro = vec![Value::Obj(r)];
    mro.extend(mro_tail);
    if let Payload::Interp(o) = interp.heap.payload_mut(r) {
        if let InterpObject::Class(c) = &mut **o {
            c.mro = mro;
        }
    }
    Ok(r)
}

/// The built-in types a `class` statement cannot derive from (CPython's
/// types without `Py_TPFLAGS_BASETYPE`).
const FINAL_TYPES: &[BuiltinType] = &[
    BuiltinType::Bool,
    BuiltinType::NoneType,
    BuiltinType::NotImplementedType,
    BuiltinType::Ellipsis,
    BuiltinType::Range,
    BuiltinType::Slice,
    BuiltinType::Cell,
];

/// The interpreter's classes a `class` statement cannot derive from.
const FINAL_NAMED: &[&str] = &[
    "function",
    "method",
    "builtin_function_or_method",
    "code",
    "traceback",
    "frame",
    "generator",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "dict_keyiterator",
    "range_iterator",
    "longrange_iterator",
    "set_iterator",
    "list_reverseiterator",
    "iterator",
    "callable_iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "dict_valueiterator",
    "dict_itemiterator",
];

/// Refuse a base CPython refuses: a final type (`bool`), or a second
/// built-in layout next to one already chosen (`class X(int, str)`). A
/// class made by the interpreter itself (`bootstrap`) is not checked.
fn check_base(
    interp: &Interpreter,
    base: Value,
    base_builtin: Option<BuiltinType>,
    layout: Option<BuiltinType>,
    exception: Option<ExcKind>,
) -> PyResult<()> {
    let Some(b) = base.as_obj() else {
        return Ok(());
    };
    if interp.classes.by_builtin.is_empty() {
        return Ok(());
    }
    let native = interp.classes.native.contains(&b);
    let final_base = match base_builtin {
        Some(t) if native => FINAL_TYPES.contains(&t),
        _ => native && FINAL_NAMED.contains(&interp.class_name(b).as_str()),
    };
    if final_base {
        return Err(PyErr::type_error(format!(
            "type '{}' is not an acceptable base type",
            interp.class_name(b)
        )));
    }
    let solid = |t: Option<BuiltinType>| t.filter(|t| *t != BuiltinType::Object);
    let conflict = match (solid(layout), solid(base_builtin)) {
        (Some(a), Some(b)) => a != b,
        (Some(_), None) | (None, Some(_)) => exception.is_some(),
        (None, None) => false,
    };
    if conflict {
        return Err(PyErr::type_error(
            "multiple bases have instance lay-out conflict",
        ));
    }
    Ok(())
}

/// The built-in types whose instances vary in size (CPython's
/// `tp_itemsize != 0`): a subclass cannot add named slots to them.
const VARIABLE_SIZE: &[BuiltinType] = &[BuiltinType::Int, BuiltinType::Bytes, BuiltinType::Tuple];

/// Refuse a nonempty `__slots__` (even `('__dict__',)`) on a subclass of
/// `int`, `bytes` or `tuple`, as CPython 3.11 does.
fn check_slots(
    interp: &mut Interpreter,
    bases: &[Value],
    builtin: Option<BuiltinType>,
    dict: Value,
) -> PyResult<()> {
    let Some(t) = builtin.filter(|t| VARIABLE_SIZE.contains(t)) else {
        return Ok(());
    };
    let key = interp.intern("__slots__");
    let slots = dict_lookup_str(&interp.heap, dict, key);
    interp.heap.decref(key);
    let Some(slots) = slots else {
        return Ok(());
    };
    let names: Vec<Value> = if interp.heap.str_of(slots).is_some() {
        vec![slots]
    } else {
        match slots.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Tuple(items)) => items.to_vec(),
            Some(Payload::List(items)) => items.to_values(),
            _ => Vec::new(),
        }
    };
    if names.is_empty() {
        return Ok(());
    }
    // CPython names the base that carries the built-in layout.
    let base = bases
        .iter()
        .find(|b| class_data(&interp.heap, **b).is_some_and(|c| c.builtin == Some(t)))
        .and_then(|b| b.as_obj())
        .map_or_else(|| t.name().to_string(), |b| interp.class_name(b));
    Err(PyErr::type_error(format!(
        "nonempty __slots__ not supported for subtype of '{base}'"
    )))
}

/// C3 linearisation of the bases' MROs followed by the list of bases.
fn c3_merge(heap: &Heap, mut seqs: Vec<Vec<Value>>, bases: &[Value]) -> PyResult<Vec<Value>> {
    seqs.push(bases.to_vec());
    let mut out: Vec<Value> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|c| seqs.iter().all(|s| !s[1..].iter().any(|x| x.is(*c))));
        let Some(c) = candidate else {
            let names: Vec<String> = {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = class_data(heap, s[0]).map_or(String::new(), |c| c.name.clone());
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                names
            };
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in &mut seqs {
            if s[0].is(c) {
                s.remove(0);
            }
        }
    }
}

/// The class data of a class value.
pub(crate) fn class_data(heap: &Heap, v: Value) -> Option<&Class> {
    match heap.payload(v.as_obj()?) {
        Payload::Interp(o) => o.as_class(),
        _ => None,
    }
}

/// Look `key` (a str) up in a dict without running Python code (str keys
/// compare natively); the value is borrowed.
pub(crate) fn dict_lookup_str(heap: &Heap, dict: Value, key: Value) -> Option<Value> {
    let d = dict.as_obj()?;
    let Payload::Dict(table) = heap.payload(d) else {
        return None;
    };
    let Payload::Str(s) = heap.payload(key.as_obj()?) else {
        return None;
    };
    match table.lookup(key, s.hash(), 0, &mut |a, b| {
        Some(pyrite_objects::ops::native_eq(heap, a, b).unwrap_or(false))
    }) {
        DictLookup::Found(ix) => table.entry(ix).map(|e| e.value),
        _ => None,
    }
}

impl Interpreter {
    /// `type(v)` as a class reference (borrowed).
    pub(crate) fn class_of(&self, v: Value) -> ObjRef {
        match self.heap.type_of(v) {
            TypeRef::Builtin(t) => self.classes.by_builtin[t as usize],
            TypeRef::Heap(c) => c,
        }
    }

    /// `type(v)` as a value (a new reference).
    pub(crate) fn type_value(&mut self, v: Value) -> Value {
        let c = self.class_of(v);
        self.heap.incref_obj(c);
        Value::Obj(c)
    }

    /// Search `class`'s MRO for `name` (a str); the result is borrowed.
    /// Answers are cached per (class, name object) until a class
    /// attribute is set.
    pub(crate) fn lookup_in_mro(&mut self, class: ObjRef, name: Value) -> Option<Value> {
        let name_ref = name.as_obj()?;
        if let Some(found) = self.mro_cache.get(&(class, name_ref)) {
            return *found;
        }
        let found = self.lookup_in_mro_uncached(class, name);
        self.mro_cache.insert((class, name_ref), found);
        found
    }

    fn lookup_in_mro_uncached(&self, class: ObjRef, name: Value) -> Option<Value> {
        let c = class_data(&self.heap, Value::Obj(class))?;
        for k in &c.mro {
            let kd = class_data(&self.heap, *k)?;
            if let Some(v) = dict_lookup_str(&self.heap, kd.dict, name) {
                return Some(v);
            }
        }
        None
    }

    /// `lookup_in_mro` by Rust string.
    pub(crate) fn lookup_type_str(&mut self, class: ObjRef, name: &str) -> Option<Value> {
        let key = self.intern(name);
        let r = self.lookup_in_mro(class, key);
        self.heap.decref(key);
        r
    }

    /// The special method `name` of `v`'s class, if a class made by a
    /// `class` statement defines it (borrowed). The built-in classes answer
    /// `None`: their behaviour is native.
    pub(crate) fn user_special(&mut self, v: Value, name: &'static str) -> Option<Value> {
        // Built-in types' instances name their class with a `TypeRef::Builtin`.
        let TypeRef::Heap(class) = self.heap.type_of(v) else {
            return None;
        };
        if self.classes.native.contains(&class) {
            return None;
        }
        let cache_key = (class, name.as_ptr() as usize, name.len());
        if let Some(found) = self.special_cache.get(&cache_key) {
            return *found;
        }
        let key = self.intern(name);
        let mut found = None;
        if let Some(c) = class_data(&self.heap, Value::Obj(class)) {
            for k in &c.mro {
                if k.as_obj().is_some_and(|k| self.classes.native.contains(&k)) {
                    continue;
                }
                let Some(kd) = class_data(&self.heap, *k) else {
                    continue;
                };
                if let Some(v) = dict_lookup_str(&self.heap, kd.dict, key) {
                    found = Some(v);
                    break;
                }
            }
        }
        self.heap.decref(key);
        self.special_cache.insert(cache_key, found);
        found
    }

    /// `issubclass(a, b)` for two classes.
    pub(crate) fn is_subclass(&self, a: ObjRef, b: ObjRef) -> bool {
        class_data(&self.heap, Value::Obj(a))
            .is_some_and(|c| c.mro.iter().any(|k| k.as_obj() == Some(b)))
    }

    /// `isinstance(v, class)` for one class.
    pub(crate) fn is_instance(&self, v: Value, class: ObjRef) -> bool {
        self.is_subclass(self.class_of(v), class)
    }

    /// The class's `__name__`.
    pub(crate) fn class_name(&self, class: ObjRef) -> String {
        class_data(&self.heap, Value::Obj(class))
            .map_or_else(|| "object".into(), |c| c.name.clone())
    }

    /// `type(v).__name__`.
    pub(crate) fn type_name(&self, v: Value) -> String {
        self.class_name(self.class_of(v))
    }
}

/// Record `class` among the direct subclasses of `base` (weakly, so the
/// registry keeps no class alive); dead entries are dropped on the way.
fn register_subclass(heap: &mut pyrite_objects::Heap, base: Value, class: ObjRef) {
    let Some(b) = base.as_obj() else {
        return;
    };
    if !matches!(heap.payload(b), Payload::Interp(o) if matches!(**o, InterpObject::Class(_))) {
        return;
    }
    let weak = Value::Obj(heap.new_weakref(class, Value::None));
    let old = match heap.payload_mut(b) {
        Payload::Interp(o) => match &mut **o {
            InterpObject::Class(c) => std::mem::take(&mut c.subclasses),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut kept = Vec::with_capacity(old.len() + 1);
    for w in old {
        let alive = w.as_obj().is_some_and(|r| {
            matches!(
                heap.payload(r),
                Payload::Weakref {
                    target: Some(_),
                    ..
                }
            )
        });
        if alive {
            kept.push(w);
        } else {
            heap.decref(w);
        }
    }
    kept.push(weak);
    if let Payload::Interp(o) = heap.payload_mut(b) {
        if let InterpObject::Class(c) = &mut **o {
            c.subclasses = kept;
            return;
        }
    }
    for w in kept {
        heap.decref(w);
    }
}
