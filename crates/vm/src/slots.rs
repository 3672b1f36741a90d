//! `__slots__`: a class whose every user-defined class in the MRO declares
//! `__slots__` gives its instances no `__dict__`; only the declared names
//! can be set. (The values live in a hidden namespace; what Python code
//! can observe — which names are allowed, `__dict__` missing — is
//! CPython's.) Attribute access reads and writes a slot there directly when
//! the class attribute it finds is the slot's own `member_descriptor`.

use std::rc::Rc;

use pyrite_objects::{ObjRef, Payload, Value};

use crate::class::{class_data, dict_lookup_str};
use crate::interpreter::Interpreter;

impl Interpreter {
    /// The names instances of `class` may hold, if its instances have no
    /// `__dict__`; `None` when they have one.
    pub(crate) fn slots_of(&mut self, class: ObjRef) -> Option<Rc<Vec<String>>> {
        if let Some(found) = self.slots_cache.get(&class) {
            return found.clone();
        }
        let found = self.compute_slots(class).map(Rc::new);
        self.slots_cache.insert(class, found.clone());
        found
    }

    fn compute_slots(&mut self, class: ObjRef) -> Option<Vec<String>> {
        if self.classes.native.contains(&class) {
            return None;
        }
        let key = self.intern("__slots__");
        let mro = class_data(&self.heap, Value::Obj(class)).map_or(vec![], |c| c.mro.clone());
        let mut names = Vec::new();
        let mut all_slotted = true;
        for k in mro {
            if k.as_obj().is_some_and(|k| self.classes.native.contains(&k)) {
                continue;
            }
            let dict = class_data(&self.heap, k).map_or(Value::None, |c| c.dict);
            match dict_lookup_str(&self.heap, dict, key) {
                Some(slots) => {
                    if let Some(s) = self.heap.str_of(slots) {
                        names.push(s.to_string());
                    } else {
                        let items = match slots.as_obj().map(|r| self.heap.payload(r)) {
                            Some(Payload::Tuple(t)) => t.to_vec(),
                            Some(Payload::List(l)) => l.to_values(),
                            _ => Vec::new(),
                        };
                        for item in items {
                            if let Some(s) = self.heap.str_of(item) {
                                names.push(s.to_string());
                            }
                        }
                    }
                }
                None => all_slotted = false,
            }
        }
        self.heap.decref(key);
        (all_slotted && !names.iter().any(|n| n == "__dict__")).then_some(names)
    }

    /// The `__slots__` member a class attribute `d` found under `name` is,
    /// as (slot name, instance dict), when `obj` is an instance of the
    /// declaring class and `name` is the slot's own name; `None` sends every
    /// other case to the descriptor protocol.
    fn slot_of(&mut self, d: Value, obj: Value, name: Value) -> Option<(Value, Option<Value>)> {
        let &(owner, slot) = self.slot_members.get(&d.as_obj()?)?;
        let same_name = slot == name || self.heap.str_of(slot) == self.heap.str_of(name);
        if !same_name || !self.is_instance(obj, owner) {
            return None;
        }
        Some((slot, self.instance_dict(obj)))
    }

    /// A set `__slots__` member's value (a new reference), read straight
    /// from the instance; `None` when unset or not a slot (the descriptor
    /// then reports it).
    pub(crate) fn read_slot(&mut self, d: Value, obj: Value, name: Value) -> Option<Value> {
        let (slot, dict) = self.slot_of(d, obj, name)?;
        let v = dict_lookup_str(&self.heap, dict?, slot)?;
        self.heap.incref(v);
        Some(v)
    }

    /// `obj.name = v` for a `__slots__` member, written straight into the
    /// instance; false when `d` is not such a member for `obj`.
    pub(crate) fn write_slot(&mut self, d: Value, obj: Value, name: Value, v: Value) -> bool {
        let Some((slot, dict)) = self.slot_of(d, obj, name) else {
            return false;
        };
        let Some(dict) = dict.or_else(|| self.make_instance_dict(obj)) else {
            return false;
        };
        match dict.as_obj() {
            Some(dr) => pyrite_objects::types::dict::set_item(self, dr, slot, v).is_ok(),
            None => false,
        }
    }
}
