//! The file-system side of `posix`: directories, file status, links,
//! renaming and removing.

use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

use pyrite_objects::{PyResult, Value};

use super::{args_of, os_error, os_error2, path_arg};
use crate::interpreter::Interpreter;

/// `listdir(path='.')`: the names in a directory, in the order the system
/// gives them.
pub(super) fn posix_listdir(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "listdir", args, kwnames, &["path"], 0)?;
    let path = match a[0] {
        None | Some(Value::None) => ".".to_string(),
        v => path_arg(interp, "listdir", "path", v)?,
    };
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(&e, Some(&path)))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, Some(&path)))?;
        names.push(
            interp
                .heap
                .new_str(entry.file_name().to_string_lossy().into_owned()),
        );
    }
    Ok(interp.heap.new_list(names))
}

/// `_stat(path, follow_symlinks)`: `(mode, ino, dev, nlink, uid, gid,
/// size, atime, mtime, ctime, atime_f, mtime_f, ctime_f, atime_ns,
/// mtime_ns, ctime_ns, blksize, blocks, rdev)`.
pub(super) fn posix_stat(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(
        interp,
        "stat",
        args,
        kwnames,
        &["path", "follow_symlinks"],
        1,
    )?;
    let path = path_arg(interp, "stat", "path", a[0])?;
    let follow = match a[1] {
        Some(v) => interp.truthy(v)?,
        None => true,
    };
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    }
    .map_err(|e| os_error(&e, Some(&path)))?;
    let times = [
        (meta.atime(), meta.atime_nsec()),
        (meta.mtime(), meta.mtime_nsec()),
        (meta.ctime(), meta.ctime_nsec()),
    ];
    let mut items = vec![
        Value::Int(i64::from(meta.mode())),
        Value::Int(meta.ino() as i64),
        Value::Int(meta.dev() as i64),
        Value::Int(meta.nlink() as i64),
        Value::Int(i64::from(meta.uid())),
        Value::Int(i64::from(meta.gid())),
        Value::Int(meta.size() as i64),
    ];
    items.extend(times.iter().map(|(s, _)| Value::Int(*s)));
    items.extend(
        times
            .iter()
            .map(|(s, ns)| Value::Float(*s as f64 + *ns as f64 * 1e-9)),
    );
    for (s, ns) in times {
        items.push(Value::Int(
            s.saturating_mul(1_000_000_000).saturating_add(ns),
        ));
    }
    items.push(Value::Int(meta.blksize() as i64));
    items.push(Value::Int(meta.blocks() as i64));
    items.push(Value::Int(meta.rdev() as i64));
    Ok(interp.heap.new_tuple(items))
}

/// `mkdir(path, mode=0o777)`.
pub(super) fn posix_mkdir(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "mkdir", args, kwnames, &["path", "mode"], 1)?;
    let path = path_arg(interp, "mkdir", "path", a[0])?;
    let mode = match a[1] {
        Some(v) => crate::stdlib::args::int_arg(interp, v)?,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(&path)
        .map_err(|e| os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

/// `rmdir(path)`: remove an empty directory.
pub(super) fn posix_rmdir(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "rmdir", args, kwnames, &["path"], 1)?;
    let path = path_arg(interp, "rmdir", "path", a[0])?;
    std::fs::remove_dir(&path).map_err(|e| os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

/// `unlink(path)` / `remove(path)`: remove a file.
pub(super) fn posix_unlink(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "remove", args, kwnames, &["path"], 1)?;
    let path = path_arg(interp, "remove", "path", a[0])?;
    std::fs::remove_file(&path).map_err(|e| os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

/// `rename(src, dst)` / `replace(src, dst)` (the same on POSIX).
pub(super) fn posix_rename(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "rename", args, kwnames, &["src", "dst"], 2)?;
    let src = path_arg(interp, "rename", "src", a[0])?;
    let dst = path_arg(interp, "rename", "dst", a[1])?;
    std::fs::rename(&src, &dst).map_err(|e| os_error2(interp, &e, &src, &dst))?;
    Ok(Value::None)
}

pub(super) fn posix_readlink(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "readlink", args, kwnames, &["path"], 1)?;
    let path = path_arg(interp, "readlink", "path", a[0])?;
    let target = std::fs::read_link(&path).map_err(|e| os_error(&e, Some(&path)))?;
    Ok(interp.heap.new_str(target.display().to_string()))
}

pub(super) fn posix_symlink(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "symlink", args, kwnames, &["src", "dst"], 2)?;
    let src = path_arg(interp, "symlink", "src", a[0])?;
    let dst = path_arg(interp, "symlink", "dst", a[1])?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error2(interp, &e, &src, &dst))?;
    Ok(Value::None)
}

