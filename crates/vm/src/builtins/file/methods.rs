//! The methods of file objects: reading, writing, seeking, closing, the
//! iterator and context-manager protocols and `repr`.
//!
//! Every method takes the file object first; its state lives in the
//! interpreter's table of open files, named by the object's `_handle`. A closed
//! file keeps its entry (so `closed`, and the errors of a closed file, can
//! still tell what it was) until the object is freed.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::codec::{decode_char, decode_error, encode_surrogate_text, encode_text};
use super::{Errors, Newline, OpenFile, Text, io_attr, os_error};
use crate::builtins::{NativeFn, no_keywords};
use crate::interpreter::Interpreter;

/// The methods of every `_io` class; `closed` becomes a property.
pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("close", file_close),
    ("flush", file_flush),
    ("seek", file_seek),
    ("tell", file_tell),
    ("truncate", file_truncate),
    ("readable", file_readable),
    ("writable", file_writable),
    ("seekable", file_seekable),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_enter),
    ("__next__", file_next),
    ("__del__", file_del),
    ("__repr__", file_repr),
    ("__init__", file_init),
    ("closed", file_closed),
];

/// The handle number of a file object.
fn handle_of(interp: &mut Interpreter, this: Value) -> PyResult<i64> {
    let dict = match this.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Instance { dict }) => *dict,
        _ => Value::None,
    };
    match interp.dict_get_str(dict, "_handle") {
        Some(Value::Int(n)) => Ok(n),
        Some(v) => {
            interp.heap.decref(v);
            Err(PyErr::type_error("descriptor requires a file object"))
        }
        None => Err(PyErr::type_error("descriptor requires a file object")),
    }
}

/// Run `f` on the open file behind `this`; a closed file raises
/// `ValueError`.
fn with_file<T>(
    interp: &mut Interpreter,
    this: Value,
    f: impl FnOnce(&mut OpenFile, &mut File) -> PyResult<T>,
) -> PyResult<T> {
    let id = handle_of(interp, this)?;
    let Some(open) = interp.files.files.get_mut(&id) else {
        return Err(closed_error());
    };
    let Some(mut file) = open.file.take() else {
        return Err(closed_error());
    };
    let r = f(open, &mut file);
    open.file = Some(file);
    r
}

fn closed_error() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

/// `io.UnsupportedOperation(message)`.
fn unsupported(interp: &mut Interpreter, message: &str) -> PyErr {
    match io_attr(interp, "UnsupportedOperation") {
        Ok(class) => {
            let m = interp.heap.new_str(message);
            let e = interp.new_exception(class, &[m]);
            interp.heap.decref(m);
            PyErr::Raised(e)
        }
        Err(e) => e,
    }
}

/// What a closed file's method `op` raises: binary files name the
/// operation, as CPython's buffered objects do.
fn closed_error_for(binary: bool, writable: bool, op: &str) -> PyErr {
    if !binary {
        return closed_error();
    }
    PyErr::value_error(match op {
        "read" => "read of closed file",
        "readline" | "__next__" => "readline of closed file",
        "write" => "write to closed file",
        "seek" => "seek of closed file",
        "tell" => "I/O operation on closed file",
        "truncate" => "truncate of closed file",
        "flush" if writable => "flush of closed file",
        _ => "I/O operation on closed file.",
    })
}

/// Check the file is open for method `op`, and readable (or writable)
/// when `need` says so, raising `io.UnsupportedOperation` if not; returns
/// whether the file is in text mode.
fn require(interp: &mut Interpreter, this: Value, op: &str, need: Option<bool>) -> PyResult<bool> {
    let id = handle_of(interp, this)?;
    let state = interp
        .files
        .files
        .get(&id)
        .map(|f| (f.file.is_some(), f.readable, f.writable, f.text.is_some()));
    let Some((open, readable, writable, text)) = state else {
        return Err(closed_error());
    };
    let allowed = match need {
        Some(true) => readable,
        Some(false) => writable,
        None => true,
    };
    if text && !open {
        return Err(closed_error());
    }
    if !allowed {
        let reading = need == Some(true);
        let message = match (text, reading) {
            (true, true) => "not readable",
            (true, false) => "not writable",
            (false, true) => "read",
            (false, false) => "write",
        };
        return Err(unsupported(interp, message));
    }
    if !open {
        return Err(closed_error_for(!text, writable, op));
    }
    Ok(text)
}

