//! `open()` and the file objects it returns.
//!
//! A file object is an instance of one of the `_io` classes
//! (`TextIOWrapper`, `BufferedReader`, `BufferedWriter`, `BufferedRandom`,
//! `FileIO`), made once per interpreter and kept in the `_io` module that
//! lives in the interpreter's module registry. The instance's `__dict__`
//! holds `name`, `mode` (and `encoding` for text) and `_handle`, an int
//! naming the open file in the interpreter's table of open files
//! ([`OpenFiles`]), which closes whatever is still open when the
//! interpreter goes.
//!
//! Invariants:
//! - Writes go straight to the operating system (nothing is buffered on
//!   the write side), so a file never loses data, whether it is closed by
//!   `close()`, by its finaliser when its last reference goes, or never.
//! - Reads take the rest of the file into `pending` at the first read;
//!   `start` is how much of it was consumed. Before a write or a seek the
//!   operating system's position is moved back to the logical position and
//!   `pending` is emptied, so the file position is always
//!   `os_position - (pending.len() - start)`.
//! - Text is decoded character by character from `pending`, so `tell()`
//!   is a byte offset and stays exact under newline translation.

mod codec;
mod descriptors;
mod methods;

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::ErrorKind;

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

use super::{NativeKind, bind};
use crate::interpreter::Interpreter;

/// A text encoding `open()` understands.
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

impl Encoding {
    fn codec(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }
}

/// What `newline=` asked for.
#[derive(Clone, Copy, PartialEq)]
enum Newline {
    /// `None`: any line ending reads as `'\n'`; `'\n'` is written as is.
    Universal,
    /// `''`: any line ending ends a line, untranslated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: only that ending ends a line, and
    /// `'\n'` is written as it.
    Fixed(&'static str),
}

/// The text layer of a text-mode file.
#[derive(Clone, Copy)]
struct Text {
    encoding: Encoding,
    errors: Errors,
    newline: Newline,
}

/// What `errors=` asked for.
#[derive(Clone, Copy, PartialEq)]
enum Errors {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
}

/// One open file.
struct OpenFile {
    /// `None` once closed.
    file: Option<File>,
    readable: bool,
    writable: bool,
    seekable: bool,
    text: Option<Text>,
    pending: Vec<u8>,
    start: usize,
}

/// The interpreter's open files: each file object holds a handle, an int,
/// into this table, which owns the OS file (closed when its entry goes, at
/// the latest with the interpreter).
#[derive(Default)]
pub(crate) struct OpenFiles {
    files: HashMap<i64, OpenFile>,
    last_handle: i64,
    /// The descriptors `os.open` made (see `descriptors.rs`).
    descriptors: HashMap<i32, File>,
}

/// The class names of the `_io` module, in the order `install` makes them.
const CLASSES: [&str; 5] = [
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
    "FileIO",
];

/// Make the `_io` classes, register the `_io` module and define `open`
/// in the builtins namespace `dict`.
pub(crate) fn install(interp: &mut Interpreter, builtins: Value) {
    let module_dict = interp.heap.new_dict();
    let name = interp.intern("_io");
    interp.dict_set_str(module_dict, "__name__", name);
    interp.heap.decref(name);
    let object = interp.classes.builtin[&pyrite_objects::BuiltinType::Object];
    for class_name in CLASSES {
        let class = make_class(interp, class_name, &[Value::Obj(object)], "_io");
        for (name, f) in methods::METHODS {
            interp.add_method(class, name, NativeKind::VmMethod(*f));
        }
        make_property(interp, class, "closed");
        interp.dict_set_str(module_dict, class_name, Value::Obj(class));
        interp.heap.decref(Value::Obj(class));
    }
    let bases = [
        Value::Obj(interp.classes.exc[&ExcKind::OSError]),
        Value::Obj(interp.classes.exc[&ExcKind::ValueError]),
    ];
    let unsupported = make_class(interp, "UnsupportedOperation", &bases, "io");
    interp.dict_set_str(module_dict, "UnsupportedOperation", Value::Obj(unsupported));
    interp.heap.decref(Value::Obj(unsupported));
    super::define(interp, module_dict, "open", builtin_open);
    if let Some(open) = interp.dict_get_str(module_dict, "open") {
        interp.dict_set_str(builtins, "open", open);
        interp.heap.decref(open);
    }
    let module = interp.new_interp("module", InterpObject::Module { dict: module_dict });
    if let Some(old) = interp.modules.insert("_io".to_string(), module) {
        interp.heap.decref(old);
    }
}

/// The in-memory streams and the base classes, written in Python.
const MEMORY_STREAMS: &str = include_str!("file/memory.py");

/// `TextIOWrapper` over any binary stream, written in Python.
const TEXT_WRAPPER: &str = include_str!("file/text_wrapper.py");

/// The `_io` module (a new reference), which `import io` also names. The
/// first import completes it with the in-memory streams (`StringIO`,
/// `BytesIO`), which are written in Python.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    let m = interp
        .modules
        .get("_io")
        .copied()
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "lost _io module"))?;
    let dict = interp.module_dict(m);
    if let Some(v) = interp.dict_get_str(dict, "StringIO") {
        interp.heap.decref(v);
    } else {
        crate::stdlib::run_python_part(interp, dict, MEMORY_STREAMS, "<frozen io>")?;
        crate::stdlib::run_python_part(interp, dict, TEXT_WRAPPER, "<frozen io>")?;
    }
    interp.heap.incref(m);
    Ok(m)
}

