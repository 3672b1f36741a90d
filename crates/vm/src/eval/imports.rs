//! Imports: `IMPORT_NAME`, `IMPORT_FROM`, `IMPORT_STAR`. Finding and
//! running modules is `crate::import`'s work; these handlers add what
//! CPython's evaluation loop does around it (the `from` errors, `*`).

use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::Flow;
use crate::frame::{CodeInfo, FrameId};
use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn op_import_name(
        &mut self,
        code: &CodeInfo,
        fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let name = self
            .heap
            .str_of(code.names[i as usize])
            .unwrap_or("")
            .to_string();
        let fromlist = self.pop();
        let level = self.pop();
        let globals = self.frames[fid].globals;
        let lvl = match level {
            Value::Int(n) => n,
            _ => 0,
        };
        let r = self.import_name(&name, globals, fromlist, lvl);
        self.heap.decref(fromlist);
        self.heap.decref(level);
        self.push(r?);
        Ok(Flow::Next)
    }

    pub(super) fn op_import_from(&mut self, code: &CodeInfo, i: u32) -> PyResult<Flow> {
        let name = code.names[i as usize];
        let module = self.peek(0);
        match self.get_attr(module, name) {
            Ok(v) => {
                self.push(v);
                Ok(Flow::Next)
            }
            Err(e) if self.error_is(&e, ExcKind::AttributeError) => {
                self.drop_error(e);
                let n = self.heap.str_of(name).unwrap_or("").to_string();
                let m = self.module_name(module);
                // A submodule imported while its package was initialising
                // is in `sys.modules` before it is an attribute.
                if let Some(sub) = self.import_cached(&format!("{m}.{n}")) {
                    self.push(sub);
                    return Ok(Flow::Next);
                }
                let dict = self.module_dict(module);
                let file = self.dict_get_str(dict, "__file__");
                let file_text = file.and_then(|f| self.heap.str_of(f).map(str::to_string));
                if let Some(f) = file {
                    self.heap.decref(f);
                }
                let message = match file_text {
                    None => format!("cannot import name '{n}' from '{m}' (unknown location)"),
                    Some(f) if self.is_initializing(&m) => format!(
                        "cannot import name '{n}' from partially initialized module '{m}' \
                         (most likely due to a circular import) ({f})"
                    ),
                    Some(f) => format!("cannot import name '{n}' from '{m}' ({f})"),
                };
                Err(PyErr::new(ExcKind::ImportError, message))
            }
            Err(e) => Err(e),
        }
    }

    /// `from m import *`: the names in `m.__all__`, or else every name of
    /// `m` not starting with an underscore.
    pub(super) fn op_import_star(&mut self, fid: FrameId) -> PyResult<Flow> {
        let module = self.pop();
        let r = self.import_star_into(module, self.frames[fid].locals);
        self.heap.decref(module);
        r.map(|()| Flow::Next)
    }

    fn import_star_into(&mut self, module: Value, locals: Value) -> PyResult<()> {
        let dict = self.module_dict(module);
        let m = self.module_name(module);
        let (names, public_only) = match self.dict_get_str(dict, "__all__") {
            Some(all) => {
                let names = self.iterate(all);
                self.heap.decref(all);
                (names?, false)
            }
            None => {
                let keys: Vec<Value> = match dict.as_obj().map(|d| self.heap.payload(d)) {
                    Some(Payload::Dict(t)) => t.iter().map(|(_, e)| e.key).collect(),
                    _ => Vec::new(),
                };
                for k in &keys {
                    self.heap.incref(*k);
                }
                (keys, true)
            }
        };
        let mut result = Ok(());
        for &name in &names {
            if result.is_err() {
                break;
            }
            let Some(text) = self.heap.str_of(name).map(str::to_string) else {
                let what = if public_only {
                    format!("Key in {m}.__dict__")
                } else {
                    format!("Item in {m}.__all__")
                };
                result = Err(PyErr::type_error(format!(
                    "{what} must be str, not {}",
                    self.type_name(name)
                )));
                break;
            };
            if public_only && text.starts_with('_') {
                continue;
            }
            result = self.get_attr(module, name).and_then(|v| {
                let r = self.store_name_in(locals, name, v);
                self.heap.decref(v);
                r
            });
        }
        for n in names {
            self.heap.decref(n);
        }
        result
    }

    /// `locals[name] = value` for a namespace dict; both borrowed.
    fn store_name_in(&mut self, locals: Value, name: Value, value: Value) -> PyResult<()> {
        match locals.as_obj() {
            Some(d) if matches!(self.heap.payload(d), Payload::Dict(_)) => {
                pyrite_objects::types::dict::set_item(self, d, name, value)
            }
            _ => Err(PyErr::new(
                ExcKind::SystemError,
                "no locals found during 'import *'".to_string(),
            )),
        }
    }
}
