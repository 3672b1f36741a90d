//! The `atexit` module: functions registered to run when the program
//! ends, last registered first. The registry and the running are written
//! in Python (`atexit/pure.py`); [`Interpreter::run_exit_handlers`] is
//! what the program's runner calls at the end, before `__main__` is torn
//! down, as CPython runs them.

use pyrite_objects::{PyResult, Value};

use crate::interpreter::Interpreter;

const PYTHON_PART: &str = include_str!("atexit/pure.py");

/// The `atexit` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "atexit", |interp, dict| {
        super::run_python_part(interp, dict, PYTHON_PART, "<frozen atexit>")
    })
}

impl Interpreter {
    /// Run the functions registered with `atexit` (if it was imported).
    /// Their failures are reported by the handlers themselves, as CPython
    /// reports them ("Exception ignored in atexit callback").
    pub fn run_exit_handlers(&mut self) {
        let Some(&m) = self.modules.get("atexit") else {
            return;
        };
        let dict = self.module_dict(m);
        let Some(run) = self.dict_get_str(dict, "_run_exitfuncs") else {
            return;
        };
        match self.call(run, &[], &[]) {
            Ok(v) => self.heap.decref(v),
            Err(e) => self.drop_error(e),
        }
        self.heap.decref(run);
        self.flush();
    }
}
