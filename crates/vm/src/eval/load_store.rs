//! Names: fast locals, cells and free variables, the local namespace of
//! module and class bodies, globals and builtins, attributes.

use pyrite_objects::types::dict;
use pyrite_objects::{BuiltinType, ExcKind, Payload, PyErr, PyResult, Value};

use super::Flow;
use crate::class::dict_lookup_str;
use crate::frame::{CodeInfo, FrameId};
use crate::interpreter::Interpreter;

impl Interpreter {
    fn name_text(&self, v: Value) -> String {
        self.heap.str_of(v).unwrap_or("?").to_string()
    }

    pub(super) fn op_load_fast(&mut self, code: &CodeInfo, fid: FrameId, i: u32) -> PyResult<Flow> {
        let slot = self.frames[fid].base + i as usize;
        match self.stack[slot] {
            Some(v) => {
                self.heap.incref(v);
                self.push(v);
                Ok(Flow::Next)
            }
            None => Err(unbound_local(&self.name_text(code.localsplus[i as usize]))),
        }
    }

    pub(super) fn op_store_fast(&mut self, fid: FrameId, i: u32) -> PyResult<Flow> {
        let v = self.pop();
        let slot = self.frames[fid].base + i as usize;
        if let Some(old) = self.stack[slot].replace(v) {
            self.heap.decref(old);
        }
        Ok(Flow::Next)
    }

    pub(super) fn op_delete_fast(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let slot = self.frames[fid].base + i as usize;
        match self.stack[slot].take() {
            Some(old) => {
                self.heap.decref(old);
                Ok(Flow::Next)
            }
            None => Err(unbound_local(&self.name_text(code.localsplus[i as usize]))),
        }
    }

    /// Look a name up in a namespace dict (which may be a user mapping
    /// later); the result is a new reference.
    fn namespace_get(&mut self, ns: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(v) = dict_lookup_str(&self.heap, ns, name) {
            self.heap.incref(v);
            return Ok(Some(v));
        }
        Ok(None)
    }

