//! The keyword arguments of the built-in exceptions' `__init__`:
//! `NameError(name=...)`, `AttributeError(name=..., obj=...)` and
//! `ImportError(name=..., path=...)` (and their subclasses) store them as
//! the fields of the same names; every other exception takes none.
//!
//! The messages are CPython's: `BaseException.__init__` names the
//! instance's class ("KeyError() takes no keyword arguments"), while the
//! three that take keywords name themselves, whatever the subclass
//! ("'foo' is an invalid keyword argument for NameError()").

use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

/// The keywords an exception class's `__init__` accepts, and the name its
/// messages use.
fn accepted(kind: ExcKind) -> Option<(&'static str, &'static [&'static str])> {
    if kind.is_subclass_of(ExcKind::AttributeError) {
        Some(("AttributeError", &["name", "obj"]))
    } else if kind.is_subclass_of(ExcKind::NameError) {
        Some(("NameError", &["name"]))
    } else if kind.is_subclass_of(ExcKind::ImportError) {
        Some(("ImportError", &["name", "path"]))
    } else {
        None
    }
}

impl Interpreter {
    /// Check the keyword arguments of an exception's `__init__` and store
    /// them on `exc` (an instance of a class derived from `kind`). `args`
    /// ends with the values named by `kwnames`.
    pub(crate) fn exception_keywords(
        &mut self,
        exc: Value,
        kind: ExcKind,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        if kwnames.is_empty() {
            return Ok(());
        }
        let Some((owner, names)) = accepted(kind) else {
            return Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                self.type_name(exc)
            )));
        };
        // `ImportError` parses its keywords by name only; the other two
        // count them first.
        if owner != "ImportError" && kwnames.len() > names.len() {
            let plural = if names.len() == 1 { "" } else { "s" };
            return Err(PyErr::type_error(format!(
                "{owner}() takes at most {} keyword argument{plural} ({} given)",
                names.len(),
                kwnames.len()
            )));
        }
        let values = &args[args.len() - kwnames.len().min(args.len())..];
        for &k in kwnames {
            let text = self.heap.str_of(k).unwrap_or("").to_string();
            if !names.contains(&text.as_str()) {
                return Err(PyErr::type_error(format!(
                    "'{text}' is an invalid keyword argument for {owner}()"
                )));
            }
        }
        for (&k, &v) in kwnames.iter().zip(values) {
            self.set_attr(exc, k, Some(v))?;
        }
        Ok(())
    }
}
