//! The process's side of `posix`: working directory, ids, random bytes,
//! processor count, error messages.

use pyrite_objects::{PyErr, PyResult, Value};

use super::{args_of, os_error, path_arg};
use crate::interpreter::Interpreter;

pub(super) fn posix_getcwd(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "getcwd", args, kwnames, &[], 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error(&e, None))?;
    Ok(interp.heap.new_str(cwd.display().to_string()))
}

pub(super) fn posix_chdir(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "chdir", args, kwnames, &["path"], 1)?;
    let path = path_arg(interp, "chdir", "path", a[0])?;
    std::env::set_current_dir(&path).map_err(|e| os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

pub(super) fn posix_getpid(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "getpid", args, kwnames, &[], 0)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

pub(super) fn posix_getppid(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "getppid", args, kwnames, &[], 0)?;
    Ok(Value::Int(i64::from(std::os::unix::process::parent_id())))
}

/// A field of `/proc/self/status` (`Uid:` or `Gid:`): its `index`-th
/// number (0 real, 1 effective).
fn status_id(field: &str, index: usize) -> PyResult<Value> {
    let status = std::fs::read_to_string("/proc/self/status").map_err(|e| os_error(&e, None))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().nth(index))
        .and_then(|n| n.parse::<i64>().ok())
        .map(Value::Int)
        .ok_or_else(|| PyErr::new(pyrite_objects::ExcKind::OSError, "no process ids"))
}

pub(super) fn posix_getuid(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "getuid", args, kwnames, &[], 0)?;
    status_id("Uid:", 0)
}

pub(super) fn posix_geteuid(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "geteuid", args, kwnames, &[], 0)?;
    status_id("Uid:", 1)
}

pub(super) fn posix_getgid(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "getgid", args, kwnames, &[], 0)?;
    status_id("Gid:", 0)
}

pub(super) fn posix_getegid(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "getegid", args, kwnames, &[], 0)?;
    status_id("Gid:", 1)
}

/// `urandom(size)`: bytes from the system's random source.
pub(super) fn posix_urandom(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "urandom", args, kwnames, &["size"], 1)?;
    let n = crate::stdlib::args::int_arg(interp, a[0].unwrap_or(Value::None))?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut f = std::fs::File::open("/dev/urandom").map_err(|e| os_error(&e, None))?;
    std::io::Read::read_exact(&mut f, &mut buf).map_err(|e| os_error(&e, None))?;
    Ok(interp.heap.new_bytes(buf))
}

pub(super) fn posix_cpu_count(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "cpu_count", args, kwnames, &[], 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

/// `strerror(code)`: the system's message for an error number.
pub(super) fn posix_strerror(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "strerror", args, kwnames, &["code"], 1)?;
    let code = crate::stdlib::args::int_arg(interp, a[0].unwrap_or(Value::None))?;
    let code = i32::try_from(code).map_err(|_| {
        PyErr::new(
            pyrite_objects::ExcKind::OverflowError,
            "signed integer is greater than maximum",
        )
    })?;
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let text = match text.rfind(" (os error") {
        Some(i) => &text[..i],
        None => &text,
    };
    Ok(interp.heap.new_str(text))
}

/// `uname()`: `(sysname, nodename, release, version, machine)`, read
/// from the kernel's files under `/proc/sys/kernel`.
pub(super) fn posix_uname(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    args_of(interp, "uname", args, kwnames, &[], 0)?;
    let kernel = |name: &str| {
        std::fs::read_to_string(format!("/proc/sys/kernel/{name}"))
            .map(|s| s.trim_end().to_string())
            .unwrap_or_default()
    };
    let fields = [
        kernel("ostype"),
        kernel("hostname"),
        kernel("osrelease"),
        kernel("version"),
        std::env::consts::ARCH.to_string(),
    ];
    let items = fields
        .iter()
        .map(|s| interp.heap.new_str(s.as_str()))
        .collect();
    Ok(interp.heap.new_tuple(items))
}

/// `_exit(status)`: end the process at once, with no clean-up (no
/// `finally` blocks, no `atexit` functions, no flushing).
pub(super) fn posix_exit(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "_exit", args, kwnames, &["status"], 1)?;
    let status = crate::stdlib::args::int_arg(interp, a[0].unwrap_or(Value::None))?;
    std::process::exit(i32::try_from(status).unwrap_or(-1))
}
