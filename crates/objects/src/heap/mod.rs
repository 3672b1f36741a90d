//! The heap: every Python object, with its refcount, class and payload.
//!
//! # Invariants
//!
//! - An object's `refcount` equals the number of owned references to it:
//!   references held by payloads of other objects (see
//!   [`Payload::for_each_ref`]), by instance headers (an instance owns a
//!   reference to its class), and by the code outside the heap (the VM's
//!   stacks and frames, the pending-finaliser queue, a caller holding a new
//!   reference).
//! - Releasing the last reference frees the object immediately and
//!   releases what it holds, using an explicit work list, never recursion:
//!   a chain of any length frees in constant Rust stack.
//! - An `ObjRef` whose object was freed is stale: the slotmap's generation
//!   makes [`Heap::get`] refuse it instead of returning the slot's next
//!   occupant. Using a stale reference is a bug in the caller, reported by a
//!   panic naming the broken ownership rule.
//! - Finalisers and weakref callbacks are never run from inside the heap
//!   (they are Python code): the heap queues them and the VM drains the
//!   queues at a safe point ([`Heap::take_pending_finalisers`],
//!   [`Heap::take_weakref_callbacks`]).
//! - An instance of a class derived from a built-in type (`class L(list)`)
//!   keeps the built-in's payload, so every native operation reads it as
//!   it reads a plain list; its `__dict__`, if it has one, lives in a side
//!   table keyed by the object (the header stays small for every other
//!   object). The object owns that dict: it is released when the object
//!   is freed and visited wherever the object's references are.

mod gc;
mod payload;
mod weakref;

pub use gc::GcStats;
pub use payload::Payload;

use slotmap::{Key, SlotMap};

use crate::types::{BuiltinType, TypeRef};
use crate::value::{ObjRef, Value};

/// One heap object: CPython's `PyObject` header plus the payload.
#[derive(Debug)]
pub struct Object {
    refcount: u32,
    flags: u8,
    class: TypeRef,
    /// The object's contents.
    pub payload: Payload,
}

/// `__del__` must run before this object is freed.
const HAS_FINALISER: u8 = 1;
/// `__del__` has already run (PEP 442: at most once per object).
const FINALISED: u8 = 2;
/// Some weak reference points at this object.
const HAS_WEAKREFS: u8 = 4;
/// The object has a `__dict__` in the heap's side table.
const HAS_SUBCLASS_DICT: u8 = 32;
/// The cycle collector's generation (0-2) of a container, in two bits.
const GEN_SHIFT: u8 = 3;
const GEN_MASK: u8 = 0b11 << GEN_SHIFT;

impl Object {
    /// The object's class.
    pub fn class(&self) -> TypeRef {
        self.class
    }
    /// Whether the cycle collector tracks this object: a container, or an
    /// instance of a heap class (which refers to its class).
    pub(crate) fn is_tracked(&self) -> bool {
        self.payload.is_container() || matches!(self.class, TypeRef::Heap(_))
    }

    /// The current reference count.
    pub fn refcount(&self) -> usize {
        self.refcount as usize
    }
    /// Visit every object this one owns a reference to: its class (for
    /// instances of heap classes) and the references in its payload.
    pub fn for_each_ref(&self, mut f: impl FnMut(ObjRef)) {
        if let TypeRef::Heap(c) = self.class {
            f(c);
        }
        self.payload.for_each_ref(f);
    }
}

/// The object heap. See the module docs for its invariants.
#[derive(Debug)]
pub struct Heap {
    objects: SlotMap<ObjRef, Object>,
    gc: gc::GcState,
    weak: weakref::WeakState,
    pending_finalisers: Vec<ObjRef>,
    /// Scratch work list for freeing, kept to avoid reallocating it.
    to_free: Vec<ObjRef>,
    /// Containers whose `repr` is being computed (CPython's
    /// `Py_ReprEnter` list), to print `[...]` where one recurs.
    pub(crate) repr_active: Vec<ObjRef>,
    /// `sys.get_int_max_str_digits()`: 0 means unlimited.
    pub int_max_str_digits: usize,
    /// Interned strings (`sys.intern`, identifiers): text -> the one str
    /// object, which this table keeps alive with a reference.
    interned: std::collections::HashMap<Box<str>, ObjRef>,
    /// The `__dict__`s of instances of subclasses of built-in types
    /// (owned references; see the module docs).
    subclass_dicts: std::collections::HashMap<ObjRef, ObjRef>,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap with the cycle collector enabled.
    pub fn new() -> Heap {
        Heap {
            objects: SlotMap::with_key(),
            gc: gc::GcState::default(),
            weak: weakref::WeakState::default(),
            pending_finalisers: Vec::new(),
            to_free: Vec::new(),
            repr_active: Vec::new(),
            int_max_str_digits: crate::types::int::convert::DEFAULT_MAX_STR_DIGITS,
            interned: std::collections::HashMap::new(),
            subclass_dicts: std::collections::HashMap::new(),
        }
    }

