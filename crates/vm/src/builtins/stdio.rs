//! The standard streams as the program sees them: `sys.stdout` and
//! `sys.stderr` are looked up in the `sys` module each time something is
//! written, so a program (or `contextlib.redirect_stdout`) that rebinds
//! them redirects `print` and the other writers.
//!
//! Invariants:
//! - While `sys.stdout` / `sys.stderr` is one of the interpreter's own
//!   stream objects, writers take the direct path to the process's stream
//!   (`stream_fd` recognises them); only a replaced stream gets its `write`
//!   method called.
//! - Every value returned here is a new reference.

use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use crate::Interpreter;

impl Interpreter {
    /// The object `sys.<name>` (`"stdout"` or `"stderr"`) names now, or
    /// `None` when the program set it to `None` (CPython's writers then
    /// write nothing). `RuntimeError: lost sys.stdout` when it was deleted.
    pub(crate) fn sys_stream(&mut self, name: &str) -> PyResult<Option<Value>> {
        let sys = super::sys::module(self);
        let dict = self.module_dict(sys);
        let stream = self.dict_get_str(dict, name);
        self.heap.decref(sys);
        match stream {
            None => Err(PyErr::new(
                ExcKind::RuntimeError,
                format!("lost sys.{name}"),
            )),
            Some(Value::None) => Ok(None),
            Some(s) => Ok(Some(s)),
        }
    }

    /// Write an uncaught exception's report where CPython's
    /// `sys.excepthook` would: to `sys.stderr` as the program left it,
    /// falling back to the process's stderr when that is the original
    /// stream, `None`, missing, or its `write` fails.
    pub fn write_error_report(&mut self, text: &str) {
        let stream = match self.sys_stream("stderr") {
            Ok(Some(s)) => s,
            Ok(None) => {
                self.write_stderr(text);
                return;
            }
            Err(e) => {
                self.drop_error(e);
                self.write_stderr(text);
                return;
            }
        };
        let direct = super::sys::stream_fd(self, stream).is_some();
        let r = if direct {
            self.write_stderr(text);
            Ok(())
        } else {
            self.write_to(stream, text)
        };
        self.heap.decref(stream);
        if let Err(e) = r {
            self.drop_error(e);
            self.write_stderr(text);
        }
    }
}