/// A class of the `_io` module (a new reference).
fn make_class(interp: &mut Interpreter, name: &str, bases: &[Value], module: &str) -> ObjRef {
    let dict = interp.heap.new_dict();
    let m = interp.intern(module);
    interp.dict_set_str(dict, "__module__", m);
    interp.heap.decref(m);
    crate::class::new_class_with_meta(
        interp,
        name,
        name,
        bases,
        dict,
        TypeRef::Builtin(pyrite_objects::BuiltinType::Type),
    )
    .expect("the _io classes have linear or diamond-free hierarchies, so their MRO exists")
}

/// Turn the method `name` of `class` into a read-only property.
fn make_property(interp: &mut Interpreter, class: ObjRef, name: &str) {
    let dict =
        crate::class::class_data(&interp.heap, Value::Obj(class)).map_or(Value::None, |c| c.dict);
    if let Some(fget) = interp.dict_get_str(dict, name) {
        let property = interp.new_interp(
            "property",
            InterpObject::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        interp.dict_set_str(dict, name, property);
        interp.heap.decref(property);
    }
}

/// An attribute of the `_io` module (borrowed from the registry's module).
pub(super) fn io_attr(interp: &mut Interpreter, name: &str) -> PyResult<ObjRef> {
    let module = interp.modules.get("_io").copied();
    let dict = match module
        .and_then(|m| m.as_obj())
        .map(|r| interp.heap.payload(r))
    {
        Some(Payload::Interp(o)) => match &**o {
            InterpObject::Module { dict } => *dict,
            _ => Value::None,
        },
        _ => Value::None,
    };
    let v = interp
        .dict_get_str(dict, name)
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "lost _io module"))?;
    interp.heap.decref(v);
    v.as_obj()
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "lost _io module"))
}

/// The file name `open` was given: a str, or what an `os.PathLike`
/// object's `__fspath__` returns.
fn path_of(interp: &mut Interpreter, file: Value) -> PyResult<String> {
    if let Some(path) = interp.heap.str_of(file) {
        return Ok(path.to_string());
    }
    let wrong = |interp: &Interpreter| {
        PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            interp.type_name(file)
        ))
    };
    let Some(fspath) = interp.user_special(file, "__fspath__") else {
        return Err(wrong(interp));
    };
    let result = interp.call_special(fspath, file, &[])?;
    let path = interp.heap.str_of(result).map(str::to_string);
    let kind = interp.type_name(result).to_string();
    interp.heap.decref(result);
    path.ok_or_else(|| {
        PyErr::type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {kind}",
            interp.type_name(file)
        ))
    })
}

