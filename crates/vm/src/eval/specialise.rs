//! Specialising instructions (PEP 659) and running their specialised
//! forms.
//!
//! [`Interpreter::specialise`] looks at an instruction about to run (its
//! operands on the stack, the frame's namespaces) and, when the common
//! case applies, returns the specialised form with its cache filled.
//! [`Interpreter::run_specialised`] runs a specialised form, first
//! checking that its cache still applies:
//!
//! - Namespace caches (`LOAD_GLOBAL_MODULE`, `LOAD_GLOBAL_BUILTIN`, the
//!   `LOAD_NAME`/`STORE_NAME` caches) remember a dict and an entry
//!   number. An entry holds one key for as long as the key is in the dict
//!   (a deletion empties the entry; a resize renumbers entries), so "entry
//!   `aux` of dict `key` has our name object as its key" proves that
//!   entry's value is the name's current value. A builtin is only used
//!   once the globals are seen not to have the name (for `LOAD_NAME` at
//!   module level, the module's dict), and only while that dict's key set
//!   is unchanged since (its `keys_version`, which moves
//!   on every insertion and deletion). Only exact dicts
//!   are cached, and only keys identical to the instruction's interned
//!   name.
//! - Attribute caches (`LOAD_ATTR_INSTANCE_VALUE`,
//!   `STORE_ATTR_INSTANCE_VALUE`, `LOAD_METHOD_WITH_VALUES`) remember the
//!   instance's class and the interpreter's class epoch, which moves
//!   whenever any class attribute is set or deleted. While both match,
//!   what the class's MRO says about the name (no `__getattribute__` or
//!   `__setattr__` hook, no data descriptor, the method found) is what it
//!   was when the cache was filled. An instance of another class (the
//!   same instruction seeing several classes, as a method of a base class
//!   does) is served when that class's attribute plan (`attr/plan.rs`)
//!   says the same, so such instructions stay specialised.
//! - `LOAD_ATTR`/`LOAD_METHOD` of a module or a class: see
//!   [`namespaces`].
//!
//! A failed check is a miss: nothing has changed and the generic handler
//! runs (the loop then de-specialises the instruction).

use pyrite_compiler::bytecode::Opcode;
use pyrite_objects::types::dict;
use pyrite_objects::types::dict_table::DictLookup;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::types::{BuiltinType, TypeRef};
use pyrite_objects::{ObjRef, Payload, PyErr, Value};

mod namespaces;

use super::quicken::{Cache, Instr, Kind};
use super::run::FrameCtx;
use crate::attr::{ClassAttr, LoadPlan, StorePlan};
use crate::frame::CodeInfo;
use crate::interpreter::Interpreter;

/// The outcome of running a specialised instruction.
pub(super) enum Special {
    /// Done, with the cache as it was.
    Hit,
    /// Done, and the cache should now read like this.
    Refill(Instr),
    /// The cache no longer applies; nothing was done.
    Miss,
    /// The instruction ran and raised.
    Failed(PyErr),
    /// The instruction pushed this frame, which runs next.
    Switch(crate::frame::FrameId),
}

impl Interpreter {
    /// The entry number of `name` in the exact dict `d`, if it is there
    /// under this very name object.
    fn entry_of(&self, d: Value, name: Value) -> Option<(ObjRef, usize)> {
        let r = d.as_obj()?;
        if self.heap.type_of(d) != TypeRef::Builtin(BuiltinType::Dict) {
            return None;
        }
        let Payload::Dict(table) = self.heap.payload(r) else {
            return None;
        };
        let Payload::Str(s) = self.heap.payload(name.as_obj()?) else {
            return None;
        };
        // Only an identical key is accepted, so no comparison is needed.
        let ix = match table.lookup(name, s.hash(), 0, &mut |a, b| Some(a == b)) {
            DictLookup::Found(ix) => ix,
            _ => return None,
        };
        (table.entry(ix)?.key == name).then_some((r, ix))
    }

    /// The key-set version of the dict `d`.
    #[inline]
    fn keys_version(&self, d: ObjRef) -> Option<u64> {
        match self.heap.payload(d) {
            Payload::Dict(table) => Some(table.keys_version()),
            _ => None,
        }
    }

    /// The value of entry `ix` of dict `d` if its key is `name`
    /// (borrowed).
    #[inline]
    fn entry_value(&self, d: ObjRef, ix: u32, name: Value) -> Option<Value> {
        match self.heap.payload(d) {
            Payload::Dict(table) => table
                .entry(ix as usize)
                .filter(|e| e.key == name)
                .map(|e| e.value),
            _ => None,
        }
    }

