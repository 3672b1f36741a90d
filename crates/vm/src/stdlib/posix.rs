//! The `posix` module: the operating-system calls `os` is written over
//! (files and directories, the process, the environment). Paths are str
//! (the `os` module turns path-like objects into str first); failures are
//! `OSError`s worded as CPython's (`[Errno 2] No such file or directory:
//! 'x'`).
//!
//! Invariants:
//! - Nothing here changes the process's real environment: `environ` is
//!   the environment as the program started, copied into a dict that
//!   `os.environ` wraps.
//! - `_stat` returns a plain tuple of the raw fields; `os.stat_result`
//!   (Python) gives them names.

use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use crate::builtins::file::os_error;
use crate::builtins::{NativeFn, bind, define};
use crate::interpreter::Interpreter;

mod fd;
mod fs;
mod process;
mod spawn;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", process::posix_getcwd),
    ("chdir", process::posix_chdir),
    ("getpid", process::posix_getpid),
    ("getppid", process::posix_getppid),
    ("getuid", process::posix_getuid),
    ("geteuid", process::posix_geteuid),
    ("getgid", process::posix_getgid),
    ("getegid", process::posix_getegid),
    ("urandom", process::posix_urandom),
    ("cpu_count", process::posix_cpu_count),
    ("strerror", process::posix_strerror),
    ("uname", process::posix_uname),
    ("listdir", fs::posix_listdir),
    ("_stat", fs::posix_stat),
    ("mkdir", fs::posix_mkdir),
    ("rmdir", fs::posix_rmdir),
    ("unlink", fs::posix_unlink),
    ("remove", fs::posix_unlink),
    ("rename", fs::posix_rename),
    ("replace", fs::posix_rename),
    ("readlink", fs::posix_readlink),
    ("symlink", fs::posix_symlink),
    ("chmod", fs::posix_chmod),
    ("access", fs::posix_access),
    ("truncate", fs::posix_truncate),
    ("_utime", fs::posix_utime),
    ("link", fs::posix_link),
    ("open", fd::posix_open),
    ("close", fd::posix_close),
    ("read", fd::posix_read),
    ("write", fd::posix_write),
    ("lseek", fd::posix_lseek),
    ("fsync", fd::posix_fsync),
    ("_run_child", spawn::posix_run_child),
    ("_exit", process::posix_exit),
];

/// The `posix` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "posix", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        let environ = interp.heap.new_dict();
        for (key, value) in std::env::vars_os() {
            let (Some(key), Some(value)) = (key.to_str(), value.to_str()) else {
                continue;
            };
            let value = interp.heap.new_str(value);
            interp.dict_set_str(environ, key, value);
            interp.heap.decref(value);
        }
        interp.dict_set_str(dict, "environ", environ);
        interp.heap.decref(environ);
        for (name, value) in [("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1)] {
            interp.dict_set_str(dict, name, Value::Int(value));
        }
        for (name, value) in fd::OPEN_FLAGS {
            interp.dict_set_str(dict, name, Value::Int(*value));
        }
        Ok(())
    })
}

/// The path argument `name` of `func`: a str.
fn path_arg(interp: &Interpreter, func: &str, name: &str, v: Option<Value>) -> PyResult<String> {
    let v = v.unwrap_or(Value::None);
    interp.heap.str_of(v).map(str::to_string).ok_or_else(|| {
        PyErr::type_error(format!(
            "{func}: {name} should be string, bytes or os.PathLike, not {}",
            interp.type_name(v)
        ))
    })
}

/// The arguments of `func` bound to `names` (the first `required` needed).
fn args_of(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    bind(interp, func, args, kwnames, names, required)
}

/// An `OSError` naming two files (`rename`, `symlink`): `'a' -> 'b'`.
fn os_error2(interp: &mut Interpreter, e: &std::io::Error, src: &str, dst: &str) -> PyErr {
    let PyErr::Os {
        errno, strerror, ..
    } = os_error(e, None)
    else {
        return PyErr::new(ExcKind::OSError, e.to_string());
    };
    let args = vec![
        Value::Int(i64::from(errno)),
        interp.heap.new_str(strerror),
        interp.heap.new_str(src),
        Value::None,
        interp.heap.new_str(dst),
    ];
    let class = interp.classes.exc[&ExcKind::OSError];
    let exc = interp.new_exception(class, &args);
    for v in args {
        interp.heap.decref(v);
    }
    PyErr::Raised(exc)
}
