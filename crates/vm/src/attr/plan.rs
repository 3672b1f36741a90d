//! Attribute plans: what `object.__getattribute__` and
//! `object.__setattr__` do with one name on the instances of one class,
//! worked out once and kept until a class changes.
//!
//! The descriptor protocol asks the same questions of a class on every
//! access: does it override `__getattribute__` or `__setattr__`, is the
//! name a data descriptor somewhere in the MRO, is it a plain function
//! that binds. The answers depend only on the class (never on the
//! instance), so an [`AttrPlan`] records them per (class, name object).
//!
//! Invariant: `Interpreter::attr_plans` is cleared together with the MRO
//! lookup cache, whenever any class attribute is set or deleted, so a plan
//! read from it describes the class namespaces as they are now. The values
//! a plan holds are borrowed from those namespaces, which keep them alive
//! for as long as the plan exists. A class that dies takes its key with
//! it (the slotmap's generation makes a freed key match nothing).
//!
//! Plans serve plain instances only (`Payload::Instance`, whose class is
//! made by a `class` statement or is `object`): their `__dict__` (or, with
//! `__slots__`, the hidden slot storage) is the one namespace besides the
//! class's.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::types::{TypeRef, dict};
use pyrite_objects::{ObjRef, Payload, PyResult, Value};

use super::Descr;
use crate::class::dict_lookup_str;
use crate::interpreter::{CommonClass, Interpreter};

/// How `obj.name` reads, for instances of one class.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum LoadPlan {
    /// Anything else: the full protocol runs (a `__getattribute__`
    /// override, a dunder name, a data descriptor other than a property,
    /// a descriptor with a Python `__get__`, ...).
    General,
    /// The instance's namespace answers first; when it lacks the name,
    /// the class attribute below does.
    Dict(ClassAttr),
    /// A `property` with a getter, on a class without `__getattr__`: the
    /// getter `fget` is called with the instance.
    Property(Value),
}

/// The class attribute a [`LoadPlan::Dict`] falls back on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum ClassAttr {
    /// No class in the MRO has the name (the full protocol then tries
    /// `__getattr__` or raises `AttributeError`).
    Absent,
    /// A Python function, which binds to the instance as a method.
    Method(Value),
    /// A value that is no descriptor at all: it is the attribute's value.
    Plain(Value),
}

/// How `obj.name = v` writes, for instances of one class.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum StorePlan {
    /// The full protocol (`__setattr__` override, data descriptor,
    /// `__slots__` refusing the name, ...).
    General,
    /// Straight into the instance's namespace.
    Dict,
}

/// Both plans for one (class, name).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct AttrPlan {
    pub load: LoadPlan,
    pub store: StorePlan,
}

const GENERAL: AttrPlan = AttrPlan {
    load: LoadPlan::General,
    store: StorePlan::General,
};

impl Interpreter {
    /// The plan for `name` on instances of `class`, where `obj` is such
    /// an instance (only its class is consulted).
    #[inline]
    pub(crate) fn attr_plan(&mut self, obj: Value, class: ObjRef, name: Value) -> AttrPlan {
        let Some(n) = name.as_obj() else {
            return GENERAL;
        };
        if let Some(plan) = self.attr_plans.get(&(class, n)) {
            return *plan;
        }
        let plan = self.work_out_plan(obj, class, name);
        self.attr_plans.insert((class, n), plan);
        plan
    }

    #[inline(never)]
    fn work_out_plan(&mut self, obj: Value, class: ObjRef, name: Value) -> AttrPlan {
        // Dunder names include the native attributes (`__dict__`,
        // `__class__`), which the full protocol serves.
        if self.heap.str_of(name).is_none_or(|s| s.starts_with("__")) {
            return GENERAL;
        }
        let getattribute = self.user_special(obj, "__getattribute__").is_some();
        let setattr = self.user_special(obj, "__setattr__").is_some();
        let getattr = self.user_special(obj, "__getattr__").is_some();
        let slotted = self.slots_of(class).is_some();
        let descr = self.lookup_in_mro(class, name);
        let (load, store) = match descr {
            None => (LoadPlan::Dict(ClassAttr::Absent), !slotted),
            Some(d) if self.is_own_slot(d, class, name) => {
                (LoadPlan::Dict(ClassAttr::Absent), true)
            }
            Some(d) => match self.descr_kind(d) {
                Descr::Function => (LoadPlan::Dict(ClassAttr::Method(d)), !slotted),
                Descr::Property(fget, _, _) if fget != Value::None && !getattr => {
                    (LoadPlan::Property(fget), false)
                }
                Descr::Other if self.is_plain_value(d) => {
                    (LoadPlan::Dict(ClassAttr::Plain(d)), !slotted)
                }
                _ => (LoadPlan::General, false),
            },
        };
        AttrPlan {
            load: if getattribute {
                LoadPlan::General
            } else {
                load
            },
            store: if store && !setattr {
                StorePlan::Dict
            } else {
                StorePlan::General
            },
        }
    }