    /// The plain instance on top of the stack, with its class and its
    /// `__dict__`.
    #[inline]
    fn top_instance(&self) -> Option<(Value, ObjRef, ObjRef)> {
        let obj = (*self.stack.last()?)?;
        let r = obj.as_obj()?;
        let Payload::Instance { dict } = self.heap.payload(r) else {
            return None;
        };
        let d = dict.as_obj()?;
        match self.heap.type_of(obj) {
            TypeRef::Heap(class) => Some((obj, class, d)),
            TypeRef::Builtin(_) => None,
        }
    }

    /// The value on top of the stack, if it is an exact instance of one
    /// of the built-in types whose instances have no `__dict__`, with that
    /// type.
    #[inline]
    fn top_builtin(&self) -> Option<(Value, BuiltinType)> {
        let obj = (*self.stack.last()?)?;
        let TypeRef::Builtin(t) = self.heap.type_of(obj) else {
            return None;
        };
        matches!(
            t,
            BuiltinType::Str
                | BuiltinType::Dict
                | BuiltinType::List
                | BuiltinType::Tuple
                | BuiltinType::Set
                | BuiltinType::FrozenSet
                | BuiltinType::Int
                | BuiltinType::Float
                | BuiltinType::Bytes
                | BuiltinType::ByteArray
        )
        .then_some((obj, t))
    }

