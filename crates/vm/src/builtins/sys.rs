//! The `sys` module: `argv`, the standard streams, the recursion limit,
//! `exc_info()`, `_getframe()`, `exit()`, `maxsize`, `modules`, `path`,
//! `dont_write_bytecode`, `excepthook`, the int/str conversion limit, the
//! audit hooks (`audit()`, `addaudithook()`: the interpreter raises no
//! audit events of its own, only those Python code raises and
//! `sys.addaudithook`; see `builtins::audit`), and
//! facts about the interpreter and the platform. The named structures
//! (`version_info`, `flags`, `float_info`, …), `implementation` and
//! `displayhook` are written in Python (`stdlib/sys/pure.py`).
//!
//! The module is made in two steps, so that a program that never imports
//! `sys` never pays for the part in Python (most of the module's cost):
//! - [`module`], for the interpreter's own needs (`sys.modules` when
//!   `__main__` is registered, `sys.stdout` when `print` writes, `sys.path`
//!   when importing), makes the native part on first use;
//! - [`imported`], for `import sys` and anything that hands the module to
//!   a program, then runs the part in Python in its namespace, once, and
//!   records the module in `sys.modules`.
//!
//! Invariant: until [`imported`] has run, no Python code holds the module
//! or its namespace (only `sys.modules`, `sys.path` and the streams, which
//! are native values, were handed out), so no program can see the module
//! without its Python part. The part in Python may import nothing that
//! needs `sys` before it is complete.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, TypeRef, Value};

use super::{NativeFn, NativeKind, bind, define};
use crate::generator::{sys_get_asyncgen_hooks, sys_set_asyncgen_hooks};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getrecursionlimit", sys_getrecursionlimit),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("exc_info", sys_exc_info),
    ("exception", sys_exception),
    ("_getframe", sys_getframe),
    ("exit", sys_exit),
    ("getrefcount", sys_getrefcount),
    ("getsizeof", sys_getsizeof),
    ("intern", sys_intern),
    ("settrace", sys_settrace),
    ("gettrace", sys_gettrace),
    ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
    ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
    ("getdefaultencoding", sys_getdefaultencoding),
    ("getfilesystemencoding", sys_getdefaultencoding),
    ("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
    ("is_finalizing", sys_is_finalizing),
    ("excepthook", sys_excepthook),
    ("getallocatedblocks", sys_getallocatedblocks),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
    ("audit", super::audit::sys_audit),
    ("addaudithook", super::audit::sys_addaudithook),
];

/// The part of the module written in Python.
const PYTHON_PART: &str = include_str!("../stdlib/sys/pure.py");

/// The modules built into the binary (`sys.builtin_module_names`).
const BUILTIN_MODULE_NAMES: &[&str] = &[
    "_ast",
    "_functools",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_opcode",
    "_operator",
    "_struct",
    "_symtable",
    "_tokenize",
    "_weakref",
    "atexit",
    "binascii",
    "builtins",
    "errno",
    "gc",
    "itertools",
    "math",
    "posix",
    "sys",
    "time",
    "unicodedata",
    "zlib",
];

/// Whether `name` is one of the modules built into the binary.
pub(crate) fn is_builtin_module_name(name: &str) -> bool {
    BUILTIN_MODULE_NAMES.binary_search(&name).is_ok()
}

pub(super) fn install(interp: &mut Interpreter) {
    let class = interp.named_class("TextIOWrapper");
    interp.add_method(class, "write", NativeKind::VmMethod(stream_write));
    interp.add_method(class, "flush", NativeKind::VmMethod(stream_flush));
}

/// `import sys`: the whole module (a new reference), its part in Python
/// run the first time and the module recorded in `sys.modules`.
pub(super) fn imported(interp: &mut Interpreter) -> Value {
    let m = module(interp);
    if interp.import.sys_python_part_run {
        return m;
    }
    interp.import.sys_python_part_run = true;
    let dict = interp.module_dict(m);
    if let Some(modules) = interp.dict_get_str(dict, "modules") {
        interp.dict_set_str(modules, "sys", m);
        interp.heap.decref(modules);
    }
    if let Err(e) = crate::stdlib::run_python_part(interp, dict, PYTHON_PART, "<frozen sys>") {
        interp.drop_error(e);
    }
    m
}

