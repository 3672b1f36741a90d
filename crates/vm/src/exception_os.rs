//! `OSError`'s constructor and `str()`, which differ from every other
//! exception's.
//!
//! `OSError(errno, strerror[, filename[, winerror[, filename2]]])` keeps
//! only `(errno, strerror)` as `args` and stores the parts as the
//! attributes `errno`, `strerror`, `filename` and `filename2` (all `None`
//! for other argument counts). Called as `OSError` itself, it becomes the
//! subclass its `errno` names (`FileNotFoundError` for 2, …: see
//! `ExcKind::for_errno`); a subclass named explicitly is kept. `str()` is
//! `[Errno 2] No such file or directory: 'x.txt'`.

use pyrite_objects::{ExcKind, ObjRef, PyResult, Value};

use crate::interpreter::Interpreter;

/// The attributes an `OSError` carries besides `args`.
pub(crate) const OS_ERROR_ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

impl Interpreter {
    /// An instance of `class` (an `OSError` subclass) for `args` (borrowed).
    pub(crate) fn new_os_exception(&mut self, class: ObjRef, args: &[Value]) -> Value {
        let os_error = self.classes.exc[&ExcKind::OSError];
        let structured = (2..=5).contains(&args.len());
        let class = match args.first() {
            Some(Value::Int(errno)) if structured && class == os_error => {
                let kind = i32::try_from(*errno).map_or(ExcKind::OSError, ExcKind::for_errno);
                self.classes.exc[&kind]
            }
            _ => class,
        };
        if !structured {
            return self.new_exception_with_args(class, args);
        }
        let exc = self.new_exception_with_args(class, &args[..2]);
        for (i, name) in [
            (0, "errno"),
            (1, "strerror"),
            (2, "filename"),
            (4, "filename2"),
        ] {
            if let Some(v) = args.get(i) {
                self.set_exception_attr(exc, name, *v);
            }
        }
        exc
    }

    /// The exception for an operating-system failure (an owned reference).
    pub(crate) fn new_os_error(
        &mut self,
        errno: i32,
        strerror: String,
        filename: Option<String>,
    ) -> Value {
        let mut args = vec![Value::Int(i64::from(errno)), self.heap.new_str(strerror)];
        if let Some(f) = filename {
            args.push(self.heap.new_str(f));
        }
        let class = self.classes.exc[&ExcKind::OSError];
        let exc = self.new_exception(class, &args);
        self.release(args);
        exc
    }

    /// `str(exc)` for an `OSError` with an errno and strerror; `None` for
    /// other exceptions (their `str` comes from `args`).
    pub(crate) fn os_error_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        if !self.is_instance(exc, self.classes.exc[&ExcKind::OSError]) {
            return Ok(None);
        }
        let Some(dict) = self.exception_data(exc).map(|e| e.dict) else {
            return Ok(None);
        };
        if dict == Value::None {
            return Ok(None);
        }
        let [errno, strerror, filename, filename2] =
            OS_ERROR_ATTRS.map(|name| self.dict_get_str(dict, name).unwrap_or(Value::None));
        let text = match (errno, strerror, filename, filename2) {
            (e, s, f, Value::None) if f != Value::None => Some(format!(
                "[Errno {}] {}: {}",
                self.str_of(e)?,
                self.str_of(s)?,
                self.repr(f)?
            )),
            (e, s, f, f2) if f != Value::None => Some(format!(
                "[Errno {}] {}: {} -> {}",
                self.str_of(e)?,
                self.str_of(s)?,
                self.repr(f)?,
                self.repr(f2)?
            )),
            (e, s, _, _) if e != Value::None && s != Value::None => {
                Some(format!("[Errno {}] {}", self.str_of(e)?, self.str_of(s)?))
            }
            _ => None,
        };
        self.release([errno, strerror, filename, filename2]);
        Ok(text)
    }
}