    /// The specialised form of `ins` for what it is about to see, if it
    /// has one. (Out of line: it runs once per warm-up, not per step.)
    #[inline(never)]
    pub(super) fn specialise(
        &mut self,
        code: &CodeInfo,
        ctx: &FrameCtx,
        ins: Instr,
    ) -> Option<(Instr, Cache)> {
        let special = |kind: Kind, key: ObjRef, aux: usize| {
            let cache = Cache {
                key: Some(key),
                ..Cache::default()
            };
            (
                Instr {
                    kind,
                    aux: aux as u32,
                    ..ins
                },
                cache,
            )
        };
        match ins.op {
            Opcode::LOAD_GLOBAL => {
                let name = *code.names.get((ins.arg >> 1) as usize)?;
                if let Some((d, ix)) = self.entry_of(ctx.globals, name) {
                    return Some(special(Kind::LoadGlobalModule, d, ix));
                }
                if self.heap.type_of(ctx.globals) != TypeRef::Builtin(BuiltinType::Dict)
                    || crate::class::dict_lookup_str(&self.heap, ctx.globals, name).is_some()
                {
                    return None;
                }
                let (d, ix) = self.entry_of(ctx.builtins, name)?;
                let globals = ctx.globals.as_obj()?;
                let keys = self.keys_version(globals)?;
                let (ins, mut cache) = special(Kind::LoadGlobalBuiltin, d, ix);
                cache.value = Some(globals);
                cache.keys = keys;
                Some((ins, cache))
            }
            Opcode::LOAD_NAME => {
                let name = *code.names.get(ins.arg as usize)?;
                if let Some((d, ix)) = self.entry_of(ctx.locals, name) {
                    return Some(special(Kind::LoadNameCached, d, ix));
                }
                // A builtin named at module level (the locals are the
                // globals, and do not have the name).
                let locals = ctx.locals.as_obj()?;
                if ctx.locals != ctx.globals
                    || self.heap.type_of(ctx.locals) != TypeRef::Builtin(BuiltinType::Dict)
                    || crate::class::dict_lookup_str(&self.heap, ctx.locals, name).is_some()
                {
                    return None;
                }
                let keys = self.keys_version(locals)?;
                let (d, ix) = self.entry_of(ctx.builtins, name)?;
                let (ins, mut cache) = special(Kind::LoadNameBuiltin, d, ix);
                cache.value = Some(locals);
                cache.keys = keys;
                Some((ins, cache))
            }
            Opcode::STORE_NAME => {
                let name = *code.names.get(ins.arg as usize)?;
                let (d, ix) = self.entry_of(ctx.locals, name)?;
                Some(special(Kind::StoreNameCached, d, ix))
            }
            Opcode::LOAD_METHOD if self.top_builtin().is_some() => {
                let name = *code.names.get(ins.arg as usize)?;
                let (_, t) = self.top_builtin()?;
                let class = *self.classes.by_builtin.get(t as usize)?;
                let f = self.lookup_in_mro(class, name)?;
                let native = matches!(
                    f.as_obj().map(|r| self.heap.payload(r)),
                    Some(Payload::Interp(o)) if matches!(
                        &**o,
                        InterpObject::Builtin { receiver: Value::None, .. }
                    )
                );
                if !native {
                    return None;
                }
                let cache = Cache {
                    key: Some(class),
                    value: f.as_obj(),
                    epoch: self.class_epoch,
                    keys: 0,
                };
                Some((
                    Instr {
                        kind: Kind::LoadMethodBuiltin,
                        aux: t as u32,
                        ..ins
                    },
                    cache,
                ))
            }
            Opcode::LOAD_ATTR | Opcode::STORE_ATTR | Opcode::LOAD_METHOD => {
                let name = *code.names.get(ins.arg as usize)?;
                if ins.op != Opcode::STORE_ATTR && self.top_instance().is_none() {
                    return self.specialise_namespace_attr(ins, name);
                }
                let (obj, class, d) = self.top_instance()?;
                let plan = self.attr_plan(obj, class, name);
                let in_dict = self.entry_of(Value::Obj(d), name);
                let with = |kind: Kind, aux: usize, value: Option<ObjRef>| {
                    let cache = Cache {
                        key: Some(class),
                        value,
                        epoch: self.class_epoch,
                        keys: 0,
                    };
                    (
                        Instr {
                            kind,
                            aux: aux as u32,
                            ..ins
                        },
                        cache,
                    )
                };
                match (ins.op, plan.load) {
                    (Opcode::LOAD_ATTR, LoadPlan::Dict(attr)) => {
                        // The entry hint is only a guess: a missing name
                        // falls back on the class attribute.
                        if in_dict.is_none() && attr == ClassAttr::Absent {
                            return None;
                        }
                        let ix = in_dict.map_or(0, |(_, ix)| ix);
                        Some(with(Kind::LoadAttrInstanceValue, ix, None))
                    }
                    (Opcode::STORE_ATTR, _) if plan.store == StorePlan::Dict => {
                        let ix = in_dict.map_or(u32::MAX as usize, |(_, ix)| ix);
                        Some(with(Kind::StoreAttrInstanceValue, ix, None))
                    }
                    (Opcode::LOAD_METHOD, LoadPlan::Dict(ClassAttr::Method(f))) => {
                        if in_dict.is_some() {
                            return None;
                        }
                        Some(with(Kind::LoadMethodWithValues, 0, f.as_obj()))
                    }
                    _ => None,
                }
            }
            Opcode::CALL => {
                let (callable, _, args_from) = self.call_operands(ins.arg)?;
                if let Some(f) = self.function_data(callable) {
                    let code = f.code.as_obj()?;
                    let index = self.code_index(f.code)?;
                    self.simple_code(callable, self.stack.len() - args_from)?;
                    let cache = Cache {
                        key: callable.as_obj(),
                        value: Some(code),
                        epoch: 0,
                        keys: 0,
                    };
                    return Some((
                        Instr {
                            kind: Kind::CallPyExactArgs,
                            aux: index,
                            ..ins
                        },
                        cache,
                    ));
                }
                if let Some(special) = self.specialise_native_call(ins) {
                    return Some(special);
                }
                let cls = self.plain_class(callable)?;
                let epoch = self.class_epoch;
                let init = self.user_mro_attr(cls, "__init__")?;
                if self.function_data(init).is_none()
                    || self.user_mro_attr(cls, "__new__").is_some()
                    || self.user_mro_attr(cls, "__del__").is_some()
                {
                    return None;
                }
                let cache = Cache {
                    key: Some(cls),
                    value: init.as_obj(),
                    epoch,
                    keys: 0,
                };
                Some((
                    Instr {
                        kind: Kind::CallPlainClass,
                        ..ins
                    },
                    cache,
                ))
            }
            _ => None,
        }
    }