/// The `sys` module's native part, made on first use and kept in the
/// builtins' registry of modules (a new reference). Only the interpreter's
/// own machinery takes the module from here; see the module docs.
pub(crate) fn module(interp: &mut Interpreter) -> Value {
    if let Some(m) = interp.modules.get("sys") {
        let m = *m;
        interp.heap.incref(m);
        return m;
    }
    let dict = interp.heap.new_dict();
    let name = interp.intern("sys");
    interp.dict_set_str(dict, "__name__", name);
    interp.heap.decref(name);
    for (n, f) in FUNCTIONS {
        define(interp, dict, n, *f);
    }
    let argv: Vec<Value> = interp
        .config
        .argv
        .clone()
        .iter()
        .map(|a| interp.heap.new_str(a.as_str()))
        .collect();
    let argv = interp.heap.new_list(argv);
    interp.dict_set_str(dict, "argv", argv);
    interp.heap.decref(argv);
    for (attr, label) in [("stdout", "<stdout>"), ("stderr", "<stderr>")] {
        let s = new_stream(interp, label);
        interp.dict_set_str(dict, attr, s);
        let dunder = if attr == "stdout" {
            "__stdout__"
        } else {
            "__stderr__"
        };
        interp.dict_set_str(dict, dunder, s);
        interp.heap.decref(s);
    }
    interp.dict_set_str(dict, "maxsize", Value::Int(i64::MAX));
    let version = [3, 11, 7].map(Value::Int).to_vec();
    let mut vi = version;
    vi.push(interp.intern("final"));
    vi.push(Value::Int(0));
    let vi = interp.heap.new_tuple(vi);
    interp.dict_set_str(dict, "version_info", vi);
    interp.heap.decref(vi);
    let script_dir = interp.import.script_dir.clone();
    let dir = interp.heap.new_str(script_dir.as_str());
    let stdlib = interp.heap.new_str(crate::stdlib::bundled::STDLIB_ENTRY);
    let mut entries = vec![dir];
    for extra in interp.config.python_path.clone() {
        entries.push(interp.heap.new_str(extra));
    }
    entries.push(stdlib);
    let path = interp.heap.new_list(entries);
    interp.dict_set_str(dict, "path", path);
    interp.heap.decref(path);
    let dont_write = Value::Bool(interp.config.dont_write_bytecode);
    interp.dict_set_str(dict, "dont_write_bytecode", dont_write);
    let platform = interp.intern("linux");
    interp.dict_set_str(dict, "platform", platform);
    interp.heap.decref(platform);
    let builtins = interp.builtins_module;
    let modules = interp.heap.new_dict();
    interp.dict_set_str(modules, "builtins", builtins);
    interp.dict_set_str(dict, "modules", modules);
    interp.heap.decref(modules);
    set_facts(interp, dict);
    let m = interp.new_interp("module", InterpObject::Module { dict });
    interp.heap.incref(m);
    interp.modules.insert("sys".into(), m);
    m
}

/// The plain values describing the interpreter and the platform.
fn set_facts(interp: &mut Interpreter, dict: Value) {
    let strings = [
        ("byteorder", "little"),
        ("float_repr_style", "short"),
        ("abiflags", ""),
        ("platlibdir", "lib"),
        ("prefix", "/usr/local"),
        ("base_prefix", "/usr/local"),
        ("exec_prefix", "/usr/local"),
        ("base_exec_prefix", "/usr/local"),
        (
            "copyright",
            "Copyright (c) pyrite authors.\nAll Rights Reserved.",
        ),
    ];
    for (name, text) in strings {
        let v = interp.heap.new_str(text);
        interp.dict_set_str(dict, name, v);
        interp.heap.decref(v);
    }
    let executable = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let executable = interp.heap.new_str(executable);
    interp.dict_set_str(dict, "executable", executable);
    interp.heap.decref(executable);
    interp.dict_set_str(dict, "maxunicode", Value::Int(0x10FFFF));
    interp.dict_set_str(dict, "_hash_randomization", Value::Int(0));
    interp.dict_set_str(dict, "pycache_prefix", Value::None);
    let names: Vec<Value> = BUILTIN_MODULE_NAMES
        .iter()
        .map(|n| interp.heap.new_str(*n))
        .collect();
    let names = interp.heap.new_tuple(names);
    interp.dict_set_str(dict, "builtin_module_names", names);
    interp.heap.decref(names);
    let argv = interp.dict_get_str(dict, "argv").unwrap_or(Value::None);
    let orig: Vec<Value> = argv
        .as_obj()
        .and_then(|r| interp.heap.list_items(r))
        .map(|l| l.to_values())
        .unwrap_or_default();
    interp.heap.decref(argv);
    for v in &orig {
        interp.heap.incref(*v);
    }
    let orig = interp.heap.new_list(orig);
    interp.dict_set_str(dict, "orig_argv", orig);
    interp.heap.decref(orig);
    for name in ["warnoptions", "meta_path", "path_hooks"] {
        let list = interp.heap.new_list(Vec::new());
        interp.dict_set_str(dict, name, list);
        interp.heap.decref(list);
    }
    for name in ["_xoptions", "path_importer_cache"] {
        let d = interp.heap.new_dict();
        interp.dict_set_str(dict, name, d);
        interp.heap.decref(d);
    }
    if let Some(hook) = interp.dict_get_str(dict, "excepthook") {
        interp.dict_set_str(dict, "__excepthook__", hook);
        interp.heap.decref(hook);
    }
    let stdin = new_stdin(interp);
    interp.dict_set_str(dict, "stdin", stdin);
    interp.dict_set_str(dict, "__stdin__", stdin);
    interp.heap.decref(stdin);
}

