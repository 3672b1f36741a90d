//! Running a child process to completion, for `subprocess`:
//! `_run_child(argv, cwd, env, stdin, stdout, stderr, timeout)`.
//!
//! `stdin` is `None` (inherit the interpreter's), bytes (written to the
//! child through a pipe, which is then closed) or `DEVNULL`; `stdout` and
//! `stderr` are `INHERIT`, `PIPE` (captured), `DEVNULL`, or for stderr
//! `STDOUT` (captured together with stdout). The result is `(pid,
//! returncode, out, err)`: `returncode` is negative when a signal ended
//! the child and `None` when `timeout` seconds passed first (the child is
//! then killed and what it wrote so far is returned).
//!
//! Invariants: the pipes are read and written on helper threads of the
//! host that own their ends and nothing of the interpreter, so a child
//! filling one pipe while waiting on another cannot deadlock. With
//! stderr=STDOUT and stdout=PIPE both streams go to one unlinked
//! temporary file, read back when the child has ended, so their bytes
//! keep the order the child wrote them in.

use std::io::{Read, Write};
use std::os::fd::AsFd;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::{args_of, os_error};
use crate::interpreter::Interpreter;

const INHERIT: i64 = 0;
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

/// The str items of a list or tuple.
fn strings(interp: &Interpreter, v: Value, what: &str) -> PyResult<Vec<String>> {
    let items = match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(items)) => items.to_values(),
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(PyErr::type_error(format!("{what} must be a list"))),
    };
    items
        .iter()
        .map(|item| {
            interp
                .heap
                .str_of(*item)
                .map(str::to_string)
                .ok_or_else(|| {
                    PyErr::type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        interp.type_name(*item)
                    ))
                })
        })
        .collect()
}

fn reader(pipe: Option<impl Read + Send + 'static>) -> Option<JoinHandle<Vec<u8>>> {
    pipe.map(|mut p| {
        std::thread::spawn(move || {
            let mut out = Vec::new();
            // A read error ends the capture with what was read.
            let _ = p.read_to_end(&mut out);
            out
        })
    })
}

