//! Weak references: `weakref.ref(obj, callback)`.
//!
//! A weakref object does not own a reference to its target. The heap keeps,
//! for every target, the list of weakrefs pointing at it; when the target is
//! freed (by refcount or by the cycle collector) each weakref's target is
//! cleared and, if it has a callback and is itself still alive, the pair
//! `(callback, weakref)` is queued for the VM to call, as CPython calls
//! callbacks right after clearing.

use std::collections::HashMap;

use slotmap::SlotMap;

use super::{HAS_WEAKREFS, Heap, Object, Payload};
use crate::types::{BuiltinType, TypeRef};
use crate::value::{ObjRef, Value};

#[derive(Debug, Default)]
pub(super) struct WeakState {
    /// target -> the live weakref objects pointing at it.
    by_target: HashMap<ObjRef, Vec<ObjRef>>,
    /// `(callback, weakref)` pairs waiting to be called; owned references.
    callbacks: Vec<(Value, ObjRef)>,
}

impl WeakState {
    /// The target was freed: clear every weakref to it and queue callbacks.
    pub(super) fn target_died(&mut self, target: ObjRef, objects: &mut SlotMap<ObjRef, Object>) {
        let Some(refs) = self.by_target.remove(&target) else {
            return;
        };
        for w in refs {
            let Some(wobj) = objects.get_mut(w) else {
                continue;
            };
            let callback = match &mut wobj.payload {
                Payload::Weakref { target, callback } => {
                    *target = None;
                    *callback
                }
                _ => continue,
            };
            if callback != Value::None {
                wobj.refcount += 1;
                if let Value::Obj(c) = callback {
                    if let Some(cobj) = objects.get_mut(c) {
                        cobj.refcount += 1;
                    }
                }
                self.callbacks.push((callback, w));
            }
        }
    }

    /// Whether callbacks wait to be called.
    pub(super) fn has_callbacks(&self) -> bool {
        !self.callbacks.is_empty()
    }

    /// A weakref object was freed before its target.
    pub(super) fn forget_weakref(&mut self, target: ObjRef, weakref: ObjRef) {
        if let Some(list) = self.by_target.get_mut(&target) {
            list.retain(|w| *w != weakref);
            if list.is_empty() {
                self.by_target.remove(&target);
            }
        }
    }
}

impl Heap {
    /// `weakref.ref(target, callback)`: a new weakref (an owned reference).
    /// The weakref takes a reference to `callback` but not to `target`.
    pub fn new_weakref(&mut self, target: ObjRef, callback: Value) -> ObjRef {
        // As in CPython, a ref without a callback is shared: asking twice
        // gives the same object.
        if callback == Value::None {
            let existing = self.weak.by_target.get(&target).and_then(|refs| {
                refs.iter().copied().find(|w| {
                    matches!(
                        self.objects.get(*w).map(|o| &o.payload),
                        Some(Payload::Weakref {
                            callback: Value::None,
                            ..
                        })
                    ) && self
                        .objects
                        .get(*w)
                        .is_some_and(|o| o.class == TypeRef::Builtin(BuiltinType::Weakref))
                })
            });
            if let Some(w) = existing {
                self.incref_obj(w);
                return w;
            }
        }
        self.incref(callback);
        let w = self.alloc(
            TypeRef::Builtin(BuiltinType::Weakref),
            Payload::Weakref {
                target: Some(target),
                callback,
            },
        );
        self.get_mut(target).flags |= HAS_WEAKREFS;
        self.weak.by_target.entry(target).or_default().push(w);
        w
    }

    /// Calling a weakref: its target as a new reference, or `None` once the
    /// target has died.
    pub fn weakref_target(&mut self, weakref: ObjRef) -> Value {
        match self.get(weakref).payload {
            Payload::Weakref {
                target: Some(t), ..
            } => {
                self.incref_obj(t);
                Value::Obj(t)
            }
            _ => Value::None,
        }
    }

    /// `weakref.getweakrefcount(obj)`.
    pub fn weakref_count(&self, target: ObjRef) -> usize {
        self.weak.by_target.get(&target).map_or(0, Vec::len)
    }

    /// Callbacks of weakrefs whose targets died, as `(callback, weakref)`
    /// with one owned reference to each; the VM calls `callback(weakref)`
    /// and releases both.
    pub fn take_weakref_callbacks(&mut self) -> Vec<(Value, ObjRef)> {
        std::mem::take(&mut self.weak.callbacks)
    }

    /// Weakrefs (live, not themselves in `dying`) pointing at any object in
    /// `dying` are cleared now, before the collector breaks the cycle.
    pub(super) fn clear_weakrefs_to(&mut self, dying: &[ObjRef]) {
        for &r in dying {
            if self.get(r).flags & HAS_WEAKREFS != 0 {
                self.get_mut(r).flags &= !HAS_WEAKREFS;
                self.weak.target_died(r, &mut self.objects);
            }
        }
    }
}