/// `sys.stdin`: the process's standard input opened as a text file named
/// `<stdin>`, or `None` when there is none.
fn new_stdin(interp: &mut Interpreter) -> Value {
    let path = interp.heap.new_str("/dev/stdin");
    let file = match super::file::builtin_open(interp, &[path], &[]) {
        Ok(f) => f,
        Err(e) => {
            interp.drop_error(e);
            Value::None
        }
    };
    interp.heap.decref(path);
    if let Some(dict) = interp.instance_dict(file) {
        let name = interp.heap.new_str("<stdin>");
        interp.dict_set_str(dict, "name", name);
        interp.heap.decref(name);
    }
    file
}

fn new_stream(interp: &mut Interpreter, label: &str) -> Value {
    let class = interp.named_class("TextIOWrapper");
    let dict = interp.heap.new_dict();
    let name = interp.heap.new_str(label);
    interp.dict_set_str(dict, "name", name);
    interp.heap.decref(name);
    Value::Obj(
        interp
            .heap
            .alloc(TypeRef::Heap(class), Payload::Instance { dict }),
    )
}

/// 1 for a `sys.stdout` object, 2 for `sys.stderr`, `None` for anything else.
pub(crate) fn stream_fd(interp: &mut Interpreter, v: Value) -> Option<i32> {
    let class = interp.named_class("TextIOWrapper");
    if interp.class_of(v) != class {
        return None;
    }
    let dict = interp.instance_dict(v)?;
    let name = interp.dict_get_str(dict, "name")?;
    let fd = match interp.heap.str_of(name) {
        Some("<stderr>") => 2,
        _ => 1,
    };
    interp.heap.decref(name);
    Some(fd)
}

fn stream_write(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [stream, text] = args else {
        return Err(PyErr::type_error("write() takes exactly one argument"));
    };
    if let Some(s) = interp.heap.str_payload(*text)
        && s.has_surrogates()
    {
        let count = s.char_len();
        super::functions::print_surrogates(interp, &[*text], "", "", *stream)?;
        return Ok(Value::Int(count as i64));
    }
    let Some(s) = interp.heap.str_of(*text).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            interp.type_name(*text)
        )));
    };
    if stream_fd(interp, *stream) == Some(2) {
        interp.write_stderr(&s);
    } else {
        interp.write_stdout(&s);
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(interp: &mut Interpreter, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    interp.flush();
    Ok(Value::None)
}

fn sys_getrecursionlimit(
    interp: &mut Interpreter,
    _args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    Ok(Value::Int(interp.recursion_limit as i64))
}

fn sys_setrecursionlimit(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let [v] = args else {
        return Err(PyErr::type_error(format!(
            "setrecursionlimit() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let n = interp.index_of(*v, "an integer is required, not")?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if (n as usize) <= interp.depth {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                interp.depth
            ),
        ));
    }
    interp.recursion_limit = n as usize;
    Ok(Value::None)
}

fn sys_exc_info(interp: &mut Interpreter, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let exc = interp.exc_info;
    if exc == Value::None {
        return Ok(interp
            .heap
            .new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let ty = interp.type_value(exc);
    let tb = interp
        .exception_data(exc)
        .map_or(Value::None, |e| e.traceback);
    interp.heap.incref(exc);
    interp.heap.incref(tb);
    Ok(interp.heap.new_tuple(vec![ty, exc, tb]))
}

fn sys_exception(interp: &mut Interpreter, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let exc = interp.exc_info;
    interp.heap.incref(exc);
    Ok(exc)
}

fn sys_getframe(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let depth = match args.first() {
        Some(v) => interp.index_of(*v, "an integer is required, not")?,
        None => 0,
    };
    let mut f = interp.current;
    for _ in 0..depth.max(0) {
        f = f.and_then(|fid| interp.frames[fid].back);
    }
    match f {
        Some(fid) => Ok(interp.frame_view(fid)),
        None => Err(PyErr::value_error("call stack is not deep enough")),
    }
}

fn sys_exit(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let class = interp.classes.exc[&ExcKind::SystemExit];
    Err(PyErr::Raised(interp.new_exception(class, args)))
}

/// `sys.getsizeof(object[, default])`: the object's `__sizeof__` if its
/// class defines one, else the bytes pyrite's heap really uses for it (the
/// object header, its payload and the buffers it owns, counting spare
/// capacity) — pyrite's sizes, not CPython's.
fn sys_getsizeof(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(
        interp,
        "getsizeof",
        args,
        kwnames,
        &["object", "default"],
        1,
    )?;
    let v = bound[0].unwrap_or(Value::None);
    let Some(f) = interp.user_special(v, "__sizeof__") else {
        return Ok(Value::Int(interp.heap.size_of(v) as i64));
    };
    match interp.call_special(f, v, &[]) {
        Ok(Value::Int(n)) if n >= 0 => Ok(Value::Int(n)),
        Ok(Value::Int(_)) => Err(PyErr::value_error("__sizeof__() should return >= 0")),
        Ok(other) => {
            interp.heap.decref(other);
            match bound[1] {
                Some(d) => {
                    interp.heap.incref(d);
                    Ok(d)
                }
                None => Err(PyErr::type_error("an integer is required")),
            }
        }
        Err(e) => match bound[1] {
            Some(d) if interp.error_is(&e, pyrite_objects::ExcKind::TypeError) => {
                interp.drop_error(e);
                interp.heap.incref(d);
                Ok(d)
            }
            _ => Err(e),
        },
    }
}

fn sys_getrefcount(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let [v] = args else {
        return Err(PyErr::type_error(
            "getrefcount() takes exactly one argument",
        ));
    };
    Ok(Value::Int(
        interp.heap.refcount(*v).map_or(1 << 30, |n| n as i64 + 1),
    ))
}

fn sys_intern(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [v] = args else {
        return Err(PyErr::type_error("intern() takes exactly one argument"));
    };
    match interp.heap.str_of(*v).map(str::to_string) {
        Some(s) => Ok(interp.intern(&s)),
        None => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            interp.type_name(*v)
        ))),
    }
}

