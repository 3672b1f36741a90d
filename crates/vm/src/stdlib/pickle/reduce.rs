//! Instances of classes made by `class` statements, written by the
//! native pickler without a round trip through the Python one in the two
//! common cases:
//!
//! - the class keeps `object`'s reduction (no `__reduce_ex__`,
//!   `__reduce__`, `__getnewargs_ex__`, `__getnewargs__`, `__getstate__`
//!   or slots of its own): from protocol 2 CPython writes `cls`, an empty
//!   tuple and NEWOBJ, below it `copyreg._reconstructor`, the tuple
//!   `(cls, object, None)` and REDUCE; then the instance `__dict__` (if
//!   not empty) and BUILD;
//! - the class defines `__reduce__` (and not `__reduce_ex__`) returning
//!   `(callable, args)` or `(callable, args, state)` with `args` a tuple:
//!   `callable`, `args`, REDUCE, then the state and BUILD.
//!
//! Anything else (another shape of reduction, a dispatch table entry, a
//! `reducer_override`, a class built on a built-in or native class)
//! goes to the Python pickler, which reports errors as CPython does.

use pyrite_objects::{ObjRef, Payload, PyResult, TypeRef, Value};

use super::opcodes::{BUILD, EMPTY_TUPLE, NEWOBJ, POP, REDUCE};
use super::save::{Saver, attr};
use crate::interpreter::Interpreter;

/// The special methods whose presence on a class means its instances
/// are not reduced by `object`'s default.
const REDUCTION_HOOKS: &[&str] = &[
    "__reduce_ex__",
    "__reduce__",
    "__getnewargs_ex__",
    "__getnewargs__",
    "__getstate__",
    "__slots__",
    "__slotnames__",
];