    /// Create an object. The caller owns the one reference it starts with.
    /// If `class` is a heap class, the new object takes a reference to it.
    /// Allocating a container may run the cycle collector (its allocation
    /// threshold), which is safe because every live reference is counted.
    pub fn alloc(&mut self, class: TypeRef, payload: Payload) -> ObjRef {
        if let TypeRef::Heap(c) = class {
            self.incref_obj(c);
        }
        // An instance of a heap class refers to its class, so it can take
        // part in a cycle whatever its payload (a `str` subclass's instance
        // and a method of the class referring to it through globals).
        let container = payload.is_container() || matches!(class, TypeRef::Heap(_));
        // Flags start clear: no finaliser, no weakrefs, generation 0.
        let r = self.objects.insert(Object {
            refcount: 1,
            flags: 0,
            class,
            payload,
        });
        if container {
            self.gc.note_allocation(r);
            if self.gc.due() {
                self.collect_due();
            }
        }
        r
    }

    /// Create an object of a built-in type and return it as a `Value`
    /// (an owned reference).
    pub fn alloc_builtin(&mut self, ty: BuiltinType, payload: Payload) -> Value {
        Value::Obj(self.alloc(TypeRef::Builtin(ty), payload))
    }

    /// The object behind a live reference.
    #[inline]
    pub fn get(&self, r: ObjRef) -> &Object {
        self.objects
            .get(r)
            .expect("ObjRef is live: every use of a reference is covered by an owned refcount")
    }

    /// The object behind a live reference, mutably.
    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Object {
        self.objects
            .get_mut(r)
            .expect("ObjRef is live: every use of a reference is covered by an owned refcount")
    }

    /// The payload of a live object.
    #[inline]
    pub fn payload(&self, r: ObjRef) -> &Payload {
        &self.get(r).payload
    }

    /// The payload of a live object, mutably.
    #[inline]
    pub fn payload_mut(&mut self, r: ObjRef) -> &mut Payload {
        &mut self.get_mut(r).payload
    }

    /// Whether `r` still names a live object.
    pub fn contains(&self, r: ObjRef) -> bool {
        self.objects.contains_key(r)
    }

    /// Take a new reference to `v` (no-op for immediates).
    #[inline]
    pub fn incref(&mut self, v: Value) {
        if let Value::Obj(r) = v {
            self.incref_obj(r);
        }
    }

    /// Take a new reference to a heap object.
    #[inline]
    pub fn incref_obj(&mut self, r: ObjRef) {
        self.get_mut(r).refcount += 1;
    }

    /// Release one reference to `v` (no-op for immediates); frees the
    /// object if that was the last one.
    #[inline]
    pub fn decref(&mut self, v: Value) {
        if let Value::Obj(r) = v {
            self.decref_obj(r);
        }
    }

    /// Release one reference to a heap object.
    #[inline]
    pub fn decref_obj(&mut self, r: ObjRef) {
        let obj = self.get_mut(r);
        debug_assert!(obj.refcount > 0, "a live object has a positive refcount");
        obj.refcount -= 1;
        if obj.refcount == 0 {
            self.free(r);
        }
    }

    /// Free an object whose refcount reached zero, and everything that
    /// thereby loses its last reference, iteratively.
    #[inline(never)]
    fn free(&mut self, first: ObjRef) {
        let mut work = std::mem::take(&mut self.to_free);
        work.push(first);
        while let Some(r) = work.pop() {
            let obj = self.get_mut(r);
            if obj.flags & HAS_FINALISER != 0 && obj.flags & FINALISED == 0 {
                // Resurrect for `__del__`: the queue owns the reference.
                obj.flags |= FINALISED;
                obj.refcount = 1;
                self.pending_finalisers.push(r);
                continue;
            }
            let obj = self
                .objects
                .remove(r)
                .expect("object being freed is live: it was reached through a counted reference");
            if obj.flags & HAS_WEAKREFS != 0 {
                self.weak.target_died(r, &mut self.objects);
            }
            if let Payload::Weakref {
                target: Some(t), ..
            } = obj.payload
            {
                self.weak.forget_weakref(t, r);
            }
            if obj.is_tracked() {
                self.gc.note_free();
            }
            let dict = if obj.flags & HAS_SUBCLASS_DICT != 0 {
                self.subclass_dicts.remove(&r)
            } else {
                None
            };
            let objects = &mut self.objects;
            let mut release = |c: ObjRef| {
                let child = objects
                    .get_mut(c)
                    .expect("a payload's references are live: it owns them");
                child.refcount -= 1;
                if child.refcount == 0 {
                    work.push(c);
                }
            };
            obj.for_each_ref(&mut release);
            if let Some(d) = dict {
                release(d);
            }
        }
        self.to_free = work;
    }