/// The parsed `mode` argument.
struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    truncate: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let invalid = || PyErr::value_error(format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+U".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    if has('U') {
        return Err(invalid());
    }
    let kinds = ['r', 'w', 'a', 'x'].iter().filter(|c| has(**c)).count();
    if kinds > 1 {
        return Err(PyErr::value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if has('t') && has('b') {
        return Err(PyErr::value_error(
            "can't have text and binary mode at once",
        ));
    }
    if kinds == 0 {
        return Err(PyErr::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(Mode {
        read: has('r'),
        write: has('w'),
        append: has('a'),
        create: has('x'),
        truncate: has('w'),
        plus: has('+'),
        binary: has('b'),
    })
}

fn optional_str<'a>(
    interp: &'a Interpreter,
    v: Option<Value>,
    func: &str,
    arg: &str,
) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => interp.heap.str_of(v).map(Some).ok_or_else(|| {
            PyErr::type_error(format!(
                "{func}() argument '{arg}' must be str or None, not {}",
                interp.type_name(v)
            ))
        }),
    }
}

/// The OSError an operating-system failure raises, worded as CPython's.
pub(crate) fn os_error(e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let (errno, strerror) = match (e.raw_os_error(), e.kind()) {
        (Some(n), _) => (n, std_message(e)),
        (None, ErrorKind::NotFound) => (2, "No such file or directory".to_string()),
        (None, ErrorKind::PermissionDenied) => (13, "Permission denied".to_string()),
        (None, ErrorKind::AlreadyExists) => (17, "File exists".to_string()),
        (None, _) => (0, std_message(e)),
    };
    PyErr::Os {
        errno,
        strerror,
        filename: filename.map(str::to_string),
    }
}