    /// Run the specialised instruction `ins` (not tracing).
    #[inline]
    pub(super) fn run_specialised(
        &mut self,
        code: &CodeInfo,
        ctx: &FrameCtx,
        ins: &Instr,
        cache: Cache,
        at: usize,
    ) -> Special {
        let Some(key) = cache.key else {
            return Special::Miss;
        };
        match ins.kind {
            Kind::LoadGlobalModule => {
                let Some(&name) = code.names.get((ins.arg >> 1) as usize) else {
                    return Special::Miss;
                };
                if ctx.globals != Value::Obj(key) {
                    return Special::Miss;
                }
                let Some(v) = self.entry_value(key, ins.aux, name) else {
                    return Special::Miss;
                };
                self.heap.incref(v);
                if ins.arg & 1 == 1 {
                    self.stack.push(None);
                }
                self.stack.push(Some(v));
                Special::Hit
            }
            Kind::LoadGlobalBuiltin => {
                let Some(&name) = code.names.get((ins.arg >> 1) as usize) else {
                    return Special::Miss;
                };
                let Some(globals) = cache.value else {
                    return Special::Miss;
                };
                if ctx.builtins != Value::Obj(key)
                    || ctx.globals != Value::Obj(globals)
                    || self.keys_version(globals) != Some(cache.keys)
                {
                    return Special::Miss;
                }
                let Some(v) = self.entry_value(key, ins.aux, name) else {
                    return Special::Miss;
                };
                self.heap.incref(v);
                if ins.arg & 1 == 1 {
                    self.stack.push(None);
                }
                self.stack.push(Some(v));
                Special::Hit
            }
            Kind::LoadNameCached => {
                let Some(&name) = code.names.get(ins.arg as usize) else {
                    return Special::Miss;
                };
                if ctx.locals != Value::Obj(key) {
                    return Special::Miss;
                }
                let Some(v) = self.entry_value(key, ins.aux, name) else {
                    return Special::Miss;
                };
                self.heap.incref(v);
                self.stack.push(Some(v));
                Special::Hit
            }
            Kind::LoadNameBuiltin => {
                let (Some(&name), Some(locals)) = (code.names.get(ins.arg as usize), cache.value)
                else {
                    return Special::Miss;
                };
                if ctx.builtins != Value::Obj(key)
                    || ctx.locals != Value::Obj(locals)
                    || ctx.globals != Value::Obj(locals)
                    || self.keys_version(locals) != Some(cache.keys)
                {
                    return Special::Miss;
                }
                let Some(v) = self.entry_value(key, ins.aux, name) else {
                    return Special::Miss;
                };
                self.heap.incref(v);
                self.stack.push(Some(v));
                Special::Hit
            }
            Kind::StoreNameCached => {
                let Some(&name) = code.names.get(ins.arg as usize) else {
                    return Special::Miss;
                };
                if ctx.locals != Value::Obj(key) || self.entry_value(key, ins.aux, name).is_none() {
                    return Special::Miss;
                }
                let v = self.stack.pop().flatten().unwrap_or(Value::None);
                self.replace_entry_value(key, ins.aux, v);
                Special::Hit
            }
            Kind::LoadAttrInstanceValue => {
                let Some(&name) = code.names.get(ins.arg as usize) else {
                    return Special::Miss;
                };
                let Some((obj, class, d)) = self.top_instance() else {
                    return Special::Miss;
                };
                if class != key || cache.epoch != self.class_epoch {
                    return self.load_instance_attr_by_plan(obj, class, d, name, ins);
                }
                let Some(v) = self.entry_value(d, ins.aux, name) else {
                    return self.load_instance_attr_by_plan(obj, class, d, name, ins);
                };
                self.heap.incref(v);
                if let Some(top) = self.stack.last_mut() {
                    *top = Some(v);
                }
                self.heap.decref(obj);
                Special::Hit
            }
            Kind::StoreAttrInstanceValue => {
                let Some(&name) = code.names.get(ins.arg as usize) else {
                    return Special::Miss;
                };
                let Some((obj, class, d)) = self.top_instance() else {
                    return Special::Miss;
                };
                if (class != key || cache.epoch != self.class_epoch)
                    && self.attr_plan(obj, class, name).store != StorePlan::Dict
                {
                    return Special::Miss;
                }
                let n = self.stack.len();
                let Some(v) = self.stack.get(n.wrapping_sub(2)).copied().flatten() else {
                    return Special::Miss;
                };
                if self.entry_value(d, ins.aux, name).is_some() {
                    self.stack.truncate(n - 2);
                    // The value's reference moves into the dict.
                    self.replace_entry_value(d, ins.aux, v);
                    self.heap.decref(obj);
                    return Special::Hit;
                }
                // A new attribute (or one that moved): stored directly
                // when no key comparison needs Python code.
                let hash = name.as_obj().and_then(|r| match self.heap.payload(r) {
                    Payload::Str(s) => Some(s.hash()),
                    _ => None,
                });
                if let Some(ix) =
                    hash.and_then(|h| dict::set_item_native(&mut self.heap, d, name, h, v))
                {
                    self.stack.truncate(n - 2);
                    self.heap.decref(v);
                    self.heap.decref(obj);
                    return if ix as u32 == ins.aux {
                        Special::Hit
                    } else {
                        Special::Refill(Instr {
                            aux: ix as u32,
                            ..*ins
                        })
                    };
                }
                // Otherwise the ordinary store, which may compare keys
                // with Python code.
                self.frames[ctx.fid].lasti = at;
                self.stack.truncate(n - 2);
                let r = dict::set_item(self, d, name, v);
                self.heap.decref(v);
                let refill = self.entry_of(Value::Obj(d), name);
                self.heap.decref(obj);
                match (r, refill) {
                    (Err(e), _) => Special::Failed(e),
                    (Ok(()), Some((_, ix))) if ix as u32 != ins.aux => Special::Refill(Instr {
                        aux: ix as u32,
                        ..*ins
                    }),
                    (Ok(()), _) => Special::Hit,
                }
            }
            Kind::LoadMethodWithValues => {
                let Some(&name) = code.names.get(ins.arg as usize) else {
                    return Special::Miss;
                };
                let Some((obj, class, d)) = self.top_instance() else {
                    return Special::Miss;
                };
                let f = if class == key && cache.epoch == self.class_epoch {
                    match cache.value {
                        Some(f) => f,
                        None => return Special::Miss,
                    }
                } else {
                    match self.attr_plan(obj, class, name).load {
                        LoadPlan::Dict(ClassAttr::Method(Value::Obj(f))) => f,
                        _ => return Special::Miss,
                    }
                };
                if crate::class::dict_lookup_str(&self.heap, Value::Obj(d), name).is_some() {
                    return Special::Miss;
                }
                self.heap.incref_obj(f);
                if let Some(top) = self.stack.last_mut() {
                    *top = Some(Value::Obj(f));
                }
                self.stack.push(Some(obj));
                Special::Hit
            }
            Kind::LoadMethodBuiltin => {
                let (Some((obj, t)), Some(f)) = (self.top_builtin(), cache.value) else {
                    return Special::Miss;
                };
                if t as u32 != ins.aux || cache.epoch != self.class_epoch {
                    return Special::Miss;
                }
                // The stack's reference to `obj` stays, above the method.
                self.heap.incref_obj(f);
                if let Some(top) = self.stack.last_mut() {
                    *top = Some(Value::Obj(f));
                }
                self.stack.push(Some(obj));
                Special::Hit
            }
            Kind::LoadAttrModule
            | Kind::LoadMethodModule
            | Kind::LoadAttrClass
            | Kind::LoadMethodClass => self.run_namespace_attr(code, ins, cache),
            Kind::CallPlainClass => {
                self.frames[ctx.fid].lasti = at;
                self.call_plain_class(ctx, ins, cache)
            }
            Kind::CallNative => self.call_native_fast(ctx.fid, ins, cache, at),
            Kind::CallPyExactArgs => {
                self.frames[ctx.fid].lasti = at;
                self.call_py_exact_args(ctx.fid, ins, cache)
            }
            _ => Special::Miss,
        }
    }