fn sys_settrace(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [f] = args else {
        return Err(PyErr::type_error(format!(
            "settrace() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    interp.settrace(*f);
    Ok(Value::None)
}

fn sys_gettrace(interp: &mut Interpreter, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let f = interp.trace_func;
    interp.heap.incref(f);
    Ok(f)
}

fn sys_getdefaultencoding(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    bind(interp, "getdefaultencoding", args, kwnames, &[], 0)?;
    Ok(interp.intern("utf-8"))
}

fn sys_getfilesystemencodeerrors(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    bind(interp, "getfilesystemencodeerrors", args, kwnames, &[], 0)?;
    Ok(interp.intern("surrogateescape"))
}

/// `sys.is_finalizing()`: false while a program can ask.
fn sys_is_finalizing(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    bind(interp, "is_finalizing", args, kwnames, &[], 0)?;
    Ok(Value::Bool(false))
}

/// `sys.excepthook(type, value, traceback)`: write the report the
/// interpreter prints for an uncaught exception to `sys.stderr`.
fn sys_excepthook(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("excepthook() takes no keyword arguments"));
    }
    let [_, value, _] = args else {
        return Err(PyErr::type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.len()
        )));
    };
    let report = if interp.exception_data(*value).is_some() {
        interp.format_exception(*value)
    } else {
        return Err(PyErr::type_error(format!(
            "print_exception(): Exception expected for value, {} found",
            interp.type_name(*value)
        )));
    };
    interp.write_error_report(&report);
    Ok(Value::None)
}

/// `sys.getallocatedblocks()`: the objects alive on the heap.
fn sys_getallocatedblocks(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    bind(interp, "getallocatedblocks", args, kwnames, &[], 0)?;
    Ok(Value::Int(interp.heap.live_objects() as i64))
}

fn sys_get_int_max_str_digits(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    bind(interp, "get_int_max_str_digits", args, kwnames, &[], 0)?;
    Ok(Value::Int(interp.heap.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 lifts the limit; otherwise
/// it must be at least CPython's threshold, 640.
fn sys_set_int_max_str_digits(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let bound = bind(
        interp,
        "set_int_max_str_digits",
        args,
        kwnames,
        &["maxdigits"],
        1,
    )?;
    let v = bound[0].unwrap_or(Value::None);
    let n = crate::stdlib::args::int_arg(interp, v)?;
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
    }
    interp.heap.int_max_str_digits = n as usize;
    Ok(Value::None)
}
