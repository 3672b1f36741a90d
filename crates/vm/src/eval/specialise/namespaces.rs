//! `LOAD_ATTR` and `LOAD_METHOD` on a module (`math.sqrt`) or on a class
//! (`Color.RED`, `Point.origin()`): CPython 3.11's `LOAD_ATTR_MODULE`,
//! `LOAD_METHOD_MODULE` and `LOAD_METHOD_CLASS`, and a `LOAD_ATTR` of a
//! class attribute.
//!
//! - A module's attribute is entry `aux` of its dict `key`, for an object
//!   of the built-in `module` class (`value`): that class has no data
//!   descriptor a non-dunder name could meet, so the dict answers. The
//!   entry check is the namespace caches' (see `specialise.rs`).
//! - A class's attribute is the object `value` found along the MRO of
//!   class `key` while no class has changed (`epoch`): a plain value, a
//!   function (which a class gives back unbound) or a `staticmethod`'s
//!   function. The class's metaclass is built in and has nothing under
//!   the name, so `type.__getattribute__` finds just that.
//!
//! `LOAD_METHOD` of either pushes a NULL and the attribute, as for any
//! callable that is not a method.

use pyrite_compiler::bytecode::Opcode;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ObjRef, Payload, TypeRef, Value};

use super::super::quicken::{Cache, Instr, Kind};
use super::Special;
use crate::frame::CodeInfo;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// The module on top of the stack, if it is an exact `module`, with
    /// its class and dict.
    #[inline]
    fn top_module(&self) -> Option<(ObjRef, ObjRef)> {
        let obj = (*self.stack.last()?)?;
        let Payload::Interp(o) = self.heap.payload(obj.as_obj()?) else {
            return None;
        };
        let InterpObject::Module { dict } = &**o else {
            return None;
        };
        let TypeRef::Heap(class) = self.heap.type_of(obj) else {
            return None;
        };
        Some((class, dict.as_obj()?))
    }

    /// The class on top of the stack, if its metaclass is built in.
    #[inline]
    fn top_plain_class(&self) -> Option<ObjRef> {
        let obj = (*self.stack.last()?)?;
        let cls = self.as_class_ref(obj)?;
        self.classes
            .native
            .contains(&self.class_of(obj))
            .then_some(cls)
    }

    /// The specialised `LOAD_ATTR`/`LOAD_METHOD` of a module or class
    /// attribute, if the top of the stack is one.
    pub(super) fn specialise_namespace_attr(
        &mut self,
        ins: Instr,
        name: Value,
    ) -> Option<(Instr, Cache)> {
        if self.heap.str_of(name).is_none_or(|s| s.starts_with("__")) {
            return None;
        }
        let method = ins.op == Opcode::LOAD_METHOD;
        if let Some((class, dict)) = self.top_module() {
            if !self.classes.native.contains(&class) {
                return None;
            }
            let (_, ix) = self.entry_of(Value::Obj(dict), name)?;
            let kind = if method {
                Kind::LoadMethodModule
            } else {
                Kind::LoadAttrModule
            };
            let cache = Cache {
                key: Some(dict),
                value: Some(class),
                epoch: 0,
                keys: 0,
            };
            return Some((
                Instr {
                    kind,
                    aux: ix as u32,
                    ..ins
                },
                cache,
            ));
        }
        let cls = self.top_plain_class()?;
        let meta = self.class_of(Value::Obj(cls));
        if self.lookup_in_mro(meta, name).is_some() {
            return None;
        }
        let found = self.lookup_in_mro(cls, name)?;
        let value = self.class_attr_through_class(found)?;
        let kind = if method {
            Kind::LoadMethodClass
        } else {
            Kind::LoadAttrClass
        };
        // The cache holds objects only: an immediate (a small int
        // constant) stays with the generic instruction.
        let cache = Cache {
            key: Some(cls),
            value: Some(value.as_obj()?),
            epoch: self.class_epoch,
            keys: 0,
        };
        Some((Instr { kind, ..ins }, cache))
    }

    /// What `cls.name` gives for the class attribute `found`, when that
    /// involves no call: the object itself (a plain value, or a function,
    /// which a class gives back unbound) or a `staticmethod`'s function.
    fn class_attr_through_class(&mut self, found: Value) -> Option<Value> {
        let r = found.as_obj()?;
        if self.slot_members.contains_key(&r) {
            return None;
        }
        match self.heap.payload(r) {
            Payload::Interp(o) => match &**o {
                InterpObject::Function(_) => Some(found),
                InterpObject::StaticMethod(f) => Some(*f),
                InterpObject::Class(_) => self
                    .classes
                    .native
                    .contains(&self.class_of(found))
                    .then_some(found),
                InterpObject::Module { .. } => Some(found),
                _ => None,
            },
            _ => match self.heap.type_of(found) {
                TypeRef::Builtin(_) => Some(found),
                TypeRef::Heap(_) => self
                    .user_special(found, "__get__")
                    .is_none()
                    .then_some(found),
            },
        }
    }

    /// Run `LOAD_ATTR_MODULE`, `LOAD_METHOD_MODULE`, `LOAD_ATTR_CLASS` or
    /// `LOAD_METHOD_CLASS` (see the module docs).
    #[inline]
    pub(super) fn run_namespace_attr(
        &mut self,
        code: &CodeInfo,
        ins: &Instr,
        cache: Cache,
    ) -> Special {
        let (Some(key), Some(value)) = (cache.key, cache.value) else {
            return Special::Miss;
        };
        let v = match ins.kind {
            Kind::LoadAttrModule | Kind::LoadMethodModule => {
                let Some(&name) = code.names.get(ins.arg as usize) else {
                    return Special::Miss;
                };
                match self.top_module() {
                    Some((class, dict)) if class == value && dict == key => {}
                    _ => return Special::Miss,
                }
                match self.entry_value(key, ins.aux, name) {
                    Some(v) => v,
                    None => return Special::Miss,
                }
            }
            _ => {
                let top = self.stack.last().copied().flatten();
                if top != Some(Value::Obj(key)) || cache.epoch != self.class_epoch {
                    return Special::Miss;
                }
                Value::Obj(value)
            }
        };
        // Both checks above saw an object on top of the stack.
        let Some(obj) = self.stack.pop().flatten() else {
            return Special::Miss;
        };
        self.heap.incref(v);
        if matches!(ins.kind, Kind::LoadMethodModule | Kind::LoadMethodClass) {
            self.stack.push(None);
        }
        self.stack.push(Some(v));
        self.heap.decref(obj);
        Special::Hit
    }
}
