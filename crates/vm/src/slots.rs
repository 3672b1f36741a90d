//! `__slots__`: a class whose every user-defined class in the MRO declares
//! `__slots__` gives its instances no `__dict__`; only the declared names
//! can be set. (The values live in a hidden namespace; what Python code
//! can observe — which names are allowed, `__dict__` missing — is
//! CPython's.)

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
                            Some(Payload::List(l)) => l.clone(),
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
}