    pub(super) fn op_load_name(&mut self, code: &CodeInfo, fid: FrameId, i: u32) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let f = &self.frames[fid];
        let (locals, globals, builtins) = (f.locals, f.globals, f.builtins);
        if !self.is_exact_dict(locals) && locals != Value::None {
            // A metaclass's `__prepare__` namespace: its `__getitem__`.
            match self.getitem(locals, name) {
                Ok(v) => {
                    self.push(v);
                    return Ok(Flow::Next);
                }
                Err(e) if self.error_is(&e, ExcKind::KeyError) => self.drop_error(e),
                Err(e) => return Err(e),
            }
        }
        let first = if self.is_exact_dict(locals) {
            locals
        } else {
            Value::None
        };
        for ns in [first, globals, builtins] {
            if let Some(v) = self.namespace_get(ns, name)? {
                self.push(v);
                return Ok(Flow::Next);
            }
        }
        Err(name_error(&self.name_text(name)))
    }

    /// Whether `ns` is a `dict` itself, not an instance of a subclass (a
    /// namespace that `STORE_NAME` and its kin may use directly).
    fn is_exact_dict(&self, ns: Value) -> bool {
        self.heap.type_of(ns) == pyrite_objects::TypeRef::Builtin(BuiltinType::Dict)
    }

    pub(super) fn op_store_name(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let v = self.pop();
        let locals = self.frames[fid].locals;
        let r = match locals.as_obj() {
            Some(_) if !self.is_exact_dict(locals) => self.setitem(locals, name, Some(v)),
            Some(d) => dict::set_item(self, d, name, v),
            None => Err(PyErr::new(
                ExcKind::SystemError,
                "no locals found when storing a name",
            )),
        };
        self.heap.decref(v);
        r.map(|()| Flow::Next)
    }

    pub(super) fn op_delete_name(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let locals = self.frames[fid].locals;
        let Some(d) = locals.as_obj() else {
            return Err(PyErr::new(
                ExcKind::SystemError,
                "no locals when deleting a name",
            ));
        };
        let r = if self.is_exact_dict(locals) {
            dict::del_item(self, d, name)
        } else {
            self.setitem(locals, name, None)
        };
        match r {
            Ok(()) => Ok(Flow::Next),
            Err(PyErr::KeyError(k)) => {
                self.heap.decref(k);
                Err(name_error(&self.name_text(name)))
            }
            Err(e) if self.error_is(&e, ExcKind::KeyError) => {
                self.drop_error(e);
                Err(name_error(&self.name_text(name)))
            }
            Err(e) => Err(e),
        }
    }

    pub(super) fn op_load_global(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        arg: u32,
    ) -> PyResult<Flow> {
        let name = code.names[(arg >> 1) as usize];
        let f = &self.frames[fid];
        let (globals, builtins) = (f.globals, f.builtins);
        let found = match dict_lookup_str(&self.heap, globals, name) {
            Some(v) => Some(v),
            None => dict_lookup_str(&self.heap, builtins, name),
        };
        let Some(v) = found else {
            return Err(name_error(&self.name_text(name)));
        };
        self.heap.incref(v);
        if arg & 1 == 1 {
            self.stack.push(None);
        }
        self.push(v);
        Ok(Flow::Next)
    }

    pub(super) fn op_store_global(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let v = self.pop();
        let globals = self.frames[fid].globals;
        let r = match globals.as_obj() {
            Some(d) => dict::set_item(self, d, name, v),
            None => Ok(()),
        };
        self.heap.decref(v);
        r.map(|()| Flow::Next)
    }

    pub(super) fn op_delete_global(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let globals = self.frames[fid].globals;
        let Some(d) = globals.as_obj() else {
            return Ok(Flow::Next);
        };
        match dict::del_item(self, d, name) {
            Ok(()) => Ok(Flow::Next),
            Err(PyErr::KeyError(k)) => {
                self.heap.decref(k);
                Err(name_error(&self.name_text(name)))
            }
            Err(e) => Err(e),
        }
    }

    pub(super) fn op_make_cell(&mut self, fid: FrameId, i: u32) -> PyResult<Flow> {
        let slot = self.frames[fid].base + i as usize;
        let initial = self.stack[slot].take();
        let cell = self
            .heap
            .alloc_builtin(BuiltinType::Cell, Payload::Cell(initial));
        self.stack[slot] = Some(cell);
        Ok(Flow::Next)
    }

    pub(super) fn op_load_closure(&mut self, fid: FrameId, i: u32) -> PyResult<Flow> {
        let slot = self.frames[fid].base + i as usize;
        let v = self.stack[slot].unwrap_or(Value::None);
        self.heap.incref(v);
        self.push(v);
        Ok(Flow::Next)
    }

    /// The contents of the cell in slot `i` (borrowed).
    fn cell_contents(&self, fid: FrameId, i: u32) -> Option<Value> {
        let slot = self.frames[fid].base + i as usize;
        let cell = self.stack[slot]?.as_obj()?;
        match self.heap.payload(cell) {
            Payload::Cell(v) => *v,
            _ => None,
        }
    }

    fn deref_error(&self, code: &CodeInfo, i: u32) -> PyErr {
        let name = self.name_text(code.localsplus[i as usize]);
        if (i as usize) < code.nlocalsplus - code.code.co_freevars.len() {
            unbound_local(&name)
        } else {
            PyErr::new(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        }
    }

    pub(super) fn op_load_deref(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        match self.cell_contents(fid, i) {
            Some(v) => {
                self.heap.incref(v);
                self.push(v);
                Ok(Flow::Next)
            }
            None => Err(self.deref_error(code, i)),
        }
    }

    pub(super) fn op_load_classderef(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let locals = self.frames[fid].locals;
        let name = code.localsplus[i as usize];
        if let Some(v) = self.namespace_get(locals, name)? {
            self.push(v);
            return Ok(Flow::Next);
        }
        self.op_load_deref(code, fid, i)
    }

    pub(super) fn op_store_deref(&mut self, fid: FrameId, i: u32) -> PyResult<Flow> {
        let v = self.pop();
        let slot = self.frames[fid].base + i as usize;
        if let Some(cell) = self.stack[slot].and_then(Value::as_obj) {
            if let Payload::Cell(c) = self.heap.payload_mut(cell) {
                if let Some(old) = c.replace(v) {
                    self.heap.decref(old);
                }
                return Ok(Flow::Next);
            }
        }
        self.heap.decref(v);
        Err(PyErr::new(
            ExcKind::SystemError,
            "STORE_DEREF on a slot without a cell",
        ))
    }

    pub(super) fn op_delete_deref(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let slot = self.frames[fid].base + i as usize;
        if let Some(cell) = self.stack[slot].and_then(Value::as_obj) {
            if let Payload::Cell(c) = self.heap.payload_mut(cell) {
                if let Some(old) = c.take() {
                    self.heap.decref(old);
                    return Ok(Flow::Next);
                }
            }
        }
        Err(self.deref_error(code, i))
    }

    pub(super) fn op_copy_free_vars(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        n: u32,
    ) -> PyResult<Flow> {
        let func = self.frames[fid].func;
        let cells = self.function_closure(func);
        let base = self.frames[fid].base + code.nlocalsplus - n as usize;
        for (k, cell) in cells.into_iter().take(n as usize).enumerate() {
            self.heap.incref(cell);
            if let Some(old) = self.stack[base + k].replace(cell) {
                self.heap.decref(old);
            }
        }
        Ok(Flow::Next)
    }

    pub(super) fn op_load_attr(&mut self, code: &CodeInfo, i: u32) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let obj = self.pop();
        let r = self.get_attr(obj, name);
        self.heap.decref(obj);
        self.push(r?);
        Ok(Flow::Next)
    }

    pub(super) fn op_load_method(&mut self, code: &CodeInfo, i: u32) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let obj = self.pop();
        match self.get_method(obj, name) {
            Ok(Some(func)) => {
                self.push(func);
                self.push(obj);
                Ok(Flow::Next)
            }
            Ok(None) => {
                let r = self.get_attr(obj, name);
                self.heap.decref(obj);
                self.stack.push(None);
                self.push(r?);
                Ok(Flow::Next)
            }
            Err(e) => {
                self.heap.decref(obj);
                Err(e)
            }
        }
    }

    pub(super) fn op_store_attr(&mut self, code: &CodeInfo, i: u32) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let obj = self.pop();
        let v = self.pop();
        let r = self.set_attr(obj, name, Some(v));
        self.heap.decref(obj);
        self.heap.decref(v);
        r.map(|()| Flow::Next)
    }

    pub(super) fn op_delete_attr(&mut self, code: &CodeInfo, i: u32) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let obj = self.pop();
        let r = self.set_attr(obj, name, None);
        self.heap.decref(obj);
        r.map(|()| Flow::Next)
    }
}

/// `UnboundLocalError: cannot access local variable 'x' where it is not
/// associated with a value`.
pub(crate) fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `NameError: name 'x' is not defined`.
pub(crate) fn name_error(name: &str) -> PyErr {
    PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))
}
