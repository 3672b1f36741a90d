//! Class bodies: `LOAD_BUILD_CLASS` and `SETUP_ANNOTATIONS`.

use pyrite_objects::{PyErr, PyResult, Value};

use super::Flow;
use crate::frame::FrameId;
use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn op_load_build_class(&mut self) -> PyResult<Flow> {
        let builtins = self.builtins;
        match self.dict_get_str(builtins, "__build_class__") {
            Some(f) => {
                self.push(f);
                Ok(Flow::Next)
            }
            None => Err(PyErr::new(
                pyrite_objects::ExcKind::NameError,
                "__build_class__ not found",
            )),
        }
    }

    pub(super) fn op_setup_annotations(&mut self, fid: FrameId) -> PyResult<Flow> {
        let locals = self.frames[fid].locals;
        match self.dict_get_str(locals, "__annotations__") {
            Some(v) => self.heap.decref(v),
            None => {
                let d = self.heap.new_dict();
                self.dict_set_str(locals, "__annotations__", d);
                self.heap.decref(d);
            }
        }
        let _ = Value::None;
        Ok(Flow::Next)
    }
}
