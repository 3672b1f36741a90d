//! The built-in types' constructors (`int(x)`, `list(it)`, `dict(...)`,
//! `range(...)`, …) and the interpreter classes made by calling them
//! (`property`, `classmethod`, `staticmethod`, `super`, `enumerate`,
//! `zip`, `map`, `filter`, `reversed`), with `super()`'s lookup.

use pyrite_objects::types::int::Int;
use pyrite_objects::types::interp::{InterpObject, IterState};
use pyrite_objects::{BuiltinType, ExcKind, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

pub(super) mod class_methods;
pub(super) mod code_methods;
mod code_replace;
mod complex;
pub(super) mod descriptors;
pub(super) mod exception_state;
pub(super) mod generic_alias;
mod inplace;
pub(super) mod iter_reduce;
pub(super) mod mappingproxy;
pub(super) mod memoryview;
mod numbers;
pub(super) mod object_methods;
pub(super) mod protocol_dunders;
pub(super) mod slot_wrappers;
pub(super) mod type_methods;

use super::constructors::type_new_impl;
use super::{bind, keyword_pairs, keyword_texts, no_keywords, positional};
use crate::class::{class_data, dict_lookup_str};
use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn construct_named(
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
            "method" => self.construct_method(args, kwnames),
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
            "module" => {
                let b = bind(self, "module", args, kwnames, &["name", "doc"], 1)?;
                let name = b[0].unwrap_or(Value::None);
                if self.heap.str_of(name).is_none() {
                    return Err(PyErr::type_error(format!(
                        "module() argument 'name' must be str, not {}",
                        self.type_name(name)
                    )));
                }
                let dict = self.heap.new_dict();
                self.dict_set_str(dict, "__name__", name);
                self.dict_set_str(dict, "__doc__", b[1].unwrap_or(Value::None));
                for attr in ["__package__", "__loader__", "__spec__"] {
                    self.dict_set_str(dict, attr, Value::None);
                }
                Ok(self.new_interp("module", InterpObject::Module { dict }))
            }
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
                let strict = match kwnames {
                    [] => false,
                    [k] if self.heap.str_of(*k) == Some("strict") => {
                        let v = args[args.len() - 1];
                        self.truthy(v)?
                    }
                    [k] => {
                        let k = self.heap.str_of(*k).unwrap_or("").to_string();
                        return Err(PyErr::type_error(format!(
                            "'{k}' is an invalid keyword argument for zip()"
                        )));
                    }
                    more => {
                        return Err(PyErr::type_error(format!(
                            "zip() takes at most 1 keyword argument ({} given)",
                            more.len()
                        )));
                    }
                };
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
                Ok(self.new_iterator("zip", IterState::Zip { its, strict }))
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
                // Built-in sequences step back by position; CPython names
                // the list's iterator and the generic one differently.
                let by_position = match seq.as_obj().map(|r| self.heap.payload(r)) {
                    Some(Payload::List(l)) => Some(("list_reverseiterator", l.len())),
                    Some(Payload::Tuple(t)) => Some(("reversed", t.len())),
                    Some(Payload::Str(s)) => Some(("reversed", s.char_len())),
                    Some(Payload::Bytes(b)) => Some(("reversed", b.len())),
                    Some(Payload::ByteArray(b)) => Some(("reversed", b.len())),
                    Some(Payload::Range { start, stop, step }) => {
                        let bounds = [*start, *stop, *step];
                        return self.range_iter(bounds, true);
                    }
                    _ => None,
                };
                if let Some((class, remaining)) = by_position {
                    let seq = own(self, seq);
                    return Ok(self.new_iterator(class, IterState::Reversed { seq, remaining }));
                }
                // Dicts, their views and user sequences (`__len__` and
                // `__getitem__`) are read whole; anything else, a set or an
                // iterator, has no order to reverse.
                let is_dict = matches!(
                    seq.as_obj().map(|r| self.heap.payload(r)),
                    Some(Payload::Dict(_))
                );
                let sequence = self.user_special(seq, "__getitem__").is_some()
                    && self.user_special(seq, "__len__").is_some();
                if !(is_dict || sequence || self.dict_view(seq).is_some()) {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not reversible",
                        self.type_name(seq)
                    )));
                }
                // `Items` gives its vector from the end: reversed order.
                let items = self.iterate(seq)?;
                Ok(self.new_iterator("reversed", IterState::Items { rest: items }))
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

    pub(super) fn construct_builtin(
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
                for (arg, which) in [(b[1], "encoding"), (b[2], "errors")] {
                    if let Some(a) = arg.filter(|a| self.heap.str_of(*a).is_none()) {
                        return Err(PyErr::type_error(format!(
                            "str() argument '{which}' must be str, not {}",
                            self.type_name(a)
                        )));
                    }
                }
                match b[0] {
                    None => Ok(self.intern("")),
                    // `str(b, encoding, errors)` is `b.decode(encoding, errors)`.
                    Some(v) if b[1].is_some() || b[2].is_some() => {
                        let bytes_like =
                            matches!(
                                v.as_obj().map(|r| self.heap.payload(r)),
                                Some(Payload::Bytes(_) | Payload::ByteArray(_))
                            ) || pyrite_objects::types::memoryview::view_of(&self.heap, v)
                                .is_some_and(|m| m.contiguous());
                        if !bytes_like {
                            return Err(PyErr::type_error(if self.heap.str_of(v).is_some() {
                                "decoding str is not supported".to_string()
                            } else {
                                format!(
                                    "decoding to str: need a bytes-like object, {} found",
                                    self.type_name(v)
                                )
                            }));
                        }
                        // A memoryview decodes as the bytes it sees.
                        let viewed =
                            match pyrite_objects::types::memoryview::view_of(&self.heap, v) {
                                Some(view) => Some(view.bytes(&self.heap).ok_or_else(
                                    pyrite_objects::types::memoryview::released_error,
                                )?),
                                None => None,
                            };
                        let v = match viewed {
                            Some(bytes) => self.heap.new_bytes(bytes),
                            None => {
                                self.heap.incref(v);
                                v
                            }
                        };
                        let key = self.intern("decode");
                        let decode = self.get_attr(v, key);
                        self.heap.decref(key);
                        self.heap.decref(v);
                        let decode = decode?;
                        let utf8 = self.intern("utf-8");
                        let strict = self.intern("strict");
                        let r =
                            self.call(decode, &[b[1].unwrap_or(utf8), b[2].unwrap_or(strict)], &[]);
                        self.release([decode, utf8, strict]);
                        r
                    }
                    Some(v) => {
                        let s = self.str_of(v)?;
                        Ok(self.heap.new_str(s))
                    }
                }
            }
            BuiltinType::List | BuiltinType::Tuple => {
                no_keywords(name, kwnames)?;
                if let ([v], BuiltinType::List) = (&pos[..], t) {
                    if let Some(list) = self.heap.new_list_from_range(*v) {
                        return list;
                    }
                }
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
                let frozen = t == BuiltinType::FrozenSet;
                if let [v] = pos[..] {
                    if let Some(source) = v
                        .as_obj()
                        .filter(|r| pyrite_objects::types::set::table(&self.heap, *r).is_ok())
                    {
                        // From another set: its table is copied without
                        // hashing the members again (CPython's set_merge),
                        // and `frozenset(fs)` of an exact frozenset is `fs`.
                        if frozen && self.heap.builtin_type(v) == Some(BuiltinType::FrozenSet) {
                            self.heap.incref(v);
                            return Ok(v);
                        }
                        let s = self.heap.new_empty_set(frozen);
                        if let Err(e) = pyrite_objects::types::set::merge(self, s, source) {
                            self.heap.decref_obj(s);
                            return Err(e);
                        }
                        return Ok(Value::Obj(s));
                    }
                }
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
                let s = pyrite_objects::types::set::new_set(self, &items, frozen);
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
                let (re, im) = self.construct_complex(b[0], b[1])?;
                Ok(pyrite_objects::ops::arith::new_complex(
                    &mut self.heap,
                    re,
                    im,
                ))
            }
            BuiltinType::Weakref => crate::stdlib::weakref::new_weakref(self, args, kwnames),
            BuiltinType::Bytes | BuiltinType::ByteArray => {
                let names = keyword_texts(&self.heap, kwnames);
                let keywords = keyword_pairs(&names, &args[pos.len()..]);
                let args = pyrite_objects::methods::Args {
                    positional: &pos,
                    keywords: &keywords,
                };
                if t == BuiltinType::Bytes {
                    pyrite_objects::functions::bytes_new(self, args)
                } else {
                    pyrite_objects::functions::bytearray_new(self, args)
                }
            }
            _ => Err(PyErr::type_error(format!(
                "cannot create '{name}' instances"
            ))),
        }
    }

    pub(super) fn dict_init(
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
                let is_dict = matches!(
                    src.as_obj().map(|r| self.heap.payload(r)),
                    Some(Payload::Dict(_))
                );
                // A mapping: anything with `keys()` (CPython's rule).
                let pairs = if is_dict {
                    None
                } else {
                    pyrite_objects::Runtime::mapping_pairs(self, *src)
                };
                if let Some(pairs) = pairs {
                    let pairs = pairs?;
                    let mut result = Ok(());
                    for (k, v) in &pairs {
                        result = pyrite_objects::types::dict::set_item(self, dr, *k, *v);
                        if result.is_err() {
                            break;
                        }
                    }
                    for (k, v) in pairs {
                        self.heap.decref(k);
                        self.heap.decref(v);
                    }
                    result?;
                } else if matches!(
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
}