pub(super) fn posix_chmod(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "chmod", args, kwnames, &["path", "mode"], 2)?;
    let path = path_arg(interp, "chmod", "path", a[0])?;
    let mode = crate::stdlib::args::int_arg(interp, a[1].unwrap_or(Value::None))?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

pub(super) fn posix_truncate(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "truncate", args, kwnames, &["path", "length"], 2)?;
    let path = path_arg(interp, "truncate", "path", a[0])?;
    let length = crate::stdlib::args::int_arg(interp, a[1].unwrap_or(Value::None))?;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .map_err(|e| os_error(&e, Some(&path)))?;
    file.set_len(length.max(0) as u64)
        .map_err(|e| os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

/// `access(path, mode)`: whether the process may use the file as `mode`
/// (`F_OK`, or a mix of `R_OK`, `W_OK`, `X_OK`) asks, judged from the
/// file's permission bits and the process's real ids.
pub(super) fn posix_access(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "access", args, kwnames, &["path", "mode"], 2)?;
    let path = path_arg(interp, "access", "path", a[0])?;
    let mode = crate::stdlib::args::int_arg(interp, a[1].unwrap_or(Value::None))?;
    let Ok(meta) = std::fs::metadata(&path) else {
        return Ok(Value::Bool(false));
    };
    let ids = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let id = |field: &str| {
        ids.lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|r| r.split_whitespace().next())
            .and_then(|n| n.parse::<u32>().ok())
    };
    let bits = meta.mode();
    let granted = if id("Uid:") == Some(0) {
        // The superuser may read and write anything, and execute what
        // anyone may execute.
        6 | u32::from(bits & 0o111 != 0)
    } else if id("Uid:") == Some(meta.uid()) {
        (bits >> 6) & 7
    } else if id("Gid:") == Some(meta.gid()) {
        (bits >> 3) & 7
    } else {
        bits & 7
    };
    Ok(Value::Bool((mode as u32 & 7) & !granted == 0))
}

/// `_utime(path, atime_ns, mtime_ns)`: set the access and modification
/// times (`os.utime` works out the nanoseconds).
pub(super) fn posix_utime(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(
        interp,
        "utime",
        args,
        kwnames,
        &["path", "atime_ns", "mtime_ns"],
        3,
    )?;
    let path = path_arg(interp, "utime", "path", a[0])?;
    let atime = crate::stdlib::args::int_arg(interp, a[1].unwrap_or(Value::None))?;
    let mtime = crate::stdlib::args::int_arg(interp, a[2].unwrap_or(Value::None))?;
    let at = |ns: i64| {
        let since = std::time::Duration::from_nanos(ns.unsigned_abs());
        if ns >= 0 {
            std::time::UNIX_EPOCH + since
        } else {
            std::time::UNIX_EPOCH - since
        }
    };
    let file = std::fs::File::open(&path).map_err(|e| os_error(&e, Some(&path)))?;
    let times = std::fs::FileTimes::new()
        .set_accessed(at(atime))
        .set_modified(at(mtime));
    file.set_times(times)
        .map_err(|e| os_error(&e, Some(&path)))?;
    Ok(Value::None)
}

/// `link(src, dst)`: a new hard link `dst` to `src`.
pub(super) fn posix_link(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = args_of(interp, "link", args, kwnames, &["src", "dst"], 2)?;
    let src = path_arg(interp, "link", "src", a[0])?;
    let dst = path_arg(interp, "link", "dst", a[1])?;
    std::fs::hard_link(&src, &dst).map_err(|e| os_error2(interp, &e, &src, &dst))?;
    Ok(Value::None)
}