    /// Whether `d`, found on `class` under `name`, is the
    /// `member_descriptor` of a `__slots__` name of `class` itself or of
    /// one of its bases, under its own name.
    fn is_own_slot(&self, d: Value, class: ObjRef, name: Value) -> bool {
        let Some(&(owner, slot)) = d.as_obj().and_then(|r| self.slot_members.get(&r)) else {
            return false;
        };
        (slot == name || self.heap.str_of(slot) == self.heap.str_of(name))
            && self.is_subclass(class, owner)
    }

    /// Whether a class attribute is no descriptor: reading it through an
    /// instance gives the value itself. (Built-in objects with no binding
    /// behaviour, classes whose metaclass is built in, and instances of
    /// Python classes without `__get__`, `__set__` or `__delete__`.)
    fn is_plain_value(&mut self, d: Value) -> bool {
        let Some(r) = d.as_obj() else {
            return true;
        };
        if self.slot_members.contains_key(&r) {
            return false;
        }
        match self.heap.payload(r) {
            Payload::Interp(o) => match &**o {
                InterpObject::Class(_) => self.classes.native.contains(&self.class_of(d)),
                InterpObject::Module { .. } => true,
                _ => false,
            },
            _ => match self.heap.type_of(d) {
                TypeRef::Builtin(_) => true,
                TypeRef::Heap(_) => {
                    self.user_special(d, "__get__").is_none()
                        && self.user_special(d, "__set__").is_none()
                        && self.user_special(d, "__delete__").is_none()
                }
            },
        }
    }

    /// The plain instance `obj`, with its class and its namespace.
    #[inline]
    pub(crate) fn plain_instance(&self, obj: Value) -> Option<(ObjRef, Value)> {
        let r = obj.as_obj()?;
        let Payload::Instance { dict } = self.heap.payload(r) else {
            return None;
        };
        let dict = *dict;
        match self.heap.type_of(obj) {
            TypeRef::Heap(class) => Some((class, dict)),
            TypeRef::Builtin(_) => None,
        }
    }

    /// `obj.name` for a plain instance whose plan settles it; `None`
    /// leaves the access to the full protocol.
    #[inline]
    pub(crate) fn planned_getattr(&mut self, obj: Value, name: Value) -> Option<PyResult<Value>> {
        let (class, dict) = self.plain_instance(obj)?;
        match self.attr_plan(obj, class, name).load {
            LoadPlan::General => None,
            LoadPlan::Property(fget) => Some(self.call(fget, &[obj], &[])),
            LoadPlan::Dict(attr) => {
                if let Some(v) = dict_lookup_str(&self.heap, dict, name) {
                    self.heap.incref(v);
                    return Some(Ok(v));
                }
                self.class_attr_value(attr, obj).map(Ok)
            }
        }
    }

    /// The value a [`ClassAttr`] gives for `obj` (a new reference), or
    /// `None` for an absent one.
    #[inline]
    pub(crate) fn class_attr_value(&mut self, attr: ClassAttr, obj: Value) -> Option<Value> {
        match attr {
            ClassAttr::Absent => None,
            ClassAttr::Plain(v) => {
                self.heap.incref(v);
                Some(v)
            }
            ClassAttr::Method(f) => {
                self.heap.incref(f);
                self.heap.incref(obj);
                Some(self.new_common(
                    CommonClass::Method,
                    InterpObject::Method {
                        func: f,
                        receiver: obj,
                    },
                ))
            }
        }
    }

    /// For `LOAD_METHOD` on a plain instance: the function the plan says
    /// `obj.name` binds, when the instance does not shadow it (borrowed);
    /// `None` when the plan does not settle it that way.
    #[inline]
    pub(crate) fn planned_method(&mut self, obj: Value, name: Value) -> Option<Value> {
        let (class, dict) = self.plain_instance(obj)?;
        let LoadPlan::Dict(ClassAttr::Method(f)) = self.attr_plan(obj, class, name).load else {
            return None;
        };
        dict_lookup_str(&self.heap, dict, name)
            .is_none()
            .then_some(f)
    }

    /// `obj.name = v` for a plain instance whose plan stores into its
    /// namespace; `None` leaves the store to the full protocol.
    #[inline]
    pub(crate) fn planned_setattr(
        &mut self,
        obj: Value,
        name: Value,
        v: Value,
    ) -> Option<PyResult<()>> {
        let (class, dict) = self.plain_instance(obj)?;
        if self.attr_plan(obj, class, name).store != StorePlan::Dict {
            return None;
        }
        let d = dict.as_obj()?;
        Some(dict::set_item(self, d, name, v))
    }
}