/// The operating system's message without Rust's " (os error N)" suffix.
fn std_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None)`.
pub(super) fn builtin_open(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    for k in kwnames {
        let key = interp.heap.str_of(*k).unwrap_or("");
        if !names.contains(&key) {
            return Err(PyErr::type_error(format!(
                "'{key}' is an invalid keyword argument for open()"
            )));
        }
    }
    let a = bind(interp, "open", args, kwnames, &names, 1)?;
    let file = a[0].unwrap_or(Value::None);
    let descriptor = match file {
        Value::Int(fd) => Some(fd),
        _ => None,
    };
    let path = match descriptor {
        Some(fd) => fd.to_string(),
        None => path_of(interp, file)?,
    };
    let mode_text = match a[1] {
        None => "r".to_string(),
        Some(v) => interp.heap.str_of(v).map(str::to_string).ok_or_else(|| {
            PyErr::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                interp.type_name(v)
            ))
        })?,
    };
    let buffering = match a[2] {
        None => -1,
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => i64::from(b),
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            )));
        }
    };
    let encoding = optional_str(interp, a[3], "open", "encoding")?.map(str::to_string);
    let errors = optional_str(interp, a[4], "open", "errors")?.map(str::to_string);
    let newline = optional_str(interp, a[5], "open", "newline")?.map(str::to_string);
    let closefd = !a[6].is_some_and(|v| matches!(v, Value::Bool(false) | Value::Int(0)));
    if !closefd && descriptor.is_none() {
        return Err(PyErr::value_error(
            "Cannot use closefd=False with file name",
        ));
    }
    if a[7].is_some_and(|v| v != Value::None) {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "open(): pyrite does not support the opener argument",
        ));
    }
    let mode = parse_mode(&mode_text)?;
    if mode.binary {
        for (given, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if given.is_some() {
                return Err(PyErr::value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    } else if buffering == 0 {
        return Err(PyErr::value_error("can't have unbuffered text I/O"));
    }
    let text = if mode.binary {
        None
    } else {
        let enc = match encoding.as_deref().map(normalise_encoding) {
            None => Encoding::Utf8,
            Some(Some(e)) => e,
            Some(None) => {
                return Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown encoding: {}", encoding.as_deref().unwrap_or("")),
                ));
            }
        };
        let errs = match errors.as_deref() {
            None | Some("strict") => Errors::Strict,
            Some("replace") => Errors::Replace,
            Some("ignore") => Errors::Ignore,
            Some("backslashreplace") => Errors::BackslashReplace,
            Some(other) => {
                return Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{other}'"),
                ));
            }
        };
        let nl = match newline.as_deref() {
            None => Newline::Universal,
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Fixed("\n"),
            Some("\r") => Newline::Fixed("\r"),
            Some("\r\n") => Newline::Fixed("\r\n"),
            Some(other) => {
                return Err(PyErr::value_error(format!(
                    "illegal newline value: {other}"
                )));
            }
        };
        Some(Text {
            encoding: enc,
            errors: errs,
            newline: nl,
        })
    };
    let readable = mode.read || mode.plus;
    let writable = !mode.read || mode.plus;
    let mut options = OpenOptions::new();
    options
        .read(readable)
        .write(writable && !mode.append)
        .append(mode.append)
        .truncate(mode.truncate);
    if mode.create {
        options.create_new(true);
    } else if mode.write || mode.append {
        options.create(true);
    }
    if path.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    let mut handle = match descriptor {
        Some(fd) => interp.files.take_descriptor(fd, closefd)?,
        None => options.open(&path).map_err(|e| os_error(&e, Some(&path)))?,
    };
    if mode.append {
        std::io::Seek::seek(&mut handle, std::io::SeekFrom::End(0))
            .map_err(|e| os_error(&e, Some(&path)))?;
    }
    if handle.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(PyErr::Os {
            errno: 21,
            strerror: "Is a directory".to_string(),
            filename: Some(path),
        });
    }
    let raw_mode = {
        let base = if mode.create {
            "xb"
        } else if mode.append {
            "ab"
        } else if mode.read || mode.plus {
            "rb"
        } else {
            "wb"
        };
        if mode.plus {
            format!("{base}+")
        } else {
            base.to_string()
        }
    };
    let class_name = if text.is_some() {
        "TextIOWrapper"
    } else if buffering == 0 {
        "FileIO"
    } else if mode.plus {
        "BufferedRandom"
    } else if mode.read {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    let class = io_attr(interp, class_name)?;
    interp.files.last_handle += 1;
    let handle_id = interp.files.last_handle;
    interp.files.files.insert(
        handle_id,
        OpenFile {
            file: Some(handle),
            readable,
            writable,
            seekable: true,
            text,
            pending: Vec::new(),
            start: 0,
        },
    );
    let dict = interp.heap.new_dict();
    interp.dict_set_str(dict, "name", file);
    let shown_mode = if text.is_some() { mode_text } else { raw_mode };
    let m = interp.heap.new_str(shown_mode);
    interp.dict_set_str(dict, "mode", m);
    interp.heap.decref(m);
    if text.is_some() {
        let e = interp.heap.new_str(match encoding.as_deref() {
            None | Some("locale") => "UTF-8".to_string(),
            Some(given) => given.to_string(),
        });
        interp.dict_set_str(dict, "encoding", e);
        interp.heap.decref(e);
    }
    interp.dict_set_str(dict, "_handle", Value::Int(handle_id));
    let r = interp
        .heap
        .alloc(TypeRef::Heap(class), Payload::Instance { dict });
    interp.heap.set_has_finaliser(r);
    Ok(Value::Obj(r))
}

fn normalise_encoding(name: &str) -> Option<Encoding> {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" => Some(Encoding::Utf8),
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" | "latin" | "8859" | "cp819" => {
            Some(Encoding::Latin1)
        }
        "ascii" | "us_ascii" | "646" => Some(Encoding::Ascii),
        // The locale's encoding: this interpreter always runs in UTF-8
        // mode.
        "locale" => Some(Encoding::Utf8),
        _ => None,
    }
}
