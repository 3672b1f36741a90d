//! Exception objects: making them from built-in errors, `str`/`repr`,
//! matching `except` clauses, chaining, and traceback entries. Exception
//! groups are in `exception_group`.
//!
//! The Unicode errors keep `encoding`, `object`, `start`, `end` and
//! `reason` in the instance's `__dict__` (set by the constructor from
//! valid arguments, or by a codec's failure), and their `str()` is made
//! from those attributes as CPython's is; one whose attributes were never
//! set shows its `args` as any exception does.

use pyrite_objects::types::interp::{Exception, InterpObject};
use pyrite_objects::unicode_error::{UnicodeErrorInfo, UnicodeObject, unicode_error_text};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, TypeRef, Value};

use crate::frame::FrameId;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// The exception data of an exception instance.
    pub(crate) fn exception_data(&self, v: Value) -> Option<&Exception> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Exception(e) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn exception_data_mut(&mut self, v: Value) -> Option<&mut Exception> {
        match self.heap.payload_mut(v.as_obj()?) {
            Payload::Interp(o) => match &mut **o {
                InterpObject::Exception(e) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    /// Assign or delete an exception's `args` and its chaining and
    /// traceback attributes (`__context__`, `__cause__`,
    /// `__suppress_context__`, `__traceback__`), with CPython's checks;
    /// `None` if `obj` is not an exception or `name` is not one of them.
    /// `v` is borrowed. A new `args` may be any iterable and is stored as
    /// a tuple of its items.
    pub(crate) fn set_exception_slot(
        &mut self,
        obj: Value,
        name: &str,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        if !matches!(
            name,
            "args" | "__context__" | "__cause__" | "__suppress_context__" | "__traceback__"
        ) {
            return None;
        }
        self.exception_data(obj)?;
        if name == "args" {
            return Some(self.set_exception_args(obj, v));
        }
        let Some(v) = v else {
            return Some(Err(PyErr::type_error(if name == "__suppress_context__" {
                "can't delete numeric/char attribute".to_string()
            } else {
                format!("{name} may not be deleted")
            })));
        };
        if name == "__suppress_context__" {
            let Value::Bool(b) = v else {
                return Some(Err(PyErr::type_error("attribute value type must be bool")));
            };
            if let Some(e) = self.exception_data_mut(obj) {
                e.suppress_context = b;
            }
            return Some(Ok(()));
        }
        let valid = v == Value::None
            || if name == "__traceback__" {
                self.class_of(v) == self.named_class("traceback")
            } else {
                self.exception_data(v).is_some()
            };
        if !valid {
            return Some(Err(PyErr::type_error(match name {
                "__context__" => "exception context must be None or derive from BaseException",
                "__cause__" => "exception cause must be None or derive from BaseException",
                _ => "__traceback__ must be a traceback or None",
            })));
        }
        self.heap.incref(v);
        let old = match self.exception_data_mut(obj) {
            Some(e) => match name {
                "__context__" => std::mem::replace(&mut e.context, v),
                "__cause__" => {
                    e.suppress_context = true;
                    std::mem::replace(&mut e.cause, v)
                }
                _ => std::mem::replace(&mut e.traceback, v),
            },
            None => v,
        };
        self.heap.decref(old);
        Some(Ok(()))
    }

    /// `exc.args = v` (the items of the iterable `v`, as a tuple) or
    /// `del exc.args` (a TypeError, as in CPython).
    fn set_exception_args(&mut self, obj: Value, v: Option<Value>) -> PyResult<()> {
        let Some(v) = v else {
            return Err(PyErr::type_error("args may not be deleted"));
        };
        let items = self.iterate(v)?;
        let args = self.heap.new_tuple(items);
        let old = match self.exception_data_mut(obj) {
            Some(e) => std::mem::replace(&mut e.args, args),
            None => args,
        };
        self.heap.decref(old);
        Ok(())
    }

    /// A new exception instance of `class` with `args` (borrowed).
    pub(crate) fn new_exception(&mut self, class: pyrite_objects::ObjRef, args: &[Value]) -> Value {
        if self.is_subclass(class, self.classes.exc[&ExcKind::OSError]) {
            return self.new_os_exception(class, args);
        }
        if self.is_subclass(class, self.classes.exc[&ExcKind::SyntaxError]) {
            return self.new_syntax_exception(class, args);
        }
        let exc = self.new_exception_with_args(class, args);
        if let Some(kind) = self.unicode_error_kind(class) {
            match self.unicode_error_fields(kind, args) {
                Ok(fields) => {
                    for (name, value) in UNICODE_ERROR_ATTRS.iter().zip(fields) {
                        self.set_exception_attr(exc, name, value);
                        self.heap.decref(value);
                    }
                }
                Err(e) => self.drop_error(e),
            }
        }
        exc
    }

    /// A new exception instance whose `args` are exactly `args`.
    pub(crate) fn new_exception_with_args(
        &mut self,
        class: pyrite_objects::ObjRef,
        args: &[Value],
    ) -> Value {
        for a in args {
            self.heap.incref(*a);
        }
        let args = self.heap.new_tuple(args.to_vec());
        let exc = Exception {
            args,
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            dict: Value::None,
        };
        Value::Obj(self.heap.alloc(
            TypeRef::Heap(class),
            Payload::Interp(Box::new(InterpObject::Exception(exc))),
        ))
    }

    /// The exception object for an error (an owned reference). A built-in
    /// error becomes a new instance whose `__context__` is the exception
    /// being handled, as a `raise` inside an `except` block would get.
    pub(crate) fn exception_value(&mut self, err: PyErr) -> Value {
        let exc = match err {
            PyErr::Raised(v) => return v,
            PyErr::Builtin { kind, message } => {
                let missing = implied_attr(kind, &message).map(str::to_string);
                let msg = self.heap.new_str(message);
                let class = self.classes.exc[&kind];
                let e = self.new_exception(class, &[msg]);
                self.heap.decref(msg);
                if let Some(name) = missing {
                    let name = self.heap.new_str(name);
                    self.set_exception_attr(e, "name", name);
                    self.heap.decref(name);
                }
                e
            }
            PyErr::Os {
                errno,
                strerror,
                filename,
            } => self.new_os_error(errno, strerror, filename),
            PyErr::KeyError(key) => {
                let class = self.classes.exc[&ExcKind::KeyError];
                let e = self.new_exception(class, &[key]);
                self.heap.decref(key);
                e
            }
            PyErr::Unicode(info) => self.new_unicode_error(&info),
        };
        self.set_context(exc);
        exc
    }

    /// Set an attribute in an exception instance's `__dict__` (created on
    /// first use), as CPython's C code fills `NameError.name`; `value` is
    /// borrowed.
    pub(crate) fn set_exception_attr(&mut self, exc: Value, name: &str, value: Value) {
        let needs_dict = self
            .exception_data(exc)
            .is_some_and(|e| e.dict == Value::None);
        if needs_dict {
            let d = self.heap.new_dict();
            if let Some(e) = self.exception_data_mut(exc) {
                e.dict = d;
            }
        }
        let Some(dict) = self.exception_data(exc).map(|e| e.dict) else {
            return;
        };
        self.dict_set_str(dict, name, value);
    }

    /// Record the exception being handled as `exc.__context__` (implicit
    /// chaining), unless that would make a cycle.
    pub(crate) fn set_context(&mut self, exc: Value) {
        let handled = self.exc_info;
        if handled == Value::None || handled.is(exc) {
            return;
        }
        // Break a cycle: if `exc` is already in the handled exception's
        // context chain, cut it out there (CPython's _PyErr_SetObject).
        let mut o = handled;
        while let Some(ctx) = self.exception_data(o).map(|e| e.context) {
            if ctx == Value::None {
                break;
            }
            if ctx.is(exc) {
                if let Some(d) = self.exception_data_mut(o) {
                    d.context = Value::None;
                }
                self.heap.decref(ctx);
                break;
            }
            o = ctx;
        }
        self.heap.incref(handled);
        if let Some(d) = self.exception_data_mut(exc) {
            let old = std::mem::replace(&mut d.context, handled);
            self.heap.decref(old);
        } else {
            self.heap.decref(handled);
        }
    }

    /// Prepend a traceback entry for frame `fid` to `exc.__traceback__`.
    pub(crate) fn add_traceback(&mut self, exc: Value, fid: FrameId) {
        let Some(frame) = self.frames.get(fid) else {
            return;
        };
        let lasti = frame.lasti as u32;
        let index = frame.code.index;
        let code = self.code_object(index);
        let view = self.frame_view(fid);
        let old = self
            .exception_data(exc)
            .map_or(Value::None, |e| e.traceback);
        self.heap.incref(old);
        let tb = self.new_interp(
            "traceback",
            InterpObject::Traceback {
                frame: view,
                code,
                lasti: lasti * 2,
                next: old,
            },
        );
        if let Some(d) = self.exception_data_mut(exc) {
            let prev = std::mem::replace(&mut d.traceback, tb);
            self.heap.decref(prev);
        } else {
            self.heap.decref(tb);
        }
    }

    /// The class of a built-in error or the exception object's class.
    pub(crate) fn error_class(&self, e: &PyErr) -> pyrite_objects::ObjRef {
        match e {
            PyErr::Builtin { kind, .. } => self.classes.exc[kind],
            PyErr::KeyError(_) => self.classes.exc[&ExcKind::KeyError],
            PyErr::Os { errno, .. } => self.classes.exc[&ExcKind::for_errno(*errno)],
            PyErr::Unicode(info) => self.classes.exc[&info.kind],
            PyErr::Raised(v) => self.class_of(*v),
        }
    }

    /// Whether an error is an instance of the built-in exception `kind`.
    pub(crate) fn error_is(&self, e: &PyErr, kind: ExcKind) -> bool {
        self.is_subclass(self.error_class(e), self.classes.exc[&kind])
    }

    pub(crate) fn is_stop_iteration(&self, e: &PyErr) -> bool {
        self.error_is(e, ExcKind::StopIteration)
    }

    /// Release the references an error holds.
    pub(crate) fn drop_error(&mut self, e: PyErr) {
        match e {
            PyErr::Raised(v) | PyErr::KeyError(v) => self.heap.decref(v),
            PyErr::Builtin { .. } | PyErr::Os { .. } | PyErr::Unicode(_) => {}
        }
    }

    /// Whether `exc` matches an `except` clause's class or tuple of
    /// classes.
    pub(crate) fn exception_matches(&mut self, exc: Value, spec: Value) -> PyResult<bool> {
        let classes = match spec.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![spec],
        };
        for c in &classes {
            let ok = c.as_obj().is_some_and(|r| {
                crate::class::class_data(&self.heap, *c).is_some()
                    && self.is_subclass(r, self.classes.exc[&ExcKind::BaseException])
            });
            if !ok {
                return Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        let exc_class = self.class_of(exc);
        Ok(classes
            .iter()
            .any(|c| c.as_obj().is_some_and(|r| self.is_subclass(exc_class, r))))
    }

    /// `str(exc)` for an exception instance.
    pub(crate) fn exception_str(&mut self, exc: Value) -> PyResult<String> {
        let args = self.exception_data(exc).map_or(Value::None, |e| e.args);
        let items = self.tuple_items(args);
        let key_error = self.is_instance(exc, self.classes.exc[&ExcKind::KeyError]);
        if self.is_exception_group(exc) {
            let (message, members) = self.group_parts(exc);
            let message = self.str_of(message)?;
            let n = members.len();
            let s = if n == 1 { "" } else { "s" };
            return Ok(format!("{message} ({n} sub-exception{s})"));
        }
        if let Some(text) = self.os_error_str(exc)? {
            return Ok(text);
        }
        if let Some(text) = self.syntax_error_str(exc) {
            return text;
        }
        if let Some(text) = self.unicode_error_str(exc)? {
            return Ok(text);
        }
        match items.len() {
            0 => Ok(String::new()),
            1 if key_error => self.repr(items[0]),
            1 => self.str_of(items[0]),
            _ => self.repr(args),
        }
    }

    /// `repr(exc)`: `ValueError('bad')`.
    pub(crate) fn exception_repr(&mut self, exc: Value) -> PyResult<String> {
        let name = self.type_name(exc);
        let args = self.exception_data(exc).map_or(Value::None, |e| e.args);
        let items = self.tuple_items(args);
        if items.len() == 1 {
            return Ok(format!("{name}({})", self.repr(items[0])?));
        }
        let r = self.repr(args)?;
        Ok(format!("{name}{r}"))
    }
}

impl Interpreter {
    /// For a `SystemExit`, the process exit status and the message to print
    /// on stderr (`sys.exit("text")`); `None` for any other exception.
    pub fn system_exit_status(&mut self, exc: Value) -> Option<(u8, Option<String>)> {
        if !self.is_instance(exc, self.classes.exc[&ExcKind::SystemExit]) {
            return None;
        }
        let args = self.exception_data(exc).map_or(Value::None, |e| e.args);
        let items = self.tuple_items(args);
        let code = match items.as_slice() {
            [] => Value::None,
            [one] => *one,
            _ => args,
        };
        Some(match code {
            Value::None => (0, None),
            Value::Int(i) => ((i & 0xff) as u8, None),
            Value::Bool(b) => (b as u8, None),
            other => (1, Some(self.str_of(other).unwrap_or_default())),
        })
    }
}

impl Interpreter {
    /// The lines a report prints after `Type: message` for
    /// `exc.__notes__`: each note's `str()` on its own line, or the
    /// `repr()` of a `__notes__` that is not a list or tuple.
    pub(crate) fn notes_text(&mut self, exc: Value) -> String {
        let Some(notes) = self.exception_notes(exc) else {
            return String::new();
        };
        let items = match notes.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::List(l)) => Some(l.to_values()),
            Some(Payload::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        };
        let mut out = String::new();
        match items {
            Some(items) => {
                for note in items {
                    match self.str_of(note) {
                        Ok(s) => out.push_str(&s),
                        Err(e) => {
                            self.drop_error(e);
                            out.push_str("<note str() failed>");
                        }
                    }
                    out.push('\n');
                }
            }
            None => match self.repr(notes) {
                Ok(s) => {
                    out.push_str(&s);
                    out.push('\n');
                }
                Err(e) => self.drop_error(e),
            },
        }
        self.heap.decref(notes);
        out
    }
}

/// The attribute CPython's C code sets on an exception it raises, read
/// back from the message our own code formats: a failed name lookup
/// (`eval::load_store::name_error`) sets `NameError.name`, a failed import
/// (`import::not_found` and friends) sets `ModuleNotFoundError.name`.
fn implied_attr(kind: ExcKind, message: &str) -> Option<&str> {
    match kind {
        ExcKind::NameError => message
            .strip_prefix("name '")?
            .strip_suffix("' is not defined"),
        ExcKind::ModuleNotFoundError => {
            let rest = message.strip_prefix("No module named '")?;
            rest.split_once('\'').map(|(name, _)| name)
        }
        _ => None,
    }
}

/// The attributes of a Unicode error, in the order of a decode or encode
/// error's arguments.
const UNICODE_ERROR_ATTRS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

impl Interpreter {
    /// Which of `UnicodeDecodeError`, `UnicodeEncodeError` and
    /// `UnicodeTranslateError` `class` derives from, if any.
    fn unicode_error_kind(&self, class: pyrite_objects::ObjRef) -> Option<ExcKind> {
        [
            ExcKind::UnicodeDecodeError,
            ExcKind::UnicodeEncodeError,
            ExcKind::UnicodeTranslateError,
        ]
        .into_iter()
        .find(|k| self.is_subclass(class, self.classes.exc[k]))
    }

    /// Check the arguments of a Unicode error's constructor as CPython
    /// does (`encoding, object, start, end, reason`, or
    /// `object, start, end, reason` for a translate error, and no
    /// keyword arguments).
    pub(crate) fn check_unicode_error_args(
        &mut self,
        kind: ExcKind,
        args: &[Value],
        keywords: bool,
    ) -> PyResult<()> {
        if !matches!(
            kind,
            ExcKind::UnicodeDecodeError
                | ExcKind::UnicodeEncodeError
                | ExcKind::UnicodeTranslateError
        ) {
            return Ok(());
        }
        if keywords {
            return Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                kind.name()
            )));
        }
        let fields = self.unicode_error_fields(kind, args)?;
        self.release(fields);
        Ok(())
    }

    /// The attributes (owned references, in [`UNICODE_ERROR_ATTRS`] order)
    /// a Unicode error of `kind` gets from its constructor's arguments.
    fn unicode_error_fields(&mut self, kind: ExcKind, args: &[Value]) -> PyResult<Vec<Value>> {
        let translate = kind == ExcKind::UnicodeTranslateError;
        let expected = if translate { 4 } else { 5 };
        if args.len() != expected {
            return Err(PyErr::type_error(format!(
                "function takes exactly {expected} arguments ({} given)",
                args.len()
            )));
        }
        let must_be_str = |interp: &Interpreter, position: usize, v: Value| {
            if interp.heap.str_of(v).is_some() {
                Ok(())
            } else {
                let shown = if v == Value::None {
                    "None".to_string()
                } else {
                    interp.type_name(v)
                };
                Err(PyErr::type_error(format!(
                    "argument {position} must be str, not {shown}"
                )))
            }
        };
        let (encoding, rest) = if translate {
            (Value::None, args)
        } else {
            must_be_str(self, 1, args[0])?;
            (args[0], &args[1..])
        };
        let shift = usize::from(!translate);
        let object = rest[0];
        let object = if kind == ExcKind::UnicodeDecodeError {
            let data = match object.as_obj().map(|r| self.heap.payload(r)) {
                Some(Payload::Bytes(_)) => None,
                Some(Payload::ByteArray(b)) => Some(b.clone()),
                _ => match pyrite_objects::types::memoryview::view_bytes(&self.heap, object) {
                    Some(b) => Some(b),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            self.type_name(object)
                        )));
                    }
                },
            };
            match data {
                Some(b) => self.heap.new_bytes(b),
                None => {
                    self.heap.incref(object);
                    object
                }
            }
        } else {
            must_be_str(self, 1 + shift, object)?;
            self.heap.incref(object);
            object
        };
        let numbers = pyrite_objects::methods::index_arg(&self.heap, rest[1])
            .and_then(|start| {
                pyrite_objects::methods::index_arg(&self.heap, rest[2]).map(|end| (start, end))
            })
            .and_then(|n| must_be_str(self, 4 + shift, rest[3]).map(|()| n));
        let (start, end) = match numbers {
            Ok(n) => n,
            Err(e) => {
                self.heap.decref(object);
                return Err(e);
            }
        };
        self.heap.incref(encoding);
        self.heap.incref(rest[3]);
        Ok(vec![
            encoding,
            object,
            Value::Int(start),
            Value::Int(end),
            rest[3],
        ])
    }

    /// The exception object for a codec's failure.
    fn new_unicode_error(&mut self, info: &UnicodeErrorInfo) -> Value {
        let object = match &info.object {
            UnicodeObject::Text(s) => self.heap.new_str_from_code_points(s),
            UnicodeObject::Bytes(b) => self.heap.new_bytes(b.as_slice()),
        };
        let number = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
        let reason = self.heap.new_str(info.reason.as_str());
        let mut args = vec![object, number(info.start), number(info.end), reason];
        if let Some(encoding) = &info.encoding {
            args.insert(0, self.heap.new_str(encoding.as_str()));
        }
        let e = self.new_exception(self.classes.exc[&info.kind], &args);
        self.release(args);
        e
    }

    /// `str()` of a Unicode error, made from its attributes; `None` for
    /// any other exception and for one whose attributes were never set
    /// (its `str()` is then the usual one of its `args`).
    fn unicode_error_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        let Some(kind) = self.unicode_error_kind(self.class_of(exc)) else {
            return Ok(None);
        };
        let dict = self.exception_data(exc).map_or(Value::None, |e| e.dict);
        let Some(object) = self.dict_get_str(dict, "object") else {
            return Ok(None);
        };
        self.heap.decref(object);
        let mut fields = Vec::with_capacity(UNICODE_ERROR_ATTRS.len());
        for name in UNICODE_ERROR_ATTRS {
            fields.push(self.dict_get_str(dict, name).unwrap_or(Value::None));
        }
        let text = self.unicode_error_text(kind, &fields);
        self.release(fields);
        text.map(Some)
    }

    /// The text for `unicode_error_str` from the attributes (borrowed).
    fn unicode_error_text(&mut self, kind: ExcKind, fields: &[Value]) -> PyResult<String> {
        let [encoding, object, start, end, reason] = fields else {
            return Ok(String::new());
        };
        if *object == Value::None {
            return Ok(String::new());
        }
        let reason = self.str_of(*reason)?;
        let encoding = self.str_of(*encoding)?;
        let start = pyrite_objects::methods::index_arg(&self.heap, *start)?;
        let end = pyrite_objects::methods::index_arg(&self.heap, *end)?;
        let at = usize::try_from(start).ok().filter(|_| end == start + 1);
        let single = at.and_then(|i| match object.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Bytes(b)) => b.get(i).map(|&x| u32::from(x)),
            Some(Payload::ByteArray(b)) => b.get(i).map(|&x| u32::from(x)),
            _ => self
                .heap
                .str_payload(*object)
                .and_then(|s| s.code_point_at(i)),
        });
        Ok(unicode_error_text(
            kind, &encoding, single, start, end, &reason,
        ))
    }
}
