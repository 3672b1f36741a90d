//! Imports: `IMPORT_NAME`, `IMPORT_FROM`, `IMPORT_STAR`. Only the
//! interpreter's native modules can be imported.

use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use super::Flow;
use crate::frame::{CodeInfo, FrameId};
use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn op_import_name(
        &mut self,
        code: &CodeInfo,
        _fid: FrameId,
        i: u32,
    ) -> PyResult<Flow> {
        let name = self
            .heap
            .str_of(code.names[i as usize])
            .unwrap_or("")
            .to_string();
        let fromlist = self.pop();
        let level = self.pop();
        self.heap.decref(fromlist);
        self.heap.decref(level);
        let module = self.import_module(&name)?;
        self.push(module);
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
                Err(PyErr::new(
                    ExcKind::ImportError,
                    format!("cannot import name '{n}' from '{m}' (unknown location)"),
                ))
            }
            Err(e) => Err(e),
        }
    }

    pub(super) fn op_import_star(&mut self, fid: FrameId) -> PyResult<Flow> {
        let module = self.pop();
        let locals = self.frames[fid].locals;
        let dict = self.module_dict(module);
        let r = self.dict_update(locals, dict, false);
        self.heap.decref(module);
        r.map(|()| Flow::Next)
    }

    /// `import name`: a native module (a new reference).
    pub(crate) fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = crate::builtins::native_module(self, name) {
            return Ok(m);
        }
        Err(PyErr::new(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}'"),
        ))
    }
}