    /// `LOAD_ATTR_INSTANCE_VALUE` when the cached entry does not answer:
    /// the instance's class is another one, a class has changed, or the
    /// name is elsewhere in the instance's `__dict__` or only on the
    /// class. The class's attribute plan decides.
    #[inline(never)]
    fn load_instance_attr_by_plan(
        &mut self,
        obj: Value,
        class: ObjRef,
        d: ObjRef,
        name: Value,
        ins: &Instr,
    ) -> Special {
        let LoadPlan::Dict(attr) = self.attr_plan(obj, class, name).load else {
            return Special::Miss;
        };
        let (v, refill) = match self.entry_value(d, ins.aux, name) {
            Some(v) => {
                self.heap.incref(v);
                (v, None)
            }
            None => match self.entry_of(Value::Obj(d), name) {
                Some((_, ix)) => match self.entry_value(d, ix as u32, name) {
                    Some(v) => {
                        self.heap.incref(v);
                        (v, Some(ix))
                    }
                    None => return Special::Miss,
                },
                None => match self.class_attr_value(attr, obj) {
                    Some(v) => (v, None),
                    None => return Special::Miss,
                },
            },
        };
        if let Some(top) = self.stack.last_mut() {
            *top = Some(v);
        }
        self.heap.decref(obj);
        match refill {
            Some(ix) => Special::Refill(Instr {
                aux: ix as u32,
                ..*ins
            }),
            None => Special::Hit,
        }
    }

    /// Put `v` (an owned reference) as the value of entry `ix` of dict
    /// `d`, releasing the value it replaces. The entry is known to exist.
    fn replace_entry_value(&mut self, d: ObjRef, ix: u32, v: Value) {
        let old = match self.heap.payload_mut(d) {
            Payload::Dict(table) => table
                .entry_mut(ix as usize)
                .map(|e| std::mem::replace(&mut e.value, v)),
            _ => None,
        };
        match old {
            Some(old) => self.heap.decref(old),
            None => self.heap.decref(v),
        }
    }
}
