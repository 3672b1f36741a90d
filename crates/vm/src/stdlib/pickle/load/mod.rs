//! The unpickler's inner loop: `load(unpickler, source)` runs the pickle
//! held in memory by `source` (the bundled `_pickle`'s `_BytesInput`)
//! and returns the object it builds.
//!
//! The opcodes that make built-in values, containers and memo entries
//! run here. An opcode that needs the unpickler's Python side (finding a
//! class, calling `__setstate__`, persistent ids, out-of-band buffers,
//! protocol 0's quoted strings) or that meets an unusual case (a target
//! that is not an exact list, dict or set, text that is not plain UTF-8)
//! is handed to the unpickler's own handler in its `dispatch` table, with
//! the input position and the stack written back first and read again
//! after, so the two halves run one machine.
//!
//! Invariants:
//! - `Loader::stack` is the unpickler's `stack` list and the marks are
//!   its `metastack` list: the Python handlers see the same objects.
//! - The input is only read through [`Loader::take`], which keeps to
//!   the current frame as the Python reader does; malformed or
//!   truncated data raises `UnpicklingError`/`EOFError`, never panics.

use num_bigint::BigInt;
use pyrite_objects::types::list::PyList;
use pyrite_objects::types::{dict, list, set};
use pyrite_objects::{BuiltinType, ExcKind, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

use super::opcodes::*;

mod calls;
mod text;
use crate::interpreter::Interpreter;

/// The running load.
struct Loader {
    unpickler: Value,
    source: Value,
    /// `UnpicklingError`.
    error_class: Value,
    data: Vec<u8>,
    pos: usize,
    /// The end of the current frame, while inside one.
    frame_end: Option<usize>,
    stack: Value,
    metastack: Value,
    memo: ObjRef,
    /// The stack list the Python side last saw as `self.stack`.
    synced_stack: Value,
}

/// What one opcode did.
enum Step {
    Next,
    Stop(Value),
    /// Run the Python handler for the opcode just read.
    Delegate,
}

/// `load(unpickler, source, error_class)`: the object the pickle in
/// `source` builds; malformed data raises `error_class`
/// (`UnpicklingError`).
pub(super) fn load(
    interp: &mut Interpreter,
    unpickler: Value,
    source: Value,
    error_class: Value,
) -> PyResult<Value> {
    let mut loader = Loader::begin(interp, unpickler, source, error_class)?;
    let result = loader.run(interp);
    loader.finish(interp);
    result
}

fn attr(interp: &mut Interpreter, obj: Value, name: &str) -> PyResult<Value> {
    let key = interp.intern(name);
    let r = interp.get_attr(obj, key);
    interp.heap.decref(key);
    r
}

fn set_attr(interp: &mut Interpreter, obj: Value, name: &str, v: Value) -> PyResult<()> {
    let key = interp.intern(name);
    let r = interp.set_attr(obj, key, Some(v));
    interp.heap.decref(key);
    r
}

/// An instance of the unpickler's error class `class` carrying `message`.
fn unpickling_error(interp: &mut Interpreter, class: Value, message: &str) -> PyErr {
    let Some(class) = interp.as_class_ref(class) else {
        return PyErr::value_error(message.to_string());
    };
    let text = interp.heap.new_str(message);
    let exc = interp.new_exception(class, &[text]);
    interp.heap.decref(text);
    PyErr::Raised(exc)
}

/// The item list of a list value, if it is one.
fn list_len(interp: &Interpreter, v: Value) -> usize {
    v.as_obj()
        .and_then(|r| interp.heap.list_items(r))
        .map_or(0, |items| items.len())
}

fn exact(interp: &Interpreter, v: Value, kind: BuiltinType) -> Option<ObjRef> {
    match interp.heap.type_of(v) {
        TypeRef::Builtin(k) if k == kind => v.as_obj(),
        _ => None,
    }
}

impl Loader {
    fn begin(
        interp: &mut Interpreter,
        unpickler: Value,
        source: Value,
        error_class: Value,
    ) -> PyResult<Loader> {
        let data_value = attr(interp, source, "data")?;
        let data = match data_value.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Bytes(b)) => b.to_vec(),
            _ => Vec::new(),
        };
        interp.heap.decref(data_value);
        let start = attr(interp, source, "start")?;
        let pos = match start {
            Value::Int(i) => usize::try_from(i).unwrap_or(0),
            _ => 0,
        };
        let stack = attr(interp, unpickler, "stack")?;
        let metastack = attr(interp, unpickler, "metastack")?;
        let memo = attr(interp, unpickler, "memo")?;
        let lists_ok = [stack, metastack]
            .iter()
            .all(|v| exact(interp, *v, BuiltinType::List).is_some());
        let memo_ref = exact(interp, memo, BuiltinType::Dict);
        let (true, Some(memo_ref)) = (lists_ok, memo_ref) else {
            for v in [stack, metastack, memo] {
                interp.heap.decref(v);
            }
            return Err(PyErr::type_error(
                "the unpickler's stack and memo were replaced",
            ));
        };
        interp.heap.incref(stack);
        Ok(Loader {
            unpickler,
            source,
            error_class,
            data,
            pos,
            frame_end: None,
            stack,
            metastack,
            memo: memo_ref,
            synced_stack: stack,
        })
    }

    fn finish(self, interp: &mut Interpreter) {
        interp.heap.decref(self.stack);
        interp.heap.decref(self.synced_stack);
        interp.heap.decref(self.metastack);
        interp.heap.decref(Value::Obj(self.memo));
    }

    fn run(&mut self, interp: &mut Interpreter) -> PyResult<Value> {
        loop {
            let op_at = self.pos;
            let code = match self.take(interp, 1) {
                Ok(range) => self.data[range.start],
                Err(e) => {
                    interp.drop_error(e);
                    return Err(PyErr::new(ExcKind::EOFError, "Ran out of input"));
                }
            };
            match self.step(interp, code)? {
                Step::Next => {}
                Step::Stop(v) => return Ok(v),
                Step::Delegate => {
                    // The handler reads the opcode's arguments itself.
                    self.pos = op_at + 1;
                    self.delegate(interp, code)?;
                }
            }
        }
    }

    // ----------------------------------------------------------- input

    /// The next `n` bytes, as the Python reader serves them: from the
    /// current frame, or after it once it is used up exactly.
    fn take(&mut self, interp: &mut Interpreter, n: usize) -> PyResult<std::ops::Range<usize>> {
        if let Some(end) = self.frame_end {
            if self.pos.checked_add(n).is_some_and(|e| e <= end) {
                let start = self.pos;
                self.pos += n;
                return Ok(start..self.pos);
            }
            if self.pos != end {
                return Err(unpickling_error(
                    interp,
                    self.error_class,
                    "pickle exhausted before end of frame",
                ));
            }
            self.frame_end = None;
        }
        match self.pos.checked_add(n) {
            Some(end) if end <= self.data.len() => {
                let start = self.pos;
                self.pos = end;
                Ok(start..end)
            }
            _ => Err(unpickling_error(
                interp,
                self.error_class,
                "pickle data was truncated",
            )),
        }
    }

    fn take_u8(&mut self, interp: &mut Interpreter) -> PyResult<u8> {
        let r = self.take(interp, 1)?;
        Ok(self.data[r.start])
    }

    fn take_array<const N: usize>(&mut self, interp: &mut Interpreter) -> PyResult<[u8; N]> {
        let r = self.take(interp, N)?;
        let mut out = [0u8; N];
        out.copy_from_slice(&self.data[r]);
        Ok(out)
    }

    /// A length-prefixed argument's range: `width` bytes of little-endian
    /// size (1, 4 or 8), then that many bytes.
    fn take_sized(
        &mut self,
        interp: &mut Interpreter,
        width: usize,
    ) -> PyResult<std::ops::Range<usize>> {
        let n = match width {
            1 => u64::from(self.take_u8(interp)?),
            4 => u64::from(u32::from_le_bytes(self.take_array(interp)?)),
            _ => u64::from_le_bytes(self.take_array(interp)?),
        };
        if n > i64::MAX as u64 {
            return Err(unpickling_error(
                interp,
                self.error_class,
                &format!(
                    "BINBYTES exceeds system's maximum size of {} bytes",
                    i64::MAX
                ),
            ));
        }
        let n = usize::try_from(n)
            .map_err(|_| unpickling_error(interp, self.error_class, "pickle data was truncated"))?;
        self.take(interp, n)
    }

    /// The rest of the line (without its newline), or `None` when the
    /// line is not all within reach (left to the Python reader).
    fn take_line(&mut self) -> Option<std::ops::Range<usize>> {
        let limit = self.frame_end.unwrap_or(self.data.len());
        let rel = self
            .data
            .get(self.pos..limit)?
            .iter()
            .position(|b| *b == b'\n')?;
        let start = self.pos;
        self.pos = start + rel + 1;
        Some(start..start + rel)
    }

    // ----------------------------------------------------------- stack

    fn push(&mut self, interp: &mut Interpreter, v: Value) -> PyResult<()> {
        let r = match self.stack.as_obj() {
            Some(s) => list::append(&mut interp.heap, s, v),
            None => Ok(()),
        };
        interp.heap.decref(v);
        r
    }

    fn underflow(&self, interp: &mut Interpreter) -> PyErr {
        if list_len(interp, self.metastack) > 0 {
            unpickling_error(interp, self.error_class, "unexpected MARK found")
        } else {
            unpickling_error(interp, self.error_class, "unpickling stack underflow")
        }
    }

    /// Pops the top of the stack (owned).
    fn pop(&mut self, interp: &mut Interpreter) -> PyResult<Value> {
        let popped = match self.stack.as_obj().map(|s| interp.heap.payload_mut(s)) {
            Some(Payload::List(items)) => items.pop(),
            _ => None,
        };
        popped.ok_or_else(|| self.underflow(interp))
    }

    /// The top of the stack (borrowed).
    fn top(&self, interp: &mut Interpreter) -> PyResult<Value> {
        let top = self
            .stack
            .as_obj()
            .and_then(|s| interp.heap.list_items(s))
            .and_then(|items| items.get(items.len().checked_sub(1)?));
        top.ok_or_else(|| self.underflow(interp))
    }

    /// The value below the items pushed since the last MARK (borrowed):
    /// the container that APPENDS, SETITEMS and ADDITEMS fill.
    fn below_mark(&self, interp: &Interpreter) -> Option<Value> {
        let marks = interp.heap.list_items(self.metastack.as_obj()?)?;
        let outer = marks.get(marks.len().checked_sub(1)?)?;
        let items = interp.heap.list_items(outer.as_obj()?)?;
        items.get(items.len().checked_sub(1)?)
    }

    /// MARK: the current stack is set aside and a new one begun.
    fn mark(&mut self, interp: &mut Interpreter) -> PyResult<()> {
        if let Some(m) = self.metastack.as_obj() {
            list::append(&mut interp.heap, m, self.stack)?;
        }
        interp.heap.decref(self.stack);
        self.stack = interp.heap.new_list(Vec::new());
        Ok(())
    }

    /// Ends the items since the last MARK: they are returned as the list
    /// that held them (owned) and the stack before the mark comes back.
    fn pop_mark(&mut self, interp: &mut Interpreter) -> PyResult<Value> {
        let outer = match self.metastack.as_obj().map(|m| interp.heap.payload_mut(m)) {
            Some(Payload::List(items)) => items.pop(),
            _ => None,
        };
        let Some(outer) = outer else {
            return Err(unpickling_error(
                interp,
                self.error_class,
                "could not find MARK",
            ));
        };
        Ok(std::mem::replace(&mut self.stack, outer))
    }

    fn list_values(interp: &Interpreter, v: Value) -> Vec<Value> {
        v.as_obj()
            .and_then(|r| interp.heap.list_items(r))
            .map(|items| items.to_values())
            .unwrap_or_default()
    }

    // ------------------------------------------------------------ memo

    fn memo_put(&mut self, interp: &mut Interpreter, index: i64) -> PyResult<()> {
        let top = self.top(interp)?;
        dict::set_item(interp, self.memo, Value::Int(index), top)
    }

    fn memo_get(&mut self, interp: &mut Interpreter, index: i64) -> PyResult<()> {
        match dict::get_item(interp, self.memo, Value::Int(index))? {
            Some(v) => self.push(interp, v),
            None => Err(unpickling_error(
                interp,
                self.error_class,
                &format!("Memo value not found at index {index}"),
            )),
        }
    }

    fn memo_len(&self, interp: &Interpreter) -> i64 {
        match interp.heap.payload(self.memo) {
            Payload::Dict(t) => t.len() as i64,
            _ => 0,
        }
    }

    // ---------------------------------------------------- the Python half

    /// Runs the unpickler's Python handler for `code`, the input position
    /// just after the opcode.
    fn delegate(&mut self, interp: &mut Interpreter, code: u8) -> PyResult<()> {
        if self.synced_stack != self.stack {
            set_attr(interp, self.unpickler, "stack", self.stack)?;
            let append = attr(interp, self.stack, "append")?;
            let r = set_attr(interp, self.unpickler, "append", append);
            interp.heap.decref(append);
            r?;
            interp.heap.incref(self.stack);
            interp.heap.decref(self.synced_stack);
            self.synced_stack = self.stack;
        }
        set_attr(interp, self.source, "frame", Value::None)?;
        set_attr(interp, self.source, "start", Value::Int(self.pos as i64))?;
        let dispatch = attr(interp, self.unpickler, "dispatch")?;
        let handler = match dispatch.as_obj() {
            Some(d) if matches!(interp.heap.payload(d), Payload::Dict(_)) => {
                dict::get_item(interp, d, Value::Int(i64::from(code)))
            }
            _ => interp
                .getitem(dispatch, Value::Int(i64::from(code)))
                .map(Some),
        };
        interp.heap.decref(dispatch);
        let Some(handler) = handler? else {
            let key = if (0x20..=0x7e).contains(&code) {
                (code as char).to_string()
            } else {
                format!("\\x{code:02x}")
            };
            return Err(unpickling_error(
                interp,
                self.error_class,
                &format!("invalid load key, '{key}'."),
            ));
        };
        let r = interp.call(handler, &[self.unpickler], &[]);
        interp.heap.decref(handler);
        let r = r.map(|v| interp.heap.decref(v));
        // The handler may have read input and replaced the stack.
        let start = attr(interp, self.source, "start")?;
        if let Value::Int(i) = start {
            self.pos = usize::try_from(i).unwrap_or(self.data.len());
        }
        let stack = attr(interp, self.unpickler, "stack")?;
        interp.heap.decref(self.synced_stack);
        interp.heap.decref(self.stack);
        interp.heap.incref(stack);
        self.synced_stack = stack;
        self.stack = stack;
        r?;
        if exact(interp, self.stack, BuiltinType::List).is_none() {
            return Err(PyErr::type_error("the unpickler's stack was replaced"));
        }
        if self.frame_end.is_some_and(|end| self.pos > end) {
            return Err(unpickling_error(
                interp,
                self.error_class,
                "pickle exhausted before end of frame",
            ));
        }
        Ok(())
    }

    // --------------------------------------------------------- opcodes

    fn step(&mut self, interp: &mut Interpreter, code: u8) -> PyResult<Step> {
        match code {
            PROTO => {
                let proto = self.take_u8(interp)?;
                if proto > 5 {
                    return Err(PyErr::value_error(format!(
                        "unsupported pickle protocol: {proto}"
                    )));
                }
                set_attr(
                    interp,
                    self.unpickler,
                    "proto",
                    Value::Int(i64::from(proto)),
                )?;
            }
            FRAME => {
                let size = u64::from_le_bytes(self.take_array(interp)?);
                if self.frame_end.is_some_and(|end| self.pos != end) {
                    return Err(unpickling_error(
                        interp,
                        self.error_class,
                        "beginning of a new frame before end of current frame",
                    ));
                }
                self.frame_end = None;
                let size = usize::try_from(size).unwrap_or(usize::MAX);
                let range = self.take(interp, size)?;
                self.pos = range.start;
                self.frame_end = Some(range.end);
            }
            STOP => return Ok(Step::Stop(self.pop(interp)?)),
            MARK => self.mark(interp)?,
            POP => {
                if list_len(interp, self.stack) > 0 {
                    let v = self.pop(interp)?;
                    interp.heap.decref(v);
                } else if list_len(interp, self.metastack) > 0 {
                    let items = self.pop_mark(interp)?;
                    interp.heap.decref(items);
                } else {
                    return Err(self.underflow(interp));
                }
            }
            POP_MARK => {
                let items = self.pop_mark(interp)?;
                interp.heap.decref(items);
            }
            DUP => {
                let top = self.top(interp)?;
                interp.heap.incref(top);
                self.push(interp, top)?;
            }
            NONE => self.push(interp, Value::None)?,
            NEWTRUE => self.push(interp, Value::Bool(true))?,
            NEWFALSE => self.push(interp, Value::Bool(false))?,
            BININT => {
                let n = i32::from_le_bytes(self.take_array(interp)?);
                self.push(interp, Value::Int(i64::from(n)))?;
            }
            BININT1 => {
                let n = self.take_u8(interp)?;
                self.push(interp, Value::Int(i64::from(n)))?;
            }
            BININT2 => {
                let n = u16::from_le_bytes(self.take_array(interp)?);
                self.push(interp, Value::Int(i64::from(n)))?;
            }
            LONG1 | LONG4 => {
                let n = if code == LONG1 {
                    i64::from(self.take_u8(interp)?)
                } else {
                    i64::from(i32::from_le_bytes(self.take_array(interp)?))
                };
                if n < 0 {
                    return Err(unpickling_error(
                        interp,
                        self.error_class,
                        "LONG pickle has negative byte count",
                    ));
                }
                let range = self.take(interp, n as usize)?;
                let value = BigInt::from_signed_bytes_le(&self.data[range]);
                let v = pyrite_objects::types::int::Int::from_bigint(value)
                    .into_value(&mut interp.heap);
                self.push(interp, v)?;
            }
            BINFLOAT => {
                let f = f64::from_be_bytes(self.take_array(interp)?);
                self.push(interp, Value::Float(f))?;
            }
            INT | LONG | FLOAT | GET | PUT => return self.text_number(interp, code),
            UNICODE => {
                let Some(line) = self.take_line() else {
                    return Ok(Step::Delegate);
                };
                let Some(points) = text::raw_unicode_unescape(&self.data[line]) else {
                    return Ok(Step::Delegate);
                };
                let v = interp.heap.new_str_from_code_points(&points);
                self.push(interp, v)?;
            }
            SHORT_BINUNICODE | BINUNICODE | BINUNICODE8 => {
                let width = match code {
                    SHORT_BINUNICODE => 1,
                    BINUNICODE => 4,
                    _ => 8,
                };
                let range = self.take_sized(interp, width)?;
                let Ok(text) = std::str::from_utf8(&self.data[range]) else {
                    return Ok(Step::Delegate);
                };
                let v = interp.heap.new_str(text);
                self.push(interp, v)?;
            }
            SHORT_BINBYTES | BINBYTES | BINBYTES8 | BYTEARRAY8 => {
                let width = match code {
                    SHORT_BINBYTES => 1,
                    BINBYTES => 4,
                    _ => 8,
                };
                let range = self.take_sized(interp, width)?;
                let data = self.data[range].to_vec();
                let v = if code == BYTEARRAY8 {
                    interp.heap.new_bytearray(data)
                } else {
                    interp.heap.new_bytes(data)
                };
                self.push(interp, v)?;
            }
            EMPTY_TUPLE => {
                let v = interp.heap.new_tuple(Vec::new());
                self.push(interp, v)?;
            }
            TUPLE1 | TUPLE2 | TUPLE3 => {
                let n = usize::from(code - TUPLE1 + 1);
                let items = match self.stack.as_obj().map(|s| interp.heap.payload_mut(s)) {
                    Some(Payload::List(items)) if items.len() >= n => {
                        items.splice(items.len() - n..items.len(), Vec::new())
                    }
                    _ => {
                        return Err(unpickling_error(
                            interp,
                            self.error_class,
                            "unpickling stack underflow",
                        ));
                    }
                };
                let v = interp.heap.new_tuple(items);
                self.push(interp, v)?;
            }
            TUPLE => {
                let items = self.pop_mark(interp)?;
                let values = Self::list_values(interp, items);
                for v in &values {
                    interp.heap.incref(*v);
                }
                interp.heap.decref(items);
                let v = interp.heap.new_tuple(values);
                self.push(interp, v)?;
            }
            EMPTY_LIST => {
                let v = interp.heap.new_list(Vec::new());
                self.push(interp, v)?;
            }
            LIST => {
                let items = self.pop_mark(interp)?;
                self.push(interp, items)?;
            }
            EMPTY_DICT => {
                let v = interp.heap.new_dict();
                self.push(interp, v)?;
            }
            DICT => {
                if list_len(interp, self.stack) % 2 != 0 {
                    return Ok(Step::Delegate);
                }
                let items = self.pop_mark(interp)?;
                let values = Self::list_values(interp, items);
                let d = interp.heap.new_dict();
                let filled = Self::fill_dict(interp, d, &values);
                interp.heap.decref(items);
                if let Err(e) = filled {
                    interp.heap.decref(d);
                    return Err(e);
                }
                self.push(interp, d)?;
            }
            EMPTY_SET => {
                let v = Value::Obj(interp.heap.new_empty_set(false));
                self.push(interp, v)?;
            }
            FROZENSET => {
                let items = self.pop_mark(interp)?;
                let values = Self::list_values(interp, items);
                let made = set::new_set(interp, &values, true);
                interp.heap.decref(items);
                let v = made?;
                self.push(interp, v)?;
            }
            APPEND => {
                let target = self.stack_items(interp).and_then(|items| {
                    let n = items.len();
                    if n >= 2 { items.get(n - 2) } else { None }
                });
                let Some(list) = target.and_then(|t| exact(interp, t, BuiltinType::List)) else {
                    return Ok(Step::Delegate);
                };
                let v = self.pop(interp)?;
                let r = list::append(&mut interp.heap, list, v);
                interp.heap.decref(v);
                r?;
            }
            APPENDS => {
                let Some(list) = self
                    .below_mark(interp)
                    .and_then(|t| exact(interp, t, BuiltinType::List))
                else {
                    return Ok(Step::Delegate);
                };
                let items = self.pop_mark(interp)?;
                for v in Self::list_values(interp, items) {
                    list::append(&mut interp.heap, list, v)?;
                }
                interp.heap.decref(items);
            }
            SETITEM => {
                let target = self.stack_items(interp).and_then(|items| {
                    let n = items.len();
                    if n >= 3 { items.get(n - 3) } else { None }
                });
                let Some(d) = target.and_then(|t| exact(interp, t, BuiltinType::Dict)) else {
                    return Ok(Step::Delegate);
                };
                let value = self.pop(interp)?;
                let key = self.pop(interp)?;
                let r = dict::set_item(interp, d, key, value);
                interp.heap.decref(key);
                interp.heap.decref(value);
                r?;
            }
            SETITEMS => {
                let target = self
                    .below_mark(interp)
                    .and_then(|t| exact(interp, t, BuiltinType::Dict));
                let (Some(d), true) = (target, list_len(interp, self.stack) % 2 == 0) else {
                    return Ok(Step::Delegate);
                };
                let items = self.pop_mark(interp)?;
                let values = Self::list_values(interp, items);
                let filled = Self::fill_dict(interp, Value::Obj(d), &values);
                interp.heap.decref(items);
                filled?;
            }
            ADDITEMS => {
                let Some(s) = self
                    .below_mark(interp)
                    .and_then(|t| exact(interp, t, BuiltinType::Set))
                else {
                    return Ok(Step::Delegate);
                };
                let items = self.pop_mark(interp)?;
                let mut r = Ok(());
                for v in Self::list_values(interp, items) {
                    r = set::add(interp, s, v);
                    if r.is_err() {
                        break;
                    }
                }
                interp.heap.decref(items);
                r?;
            }
            BINGET => {
                let i = self.take_u8(interp)?;
                self.memo_get(interp, i64::from(i))?;
            }
            LONG_BINGET => {
                let i = u32::from_le_bytes(self.take_array(interp)?);
                self.memo_get(interp, i64::from(i))?;
            }
            BINPUT => {
                let i = self.take_u8(interp)?;
                self.memo_put(interp, i64::from(i))?;
            }
            LONG_BINPUT => {
                let i = u32::from_le_bytes(self.take_array(interp)?);
                self.memo_put(interp, i64::from(i))?;
            }
            MEMOIZE => {
                let n = self.memo_len(interp);
                self.memo_put(interp, n)?;
            }
            REDUCE => return self.reduce(interp),
            NEWOBJ => return self.newobj(interp),
            BUILD => return self.build(interp),
            _ => return Ok(Step::Delegate),
        }
        Ok(Step::Next)
    }

    fn stack_items<'h>(&self, interp: &'h Interpreter) -> Option<&'h PyList> {
        interp.heap.list_items(self.stack.as_obj()?)
    }

    /// Sets `d[k] = v` for each pair of `items` (borrowed).
    fn fill_dict(interp: &mut Interpreter, d: Value, items: &[Value]) -> PyResult<()> {
        let Some(d) = d.as_obj() else {
            return Ok(());
        };
        for pair in items.chunks_exact(2) {
            dict::set_item(interp, d, pair[0], pair[1])?;
        }
        Ok(())
    }
}