/// How many bytes a binary read reads from the file at a time at least.
const CHUNK: usize = 64 * 1024;

/// The most a binary read asks the file for at once, however large the
/// size it was given.
const MAX_CHUNK: usize = 16 << 20;

/// How much of the file a binary read needs in `pending` before it can
/// answer.
#[derive(Clone, Copy)]
enum Need {
    /// `n` bytes, or the end of the file.
    Bytes(usize),
    /// A `b'\n'` (within `limit` bytes, if given), or the end of the file.
    Line(Option<usize>),
    /// Everything up to the end of the file.
    All,
}

impl OpenFile {
    /// Take the rest of the file into `pending` if nothing is pending.
    fn fill(&mut self, file: &mut File) -> PyResult<()> {
        if self.start >= self.pending.len() {
            self.pending.clear();
            self.start = 0;
            file.read_to_end(&mut self.pending)
                .map_err(|e| os_error(&e, None))?;
        }
        Ok(())
    }

    /// Read from the file into `pending` until `need` is met or the file
    /// ends, a chunk at a time, so that a read of a few bytes from a device
    /// or a pipe does not wait for an end that may never come.
    fn fill_for(&mut self, file: &mut File, need: Need) -> PyResult<()> {
        if self.start >= self.pending.len() {
            self.pending.clear();
            self.start = 0;
        }
        loop {
            let rest = &self.pending[self.start..];
            let wanted = match need {
                Need::Bytes(n) if rest.len() >= n => return Ok(()),
                Need::Bytes(n) => (n - rest.len()).clamp(CHUNK, MAX_CHUNK),
                Need::Line(limit) => {
                    if rest.contains(&b'\n') || limit.is_some_and(|l| rest.len() >= l) {
                        return Ok(());
                    }
                    CHUNK
                }
                Need::All => CHUNK,
            };
            let old = self.pending.len();
            self.pending.resize(old + wanted, 0);
            let got = loop {
                match file.read(&mut self.pending[old..]) {
                    Ok(got) => break got,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        self.pending.truncate(old);
                        return Err(os_error(&e, None));
                    }
                }
            };
            self.pending.truncate(old + got);
            if got == 0 {
                return Ok(());
            }
        }
    }

    /// Move the operating system's position back to the logical one and
    /// drop what was read ahead.
    fn unread(&mut self, file: &mut File) -> PyResult<()> {
        let ahead = self.pending.len().saturating_sub(self.start);
        if ahead > 0 {
            file.seek(SeekFrom::Current(-(ahead as i64)))
                .map_err(|e| os_error(&e, None))?;
        }
        self.pending.clear();
        self.start = 0;
        Ok(())
    }

    /// Up to `limit` bytes (all if `None`), or up to and including the
    /// next `b'\n'` when `line`.
    fn take_bytes(
        &mut self,
        file: &mut File,
        limit: Option<usize>,
        line: bool,
    ) -> PyResult<Vec<u8>> {
        let need = match (limit, line) {
            (_, true) => Need::Line(limit),
            (Some(n), false) => Need::Bytes(n),
            (None, false) => Need::All,
        };
        self.fill_for(file, need)?;
        let rest = &self.pending[self.start..];
        let mut n = limit.unwrap_or(rest.len()).min(rest.len());
        if line {
            if let Some(i) = rest[..n].iter().position(|b| *b == b'\n') {
                n = i + 1;
            }
        }
        let out = rest[..n].to_vec();
        self.start += n;
        Ok(out)
    }

    /// Up to `limit` characters of text (all if `None`), or up to and
    /// including the next line ending when `line`.
    fn take_text(&mut self, file: &mut File, limit: Option<usize>, line: bool) -> PyResult<String> {
        self.fill(file)?;
        let Some(text) = self.text else {
            return Ok(String::new());
        };
        let mut out = String::new();
        let mut count = 0usize;
        let bytes = &self.pending;
        let mut i = self.start;
        while i < bytes.len() && limit.is_none_or(|l| count < l) {
            let (c, len) = match decode_char(text.encoding, &bytes[i..]) {
                Ok(x) => x,
                Err(bad) => match text.errors {
                    Errors::Strict => {
                        let e = decode_error(text.encoding, bytes, bad, i);
                        self.start = i;
                        return Err(e);
                    }
                    Errors::Replace => ('\u{fffd}', bad),
                    Errors::Ignore => {
                        i += bad;
                        continue;
                    }
                    Errors::BackslashReplace => {
                        for b in &bytes[i..(i + bad).min(bytes.len())] {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                        i += bad;
                        count += 4 * bad;
                        continue;
                    }
                },
            };
            i += len;
            count += 1;
            let mut ended = false;
            match (c, text.newline) {
                ('\r', Newline::Universal | Newline::Untranslated) => {
                    let crlf = bytes.get(i) == Some(&b'\n');
                    if crlf {
                        i += 1;
                    }
                    if text.newline == Newline::Universal {
                        out.push('\n');
                    } else {
                        out.push_str(if crlf { "\r\n" } else { "\r" });
                    }
                    ended = true;
                }
                ('\n', Newline::Universal | Newline::Untranslated) => {
                    out.push('\n');
                    ended = true;
                }
                (c, Newline::Fixed(end)) => {
                    out.push(c);
                    ended = out.ends_with(end);
                }
                (c, _) => out.push(c),
            }
            if ended && line {
                break;
            }
        }
        self.start = i;
        Ok(out)
    }
}