/// A file, already unlinked, that a child's stdout and stderr both
/// write to (stderr=STDOUT with stdout=PIPE): one file keeps the order
/// in which the child wrote to either stream.
fn shared_capture() -> std::io::Result<std::fs::File> {
    let dir = std::env::temp_dir();
    for attempt in 0..100u32 {
        let path = dir.join(format!("pyrite-capture-{}-{attempt}", std::process::id()));
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => {
                std::fs::remove_file(&path)?;
                return Ok(file);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
}

/// Everything written to `file`, read from its start.
fn read_back(file: &mut std::fs::File) -> std::io::Result<Vec<u8>> {
    use std::io::Seek;
    file.seek(std::io::SeekFrom::Start(0))?;
    let mut out = Vec::new();
    file.read_to_end(&mut out)?;
    Ok(out)
}

fn output_mode(mode: i64) -> Stdio {
    match mode {
        PIPE | STDOUT => Stdio::piped(),
        DEVNULL => Stdio::null(),
        _ => Stdio::inherit(),
    }
}

pub(super) fn posix_run_child(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let names = ["argv", "cwd", "env", "stdin", "stdout", "stderr", "timeout"];
    let a = args_of(interp, "_run_child", args, kwnames, &names, 7)?;
    let argv = strings(interp, a[0].unwrap_or(Value::None), "argv")?;
    let Some((program, rest)) = argv.split_first() else {
        return Err(PyErr::value_error("empty argument list"));
    };
    let mut command = Command::new(program);
    command.args(rest);
    let cwd = a[1].and_then(|v| interp.heap.str_of(v)).map(str::to_string);
    if let Some(cwd) = &cwd {
        command.current_dir(cwd);
    }
    if let Some(env) = a[2].filter(|v| *v != Value::None) {
        let pairs = strings(interp, env, "env")?;
        command.env_clear();
        for pair in pairs.chunks(2) {
            if let [key, value] = pair {
                command.env(key, value);
            }
        }
    }
    let input = match a[3]
        .and_then(|v| v.as_obj())
        .map(|r| interp.heap.payload(r))
    {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        _ => None,
    };
    let stdin_devnull = a[3] == Some(Value::Int(DEVNULL));
    command.stdin(if input.is_some() {
        Stdio::piped()
    } else if stdin_devnull {
        Stdio::null()
    } else {
        Stdio::inherit()
    });
    let out_mode = match a[4] {
        Some(Value::Int(n)) => n,
        _ => INHERIT,
    };
    let err_mode = match a[5] {
        Some(Value::Int(n)) => n,
        _ => INHERIT,
    };
    let timeout = match a[6] {
        Some(Value::Float(f)) => Some(f),
        Some(Value::Int(n)) => Some(n as f64),
        _ => None,
    };
    let mut merged = None;
    if err_mode == STDOUT {
        // stderr=STDOUT: both streams write into one pipe (or into the
        // interpreter's own stdout), so their order is kept.
        if out_mode == PIPE {
            let capture = shared_capture().map_err(|e| os_error(&e, None))?;
            let out = capture.try_clone().map_err(|e| os_error(&e, None))?;
            let err = capture.try_clone().map_err(|e| os_error(&e, None))?;
            command.stdout(out).stderr(err);
            merged = Some(capture);
        } else {
            command.stdout(output_mode(out_mode));
            let stdout = std::io::stdout()
                .as_fd()
                .try_clone_to_owned()
                .map_err(|e| os_error(&e, None))?;
            command.stderr(if out_mode == DEVNULL {
                Stdio::null()
            } else {
                Stdio::from(stdout)
            });
        }
    } else {
        command.stdout(output_mode(out_mode));
        command.stderr(output_mode(err_mode));
    }
    let spawned = command.spawn();
    // The command holds the parent's copies of the pipe's write end: they
    // must close for the reader to see the end of the child's output.
    drop(command);
    let mut child = spawned.map_err(|e| {
        let missing_cwd = cwd.as_deref().filter(|c| !std::path::Path::new(c).is_dir());
        os_error(&e, Some(missing_cwd.unwrap_or(program)))
    })?;
    let pid = i64::from(child.id());
    let writer = child.stdin.take().map(|mut pipe| {
        let data = input.unwrap_or_default();
        std::thread::spawn(move || {
            // The child may exit without reading its input: a broken pipe
            // is not an error of the parent.
            let _ = pipe.write_all(&data);
        })
    });
    let out_reader = if merged.is_some() {
        None
    } else {
        reader(child.stdout.take())
    };
    let err_reader = reader(child.stderr.take());
    let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.max(0.0)));
    let status = loop {
        match child.try_wait().map_err(|e| os_error(&e, None))? {
            Some(status) => break Some(status),
            None => {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    // Already exited or killed: either way it is ending.
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
                std::thread::sleep(Duration::from_millis(2));
            }
        }
    };
    if let Some(w) = writer {
        let _ = w.join();
    }
    let out = match merged {
        Some(mut capture) => Some(read_back(&mut capture).map_err(|e| os_error(&e, None))?),
        None => out_reader.map(|h| h.join().unwrap_or_default()),
    };
    let err = err_reader.map(|h| h.join().unwrap_or_default());
    let returncode = match status {
        None => Value::None,
        Some(s) => Value::Int(i64::from(
            s.code().or_else(|| s.signal().map(|n| -n)).unwrap_or(0),
        )),
    };
    let mut bytes = |v: Option<Vec<u8>>| match v {
        Some(b) => interp.heap.new_bytes(b),
        None => Value::None,
    };
    let out = bytes(out);
    let err = bytes(err);
    Ok(interp
        .heap
        .new_tuple(vec![Value::Int(pid), returncode, out, err]))
}
