//! File descriptors: `open`, `read`, `write`, `lseek`, `fsync`, `close`.
//! A descriptor `open` makes is kept in the interpreter's table of
//! descriptors (`builtins::file::descriptors`) until `close`; descriptors
//! 0, 1 and 2 are the process's standard streams.

use std::fs::OpenOptions;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;

use pyrite_objects::{PyErr, PyResult, Value};

use super::{args_of, os_error, path_arg};
use crate::interpreter::Interpreter;
use crate::stdlib::args::int_arg;

/// The `O_*` flags `open` understands, with Linux's values.
pub(super) const OPEN_FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_ACCMODE", 3),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_NDELAY", 0o4000),
    ("O_DSYNC", 0o10000),
    ("O_SYNC", 0o4010000),
    ("O_DIRECTORY", 0o200000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
];

const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;

/// An int argument, or 0 when absent.
fn int_or(interp: &mut Interpreter, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => int_arg(interp, v),
        None => Ok(default),
    }
}

/// `open(path, flags, mode=0o777)`: a new descriptor.
pub(super) fn posix_open(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "open", args, kwnames, &["path", "flags", "mode"], 2)?;
    let path = path_arg(interp, "open", "path", a[0])?;
    let flags = int_or(interp, a[1], 0)?;
    let mode = int_or(interp, a[2], 0o777)?;
    let access = flags & 3;
    let mut options = OpenOptions::new();
    options
        .read(access == 0 || access == 2)
        .write(access == 1 || access == 2 || flags & (O_TRUNC | O_CREAT) != 0)
        .append(flags & O_APPEND != 0)
        .truncate(flags & O_TRUNC != 0)
        .mode(u32::try_from(mode & 0o7777).unwrap_or(0o777))
        .custom_flags(
            i32::try_from(flags & !(3 | O_CREAT | O_EXCL | O_TRUNC | O_APPEND)).unwrap_or(0),
        );
    if flags & O_CREAT != 0 {
        if flags & O_EXCL != 0 {
            options.create_new(true);
        } else {
            options.create(true);
        }
    }
    let file = options.open(&path).map_err(|e| os_error(&e, Some(&path)))?;
    Ok(Value::Int(i64::from(interp.files.add_descriptor(file))))
}

/// `close(fd)`.
pub(super) fn posix_close(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "close", args, kwnames, &["fd"], 1)?;
    let fd = int_or(interp, a[0], -1)?;
    interp.files.close_descriptor(fd)?;
    Ok(Value::None)
}

/// `read(fd, n)`: at most `n` bytes (empty at the end of the file).
pub(super) fn posix_read(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "read", args, kwnames, &["fd", "length"], 2)?;
    let fd = int_or(interp, a[0], -1)?;
    let n = int_or(interp, a[1], 0)?;
    let n = usize::try_from(n).map_err(|_| PyErr::value_error("negative length"))?;
    let mut buf = vec![0u8; n];
    let got = if fd == 0 {
        std::io::stdin().read(&mut buf)
    } else {
        interp.files.descriptor(fd)?.read(&mut buf)
    }
    .map_err(|e| os_error(&e, None))?;
    buf.truncate(got);
    Ok(interp.heap.new_bytes(buf))
}

/// `write(fd, data)`: the count of bytes written.
pub(super) fn posix_write(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "write", args, kwnames, &["fd", "data"], 2)?;
    let fd = int_or(interp, a[0], -1)?;
    let data = a[1].unwrap_or(Value::None);
    let bytes = match data.as_obj().map(|r| interp.heap.payload(r)) {
        Some(pyrite_objects::Payload::Bytes(b)) => b.to_vec(),
        Some(pyrite_objects::Payload::ByteArray(b)) => b.clone(),
        _ => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                interp.type_name(data)
            )));
        }
    };
    let result = match fd {
        1 => write_flushed(&mut std::io::stdout(), &bytes),
        2 => write_flushed(&mut std::io::stderr(), &bytes),
        _ => interp.files.descriptor(fd)?.write(&bytes),
    };
    let n = result.map_err(|e| os_error(&e, None))?;
    Ok(Value::Int(n as i64))
}

fn write_flushed(out: &mut impl Write, bytes: &[u8]) -> std::io::Result<usize> {
    let n = out.write(bytes)?;
    out.flush()?;
    Ok(n)
}

/// `lseek(fd, position, whence)`: the new position.
pub(super) fn posix_lseek(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(
        interp,
        "lseek",
        args,
        kwnames,
        &["fd", "position", "whence"],
        3,
    )?;
    let fd = int_or(interp, a[0], -1)?;
    let position = int_or(interp, a[1], 0)?;
    let whence = int_or(interp, a[2], 0)?;
    let to = match whence {
        0 => SeekFrom::Start(u64::try_from(position).map_err(|_| invalid_argument())?),
        1 => SeekFrom::Current(position),
        2 => SeekFrom::End(position),
        _ => return Err(invalid_argument()),
    };
    let at = interp
        .files
        .descriptor(fd)?
        .seek(to)
        .map_err(|e| os_error(&e, None))?;
    Ok(Value::Int(at as i64))
}

/// `fsync(fd)`: push the file's data to the device.
pub(super) fn posix_fsync(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "fsync", args, kwnames, &["fd"], 1)?;
    let fd = int_or(interp, a[0], -1)?;
    interp
        .files
        .descriptor(fd)?
        .sync_all()
        .map_err(|e| os_error(&e, None))?;
    Ok(Value::None)
}

fn invalid_argument() -> PyErr {
    PyErr::Os {
        errno: 22,
        strerror: "Invalid argument".to_string(),
        filename: None,
    }
}