/// The optional size argument of `read`/`readline`: `None` means all.
fn size_arg(interp: &Interpreter, args: &[Value]) -> PyResult<Option<i64>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::Bool(b)) => Ok(Some(i64::from(*b))),
        Some(v)
            if matches!(
                v.as_obj().map(|r| interp.heap.payload(r)),
                Some(Payload::Int(_))
            ) =>
        {
            Err(PyErr::overflow(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        Some(v) => Err(PyErr::type_error(format!(
            "argument should be integer or None, not '{}'",
            interp.type_name(*v)
        ))),
    }
}

/// A size as a limit: negative sizes mean "all".
fn limit_of(size: Option<i64>) -> Option<usize> {
    size.and_then(|n| usize::try_from(n).ok())
}

fn file_read(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("read", kwnames)?;
    let size = size_arg(interp, args)?;
    let text = require(interp, args[0], "read", Some(true))?;
    if !text && size.is_some_and(|n| n < -1) {
        return Err(PyErr::value_error("read length must be non-negative or -1"));
    }
    let limit = limit_of(size);
    read_value(interp, args[0], text, limit, false)
}

fn file_readline(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("readline", kwnames)?;
    let limit = limit_of(size_arg(interp, args)?);
    let text = require(interp, args[0], "readline", Some(true))?;
    read_value(interp, args[0], text, limit, true)
}

fn read_value(
    interp: &mut Interpreter,
    this: Value,
    text: bool,
    limit: Option<usize>,
    line: bool,
) -> PyResult<Value> {
    if text {
        let s = with_file(interp, this, |f, file| f.take_text(file, limit, line))?;
        Ok(interp.heap.new_str(s))
    } else {
        let b = with_file(interp, this, |f, file| f.take_bytes(file, limit, line))?;
        Ok(interp.heap.new_bytes(b))
    }
}

fn file_readlines(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("readlines", kwnames)?;
    require(interp, args[0], "readlines", None)?;
    let text = require(interp, args[0], "readlines", Some(true))?;
    let mut lines = Vec::new();
    loop {
        let line = read_value(interp, args[0], text, None, true);
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                interp.release(lines);
                return Err(e);
            }
        };
        if value_len(interp, line) == 0 {
            interp.heap.decref(line);
            break;
        }
        lines.push(line);
    }
    Ok(interp.heap.new_list(lines))
}

fn value_len(interp: &Interpreter, v: Value) -> usize {
    match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Str(s)) => s.as_str().len(),
        Some(Payload::Bytes(b)) => b.len(),
        _ => 0,
    }
}

/// The bytes a `write` argument stands for, or the `TypeError`.
fn write_bytes(interp: &Interpreter, this_text: Option<Text>, v: Value) -> PyResult<Vec<u8>> {
    let payload = v.as_obj().map(|r| interp.heap.payload(r));
    match (this_text, payload) {
        (Some(t), Some(Payload::Str(s))) if s.has_surrogates() => encode_surrogate_text(t, s),
        (Some(t), Some(Payload::Str(s))) => encode_text(t, s.as_str()),
        (Some(_), _) => Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            interp.type_name(v)
        ))),
        (None, Some(Payload::Bytes(b))) => Ok(b.to_vec()),
        (None, Some(Payload::ByteArray(b))) => Ok(b.clone()),
        (None, _) => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            interp.type_name(v)
        ))),
    }
}