impl Saver {
    /// Writes `obj` if it is an instance this file handles; `false`
    /// leaves it to the Python pickler (nothing written).
    pub(super) fn reduce_natively(
        &mut self,
        interp: &mut Interpreter,
        obj: Value,
    ) -> PyResult<bool> {
        let dict = match obj.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Instance { dict }) => *dict,
            _ => return Ok(false),
        };
        let TypeRef::Heap(class) = interp.heap.type_of(obj) else {
            return Ok(false);
        };
        if self.plain_dispatch == Value::None || !self.plain_class(interp, class)? {
            return Ok(false);
        }
        if interp.user_special(obj, "__reduce_ex__").is_some() {
            return Ok(false);
        }
        if let Some(reduce) = interp.user_special(obj, "__reduce__") {
            return self.save_reduce_result(interp, obj, reduce);
        }
        if dict == Value::None
            || REDUCTION_HOOKS
                .iter()
                .any(|name| interp.user_special(obj, name).is_some())
        {
            return Ok(false);
        }
        if self.proto >= 2 {
            self.save_value(interp, Value::Obj(class))?;
            self.write(interp, &[EMPTY_TUPLE, NEWOBJ]);
        } else {
            // copyreg._reduce_ex: _reconstructor(cls, object, None).
            let reconstructor = attr(interp, self.pickler, "_reconstructor")?;
            let object = interp.classes.builtin[&pyrite_objects::BuiltinType::Object];
            interp.heap.incref(Value::Obj(class));
            interp.heap.incref_obj(object);
            let args =
                interp
                    .heap
                    .new_tuple(vec![Value::Obj(class), Value::Obj(object), Value::None]);
            let saved = self
                .save_value(interp, reconstructor)
                .and_then(|()| self.save_value(interp, args));
            interp.heap.decref(reconstructor);
            interp.heap.decref(args);
            saved?;
            self.write_byte(interp, REDUCE);
        }
        self.memoize_or_fetch(interp, obj)?;
        let empty = match dict.as_obj().map(|d| interp.heap.payload(d)) {
            Some(Payload::Dict(table)) => table.is_empty(),
            _ => true,
        };
        if !empty {
            interp.heap.incref(dict);
            let saved = self.save(interp, dict);
            interp.heap.decref(dict);
            saved?;
            self.write_byte(interp, BUILD);
        }
        Ok(true)
    }

    /// Saves `v` (borrowed), holding it meanwhile.
    fn save_value(&mut self, interp: &mut Interpreter, v: Value) -> PyResult<()> {
        interp.heap.incref(v);
        let saved = self.save(interp, v);
        interp.heap.decref(v);
        saved
    }

    /// Whether `class` is made by `class` statements alone (every class
    /// of its MRO but `object`) and has no entry in the dispatch table.
    fn plain_class(&mut self, interp: &mut Interpreter, class: ObjRef) -> PyResult<bool> {
        if let Some((_, answer)) = self.checked_classes.iter().find(|(c, _)| *c == class) {
            return Ok(*answer);
        }
        let mut answer = made_by_class_statements(interp, class);
        if answer {
            if let Some(table) = self.plain_dispatch.as_obj() {
                let entry =
                    pyrite_objects::types::dict::get_item(interp, table, Value::Obj(class))?;
                if let Some(entry) = entry {
                    interp.heap.decref(entry);
                    answer = false;
                }
            }
        }
        self.checked_classes.push((class, answer));
        Ok(answer)
    }

    /// After the instance `obj` is rebuilt on the unpickler's stack:
    /// memoize it, or, if saving its parts already did, replace it by
    /// the memoized one.
    fn memoize_or_fetch(&mut self, interp: &mut Interpreter, obj: Value) -> PyResult<()> {
        match self.memo_index(interp, obj)? {
            Some(index) => {
                self.write_byte(interp, POP);
                self.write_get(interp, index);
                Ok(())
            }
            None => self.memoize(interp, obj),
        }
    }

    /// Calls `obj.__reduce__()` and writes the result when it is
    /// `(callable, args[, state])`; any other result goes to the Python
    /// pickler's `_save_reduced`, which checks it as CPython does.
    fn save_reduce_result(
        &mut self,
        interp: &mut Interpreter,
        obj: Value,
        reduce: Value,
    ) -> PyResult<bool> {
        let rv = interp.call(reduce, &[obj], &[])?;
        let parts = match rv.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Tuple(items)) if matches!(items.len(), 2 | 3) => Some(items.to_vec()),
            _ => None,
        };
        let simple = match &parts {
            Some(parts) => self.simple_reduction(interp, parts)?,
            None => false,
        };
        let result = match (simple, parts) {
            (true, Some(parts)) => self.write_reduction(interp, obj, &parts),
            _ => {
                let r = super::save::call_method(interp, self.pickler, "_save_reduced", &[obj, rv]);
                self.refresh(interp).and(r)
            }
        };
        interp.heap.decref(rv);
        result.map(|()| true)
    }

    /// Whether `(func, args, ...)` is written here: `args` an exact tuple,
    /// `func` callable and not one of copyreg's `__newobj__` helpers.
    fn simple_reduction(&mut self, interp: &mut Interpreter, parts: &[Value]) -> PyResult<bool> {
        let (func, args) = (parts[0], parts[1]);
        let args_tuple = matches!(
            interp.heap.type_of(args),
            TypeRef::Builtin(pyrite_objects::BuiltinType::Tuple)
        );
        if !args_tuple || !crate::builtins::is_callable(interp, func) {
            return Ok(false);
        }
        let name = match attr(interp, func, "__name__") {
            Ok(n) => n,
            Err(e) => {
                interp.drop_error(e);
                return Ok(false);
            }
        };
        let helper = matches!(
            interp.heap.str_of(name),
            Some("__newobj__" | "__newobj_ex__")
        );
        interp.heap.decref(name);
        Ok(!helper)
    }

    /// `func`, `args`, REDUCE, the memo entry, then `state` and BUILD.
    fn write_reduction(
        &mut self,
        interp: &mut Interpreter,
        obj: Value,
        parts: &[Value],
    ) -> PyResult<()> {
        for &part in &parts[..2] {
            interp.heap.incref(part);
            let saved = self.save(interp, part);
            interp.heap.decref(part);
            saved?;
        }
        self.write_byte(interp, REDUCE);
        self.memoize_or_fetch(interp, obj)?;
        if let Some(&state) = parts.get(2) {
            if state != Value::None {
                interp.heap.incref(state);
                let saved = self.save(interp, state);
                interp.heap.decref(state);
                saved?;
                self.write_byte(interp, BUILD);
            }
        }
        Ok(())
    }
}

/// Whether every class of `class`'s MRO but `object` was made by a
/// `class` statement (none is built in or defined by a native module),
/// so its instances hold nothing but their `__dict__`.
pub(crate) fn made_by_class_statements(interp: &Interpreter, class: ObjRef) -> bool {
    let object = interp.classes.builtin[&pyrite_objects::BuiltinType::Object];
    let Some(data) = crate::class::class_data(&interp.heap, Value::Obj(class)) else {
        return false;
    };
    !data.mro.is_empty()
        && data.mro.iter().all(|k| {
            k.as_obj()
                .is_some_and(|k| k == object || !interp.classes.native.contains(&k))
        })
}
