//! The opcodes that call into Python with the common argument shapes:
//! REDUCE (`func(*args)`), NEWOBJ (`cls.__new__(cls, *args)`) and BUILD
//! of a `__dict__` state into an instance without `__setstate__`. Other
//! shapes are handed to the unpickler's Python handlers, which check
//! them and report errors as CPython does.

use pyrite_objects::types::dict;
use pyrite_objects::{BuiltinType, Payload, PyResult, Value};

use super::{Loader, Step, attr, exact};
use crate::interpreter::Interpreter;

impl Loader {
    /// REDUCE with an argument tuple: `func(*args)`.
    pub(super) fn reduce(&mut self, interp: &mut Interpreter) -> PyResult<Step> {
        let Some(items) = self.stack_items(interp) else {
            return Ok(Step::Delegate);
        };
        let n = items.len();
        if n < 2
            || items
                .get(n - 1)
                .is_none_or(|a| exact(interp, a, BuiltinType::Tuple).is_none())
        {
            return Ok(Step::Delegate);
        }
        let args = self.pop(interp)?;
        let func = self.pop(interp)?;
        let arg_values = match args.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        };
        let r = interp.call(func, &arg_values, &[]);
        interp.heap.decref(args);
        interp.heap.decref(func);
        self.push(interp, r?)?;
        Ok(Step::Next)
    }

    /// NEWOBJ with a class and an argument tuple: `cls.__new__(cls, *args)`.
    pub(super) fn newobj(&mut self, interp: &mut Interpreter) -> PyResult<Step> {
        let Some(items) = self.stack_items(interp) else {
            return Ok(Step::Delegate);
        };
        let n = items.len();
        if n < 2
            || items
                .get(n - 1)
                .is_none_or(|a| exact(interp, a, BuiltinType::Tuple).is_none())
            || items
                .get(n - 2)
                .is_none_or(|c| interp.as_class_ref(c).is_none())
        {
            return Ok(Step::Delegate);
        }
        let args = self.pop(interp)?;
        let cls = self.pop(interp)?;
        let mut call_args = vec![cls];
        if let Some(Payload::Tuple(items)) = args.as_obj().map(|r| interp.heap.payload(r)) {
            call_args.extend_from_slice(items);
        }
        let made = attr(interp, cls, "__new__").and_then(|new| {
            let r = interp.call(new, &call_args, &[]);
            interp.heap.decref(new);
            r
        });
        interp.heap.decref(args);
        interp.heap.decref(cls);
        self.push(interp, made?)?;
        Ok(Step::Next)
    }

    /// BUILD of an instance without `__setstate__` from a dict state:
    /// the state's items are stored in the instance's `__dict__`.
    pub(super) fn build(&mut self, interp: &mut Interpreter) -> PyResult<Step> {
        let Some(items) = self.stack_items(interp) else {
            return Ok(Step::Delegate);
        };
        let n = items.len();
        let (Some(state), Some(inst)) =
            (items.get(n.wrapping_sub(1)), items.get(n.wrapping_sub(2)))
        else {
            return Ok(Step::Delegate);
        };
        let Some(state_ref) = exact(interp, state, BuiltinType::Dict) else {
            return Ok(Step::Delegate);
        };
        let plain = matches!(
            interp.heap.type_of(inst),
            pyrite_objects::TypeRef::Heap(class)
                if crate::stdlib::pickle::reduce::made_by_class_statements(interp, class)
        );
        if !plain || interp.user_special(inst, "__setstate__").is_some() {
            return Ok(Step::Delegate);
        }
        let Some(target) = interp.instance_dict(inst).and_then(|d| d.as_obj()) else {
            return Ok(Step::Delegate);
        };
        let entries: Vec<(Value, Value)> = match interp.heap.payload(state_ref) {
            Payload::Dict(t) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for &(k, v) in &entries {
            interp.heap.incref(k);
            interp.heap.incref(v);
        }
        let state = self.pop(interp)?;
        let mut result = Ok(());
        for &(k, v) in &entries {
            if result.is_ok() {
                result = dict::set_item(interp, target, k, v);
            }
            interp.heap.decref(k);
            interp.heap.decref(v);
        }
        interp.heap.decref(state);
        result.map(|()| Step::Next)
    }
}