/// Write one value; returns the count `write()` reports.
fn write_one(interp: &mut Interpreter, this: Value, v: Value) -> PyResult<usize> {
    require(interp, this, "write", Some(false))?;
    let id = handle_of(interp, this)?;
    let text = interp.files.files.get(&id).and_then(|f| f.text);
    let data = write_bytes(interp, text, v)?;
    let count = match (text, v.as_obj().map(|r| interp.heap.payload(r))) {
        (Some(_), Some(Payload::Str(s))) => s.char_len(),
        _ => data.len(),
    };
    with_file(interp, this, |f, file| {
        f.unread(file)?;
        file.write_all(&data).map_err(|e| os_error(&e, None))
    })?;
    Ok(count)
}

fn file_write(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("write", kwnames)?;
    require(interp, args[0], "write", Some(false))?;
    let [this, v] = args else {
        return Err(PyErr::type_error(format!(
            "write() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let n = write_one(interp, *this, *v)?;
    Ok(Value::Int(n as i64))
}

fn file_writelines(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("writelines", kwnames)?;
    let [this, lines] = args else {
        return Err(PyErr::type_error(format!(
            "writelines() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    handle_of(interp, *this)?;
    let it = interp.get_iter(*lines)?;
    let r = loop {
        match interp.next(it) {
            Ok(Some(v)) => {
                let r = write_one(interp, *this, v);
                interp.heap.decref(v);
                if let Err(e) = r {
                    break Err(e);
                }
            }
            Ok(None) => break Ok(Value::None),
            Err(e) => break Err(e),
        }
    };
    interp.heap.decref(it);
    r
}

/// Close the file behind handle `id` (a no-op when already closed);
/// `forget` also drops its entry, when the file object itself goes.
fn close_handle(interp: &mut Interpreter, id: i64, forget: bool) {
    let files = &mut interp.files.files;
    if forget {
        files.remove(&id);
    } else if let Some(open) = files.get_mut(&id) {
        open.file = None;
        open.pending = Vec::new();
        open.start = 0;
    }
}

fn file_close(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let id = handle_of(interp, args[0])?;
    close_handle(interp, id, false);
    Ok(Value::None)
}

fn file_del(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    if let Ok(id) = handle_of(interp, args[0]) {
        close_handle(interp, id, true);
    }
    Ok(Value::None)
}

fn file_flush(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    require(interp, args[0], "flush", None)?;
    Ok(Value::None)
}

fn file_closed(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let id = handle_of(interp, args[0])?;
    let open = interp
        .files
        .files
        .get(&id)
        .is_some_and(|f| f.file.is_some());
    Ok(Value::Bool(!open))
}

fn file_tell(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    require(interp, args[0], "tell", None)?;
    let pos = with_file(interp, args[0], |f, file| {
        let os = file.stream_position().map_err(|e| os_error(&e, None))?;
        let ahead = f.pending.len().saturating_sub(f.start) as u64;
        Ok(os.saturating_sub(ahead))
    })?;
    Ok(Value::Int(i64::try_from(pos).unwrap_or(i64::MAX)))
}

/// `f.truncate(size=None)`: cut (or extend with zero bytes) the file to
/// `size` bytes, by default the current position, which does not move.
fn file_truncate(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("truncate", kwnames)?;
    let size = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) => Some(*n),
        Some(Value::Bool(b)) => Some(i64::from(*b)),
        Some(v) if interp.user_special(*v, "__index__").is_some() => Some(interp.index_of(*v, "")?),
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(*v)
            )));
        }
    };
    let id = handle_of(interp, args[0])?;
    let state = interp
        .files
        .files
        .get(&id)
        .map(|f| (f.file.is_some(), f.writable));
    match state {
        None => return Err(closed_error()),
        Some((_, false)) => return Err(unsupported(interp, "truncate")),
        Some((false, true)) => {
            let text = require(interp, args[0], "truncate", None)?;
            return Err(closed_error_for(!text, true, "truncate"));
        }
        Some((true, true)) => {}
    }
    let invalid = || PyErr::Os {
        errno: 22,
        strerror: "Invalid argument".to_string(),
        filename: None,
    };
    let size = match size {
        Some(n) => Some(u64::try_from(n).map_err(|_| invalid())?),
        None => None,
    };
    let size = with_file(interp, args[0], |f, file| {
        f.unread(file)?;
        let size = match size {
            Some(n) => n,
            None => file.stream_position().map_err(|e| os_error(&e, None))?,
        };
        file.set_len(size).map_err(|e| os_error(&e, None))?;
        Ok(size)
    })?;
    Ok(Value::Int(i64::try_from(size).unwrap_or(i64::MAX)))
}

fn file_seek(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("seek", kwnames)?;
    let offset = match args.get(1) {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(*b),
        Some(v)
            if matches!(
                v.as_obj().map(|r| interp.heap.payload(r)),
                Some(Payload::Int(_))
            ) =>
        {
            return Err(PyErr::value_error(
                "cannot fit 'int' into an offset-sized integer",
            ));
        }
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(*v)
            )));
        }
        None => {
            return Err(PyErr::type_error(
                "seek expected at least 1 argument, got 0",
            ));
        }
    };
    let whence = match args.get(2) {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(*v)
            )));
        }
    };
    let text = require(interp, args[0], "seek", None)?;
    if text && (whence == 1 || whence == 2) && offset != 0 {
        return Err(unsupported(
            interp,
            if whence == 1 {
                "can't do nonzero cur-relative seeks"
            } else {
                "can't do nonzero end-relative seeks"
            },
        ));
    }
    let target = match whence {
        0 if offset < 0 && text => {
            return Err(PyErr::value_error(format!(
                "negative seek position {offset}"
            )));
        }
        0 if offset < 0 => {
            return Err(PyErr::Os {
                errno: 22,
                strerror: "Invalid argument".to_string(),
                filename: None,
            });
        }
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ if text => {
            return Err(PyErr::value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )));
        }
        _ => {
            return Err(PyErr::value_error(format!(
                "whence value {whence} unsupported"
            )));
        }
    };
    let pos = with_file(interp, args[0], |f, file| {
        f.unread(file)?;
        file.seek(target).map_err(|e| os_error(&e, None))
    })?;
    Ok(Value::Int(i64::try_from(pos).unwrap_or(i64::MAX)))
}

