//! Assigning `obj.__class__`: allowed between classes made by `class`
//! statements whose instances have the same layout, with CPython's errors
//! for the rest.

use pyrite_objects::{ObjRef, PyErr, PyResult, Value};

use crate::class::class_data;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// `obj.__class__ = new`: allowed between classes made by `class`
    /// statements whose instances have the same layout (the same built-in
    /// base, the same `__slots__`), as CPython allows.
    pub(crate) fn set_class_attr(&mut self, obj: Value, new: Value) -> PyResult<()> {
        let Some(new_class) = self.as_class_ref(new) else {
            return Err(PyErr::type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(new)
            )));
        };
        let old_class = self.class_of(obj);
        let movable = |me: &Self, c: ObjRef| {
            !me.classes.native.contains(&c)
                && class_data(&me.heap, Value::Obj(c)).is_some_and(|d| d.exception.is_none())
        };
        let Some(r) = obj
            .as_obj()
            .filter(|_| movable(self, old_class) && movable(self, new_class))
        else {
            return Err(PyErr::type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        let layout = |me: &Self, c: ObjRef| {
            class_data(&me.heap, Value::Obj(c))
                .and_then(|d| d.builtin)
                .filter(|t| *t != pyrite_objects::BuiltinType::Object)
        };
        let same_layout = layout(self, old_class) == layout(self, new_class)
            && self.slots_of(old_class) == self.slots_of(new_class);
        if !same_layout {
            return Err(PyErr::type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                self.class_name(new_class),
                self.class_name(old_class)
            )));
        }
        self.heap
            .set_class(r, pyrite_objects::TypeRef::Heap(new_class));
        if self.user_special(obj, "__del__").is_some() {
            self.heap.set_has_finaliser(r);
        }
        Ok(())
    }
}