    /// The class of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> TypeRef {
        TypeRef::Builtin(match v {
            Value::None => BuiltinType::NoneType,
            Value::NotImplemented => BuiltinType::NotImplementedType,
            Value::Ellipsis => BuiltinType::Ellipsis,
            Value::Bool(_) => BuiltinType::Bool,
            Value::Int(_) => BuiltinType::Int,
            Value::Float(_) => BuiltinType::Float,
            Value::Obj(r) => return self.get(r).class,
        })
    }

    /// The built-in type of a value, or `None` for instances of heap classes.
    pub fn builtin_type(&self, v: Value) -> Option<BuiltinType> {
        match self.type_of(v) {
            TypeRef::Builtin(t) => Some(t),
            TypeRef::Heap(_) => None,
        }
    }

    /// Number of live objects: the figure leak checks compare with a
    /// baseline.
    pub fn live_objects(&self) -> usize {
        self.objects.len()
    }

    /// `id(v)`: unique among live objects and stable for an object's
    /// lifetime. Heap objects get their slot index and generation (shifted
    /// so the low four bits are zero, like an aligned address); an immediate
    /// gets an id computed from its bits with a nonzero low tag, so it
    /// never equals a heap id and `x is y` agrees with `id(x) == id(y)`.
    pub fn id(&self, v: Value) -> u128 {
        let tagged = |bits: u64, tag: u128| ((bits as u128) << 4) | tag;
        match v {
            Value::Obj(r) => tagged(r.data().as_ffi(), 0),
            Value::None => tagged(0, 1),
            Value::NotImplemented => tagged(1, 1),
            Value::Ellipsis => tagged(2, 1),
            Value::Bool(b) => tagged(b as u64, 2),
            Value::Int(i) => tagged(i as u64, 3),
            Value::Float(f) => tagged(f.to_bits(), 4),
        }
    }

    /// The real reference count of a heap object (what
    /// `sys.getrefcount` reports before adding one for its argument);
    /// `None` for immediates, which are not counted.
    pub fn refcount(&self, v: Value) -> Option<usize> {
        v.as_obj().map(|r| self.get(r).refcount())
    }

    /// `sys.getsizeof(v)` without the collector's overhead: the bytes this
    /// value occupies. An immediate is just its `Value` slot; a heap object
    /// is its header and payload plus the buffers the payload owns
    /// (counting spare capacity, as CPython counts a list's `allocated`).
    pub fn size_of(&self, v: Value) -> usize {
        match v {
            Value::Obj(r) => std::mem::size_of::<Object>() + self.get(r).payload.heap_bytes(),
            _ => std::mem::size_of::<Value>(),
        }
    }

    /// Mark an object as having a `__del__` to run before it is freed.
    pub fn set_has_finaliser(&mut self, r: ObjRef) {
        self.get_mut(r).flags |= HAS_FINALISER;
    }

    /// Drop an object's finaliser: it has nothing left to do (a
    /// generator whose frame has finished), so the object is freed as
    /// soon as its last reference goes, without a trip through the
    /// finaliser queue.
    pub fn clear_has_finaliser(&mut self, r: ObjRef) {
        self.get_mut(r).flags &= !HAS_FINALISER;
    }

    /// Let an object's finaliser run again the next time its last
    /// reference goes: its finaliser handed it on to be dealt with later
    /// (an async generator given to its `finalizer` hook), and the
    /// interpreter must still hear of its death.
    pub fn rearm_finaliser(&mut self, r: ObjRef) {
        self.get_mut(r).flags &= !FINALISED;
    }

    /// Objects whose last reference went away while they had a finaliser
    /// to run. The caller receives one owned reference to each: it runs
    /// `__del__` and then releases the reference, which frees the object
    /// unless `__del__` resurrected it.
    pub fn take_pending_finalisers(&mut self) -> Vec<ObjRef> {
        std::mem::take(&mut self.pending_finalisers)
    }

    /// Whether any finaliser is waiting to run (a cheap check for the
    /// interpreter's safe points).
    #[inline]
    pub fn has_pending_finalisers(&self) -> bool {
        !self.pending_finalisers.is_empty() || self.weak.has_callbacks()
    }

    /// `sys.intern(text)`: the one str object with this text, as a new
    /// reference. Names the VM looks up are interned, so their hash is
    /// computed once and equal names are the same object.
    pub fn intern(&mut self, text: &str) -> Value {
        if let Some(&r) = self.interned.get(text) {
            self.incref_obj(r);
            return Value::Obj(r);
        }
        let v = self.new_str(text);
        let r = v.as_obj().expect("a str is a heap object");
        // The table's own reference.
        self.incref_obj(r);
        self.interned.insert(text.into(), r);
        v
    }

    /// Release the interned strings (at interpreter shutdown, before a
    /// leak check).
    pub fn clear_interned(&mut self) {
        let table = std::mem::take(&mut self.interned);
        for (_, r) in table {
            self.decref_obj(r);
        }
    }

    /// Live objects counted by type name, for reporting leaks: after a
    /// program ends and its globals are released, anything listed here
    /// that was not alive before is a leak.
    pub fn live_by_type(&self) -> std::collections::BTreeMap<String, usize> {
        let mut out = std::collections::BTreeMap::new();
        for (r, _) in &self.objects {
            *out.entry(crate::ops::type_name(self, Value::Obj(r)))
                .or_insert(0) += 1;
        }
        out
    }

    /// Visit every object `r` owns a reference to: its class, its
    /// payload's references and its side-table `__dict__`.
    pub(crate) fn for_each_owned(&self, r: ObjRef, mut f: impl FnMut(ObjRef)) {
        let obj = self.get(r);
        obj.for_each_ref(&mut f);
        if obj.flags & HAS_SUBCLASS_DICT != 0 {
            if let Some(d) = self.subclass_dicts.get(&r) {
                f(*d);
            }
        }
    }

    /// Take the side-table `__dict__` away from `r` (the caller receives
    /// the object's reference to it).
    pub(crate) fn take_subclass_dict(&mut self, r: ObjRef) -> Option<ObjRef> {
        let obj = self.get_mut(r);
        if obj.flags & HAS_SUBCLASS_DICT == 0 {
            return None;
        }
        obj.flags &= !HAS_SUBCLASS_DICT;
        self.subclass_dicts.remove(&r)
    }

    /// The `__dict__` of an instance of a subclass of a built-in type, if
    /// it has been given one (borrowed).
    pub fn subclass_dict(&self, r: ObjRef) -> Option<ObjRef> {
        if self.get(r).flags & HAS_SUBCLASS_DICT == 0 {
            return None;
        }
        self.subclass_dicts.get(&r).copied()
    }

    /// Give an instance of a subclass of a built-in type its `__dict__`;
    /// the object takes over the caller's reference to `dict`.
    pub fn set_subclass_dict(&mut self, r: ObjRef, dict: ObjRef) {
        self.get_mut(r).flags |= HAS_SUBCLASS_DICT;
        if let Some(old) = self.subclass_dicts.insert(r, dict) {
            self.decref_obj(old);
        }
    }

    /// Change an object's class (`obj.__class__ = C`, and how a
    /// subclass's `__new__` turns a fresh built-in value into an instance
    /// of the subclass). The header's reference moves to the new class.
    pub fn set_class(&mut self, r: ObjRef, class: TypeRef) {
        if let TypeRef::Heap(c) = class {
            self.incref_obj(c);
        }
        let was_tracked = self.get(r).is_tracked();
        let old = std::mem::replace(&mut self.get_mut(r).class, class);
        if !was_tracked && self.get(r).is_tracked() {
            self.gc.note_allocation(r);
        }
        if let TypeRef::Heap(c) = old {
            self.decref_obj(c);
        }
    }

    /// Whether `v` is an instance of a class derived from a built-in type:
    /// a built-in payload under a class made by a `class` statement. The
    /// generic protocol in [`crate::ops`] hands such values to the
    /// [`crate::Runtime`], which honours the class's own dunders.
    pub fn is_subclass_instance(&self, v: Value) -> bool {
        let Value::Obj(r) = v else { return false };
        let obj = self.get(r);
        matches!(obj.class, TypeRef::Heap(_))
            && !matches!(
                obj.payload,
                Payload::Instance { .. } | Payload::Interp(_) | Payload::Cleared
            )
    }

    /// The objects `v` holds references to (`gc.get_referents`), borrowed.
    pub fn referents(&self, v: Value) -> Vec<ObjRef> {
        let mut out = Vec::new();
        if let Value::Obj(r) = v {
            self.for_each_owned(r, |c| out.push(c));
        }
        out
    }

    /// The live objects holding a reference to `target`
    /// (`gc.get_referrers`), borrowed. Scans the whole heap.
    pub fn referrers(&self, target: ObjRef) -> Vec<ObjRef> {
        let mut out = Vec::new();
        for (r, _) in &self.objects {
            let mut holds = false;
            self.for_each_owned(r, |c| holds |= c == target);
            if holds {
                out.push(r);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