fn file_readable(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(with_file(interp, args[0], |f, _| {
        Ok(f.readable)
    })?))
}

fn file_writable(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(with_file(interp, args[0], |f, _| {
        Ok(f.writable)
    })?))
}

fn file_seekable(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(with_file(interp, args[0], |f, _| {
        Ok(f.seekable)
    })?))
}

/// `__enter__` and `__iter__`: check the file is open, return it.
fn file_enter(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    with_file(interp, args[0], |_, _| Ok(()))?;
    interp.heap.incref(args[0]);
    Ok(args[0])
}

fn file_exit(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    file_close(interp, &args[..1], &[])
}

fn file_next(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let text = require(interp, args[0], "__next__", Some(true))?;
    let line = read_value(interp, args[0], text, None, true)?;
    if value_len(interp, line) == 0 {
        interp.heap.decref(line);
        return Err(PyErr::new(ExcKind::StopIteration, ""));
    }
    Ok(line)
}

fn file_repr(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let this = args[0];
    let class = interp.type_name(this);
    let dict = match this.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Instance { dict }) => *dict,
        _ => Value::None,
    };
    let mut parts = format!("<_io.{class}");
    for key in ["name", "mode", "encoding"] {
        if key == "mode" && class.starts_with("Buffered") {
            continue;
        }
        if let Some(v) = interp.dict_get_str(dict, key) {
            let r = interp.repr(v);
            interp.heap.decref(v);
            parts.push_str(&format!(" {key}={}", r?));
        }
    }
    if class == "FileIO" {
        parts.push_str(" closefd=True");
    }
    parts.push('>');
    Ok(interp.heap.new_str(parts))
}

/// `__init__`: file objects come from `open()`; the classes cannot wrap
/// other objects.
fn file_init(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let class = interp.type_name(args[0]);
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "pyrite cannot yet create '_io.{class}' objects directly; use open()"
        )));
    }
    let first = match class.as_str() {
        "TextIOWrapper" => "buffer",
        "FileIO" => "file",
        _ => "raw",
    };
    Err(PyErr::type_error(format!(
        "{class}() missing required argument '{first}' (pos 1)"
    )))
}
