//! The pickler's inner loop: `save(pickler, obj)` writes `obj` when it
//! is made of the built-in types a pickle spells with their own opcodes
//! (None, bool, int, float, str, bytes, bytearray, tuple, list, dict,
//! set, frozenset), and hands every other object to the pickler's
//! Python method `_save_other`, which reduces it and comes back here for
//! the parts.
//!
//! The native and the Python halves share one state, the pickler's: its
//! memo (`id(obj) -> (index, obj)`), its protocol and its framer (the
//! bytearray being filled: `framer.current` inside a protocol 4 frame,
//! else `framer.out`). So the bytes are those the Python pickler alone
//! would write, which are CPython's.
//!
//! Invariants:
//! - `Saver::target` is the framer's current buffer: it is fetched again
//!   after every call into Python, which may have ended a frame.
//! - A container being written is held by the caller; a list's or a
//!   dict's items are read one at a time and held while they are saved,
//!   since saving them may run code that changes the container.

use num_bigint::BigInt;
use pyrite_objects::types::dict;
use pyrite_objects::{BuiltinType, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

use super::opcodes::*;
use crate::interpreter::Interpreter;

/// Frames end once they hold this many bytes (CPython's
/// `_FRAME_SIZE_TARGET`); a str or bytes this large goes outside frames.
const FRAME_SIZE_TARGET: usize = 64 * 1024;
/// Items per APPENDS, SETITEMS or ADDITEMS batch.
const BATCH_SIZE: usize = 1000;

/// One `save` call's view of the pickler.
pub(super) struct Saver {
    pub(super) pickler: Value,
    framer: Value,
    memo: ObjRef,
    pub(super) proto: u8,
    target: Value,
    framing: bool,
    /// `copyreg.dispatch_table` when the pickler has neither its own
    /// dispatch table nor a `reducer_override` (so instances may be
    /// reduced here), else `None`.
    pub(super) plain_dispatch: Value,
    /// Classes already checked for [`Saver::reduce_natively`]'s fast
    /// path, with the answer.
    pub(super) checked_classes: Vec<(ObjRef, bool)>,
}

/// `save(pickler, obj)`: writes `obj` through the pickler `pickler`.
pub(super) fn save(interp: &mut Interpreter, pickler: Value, obj: Value) -> PyResult<()> {
    let mut saver = Saver::begin(interp, pickler)?;
    let result = saver.save(interp, obj);
    saver.finish(interp);
    result
}

/// The attribute `name` of `obj` (a new reference).
pub(super) fn attr(interp: &mut Interpreter, obj: Value, name: &str) -> PyResult<Value> {
    let key = interp.intern(name);
    let r = interp.get_attr(obj, key);
    interp.heap.decref(key);
    r
}

/// Calls the method `name` of `obj` with `args`, dropping the result.
pub(super) fn call_method(
    interp: &mut Interpreter,
    obj: Value,
    name: &str,
    args: &[Value],
) -> PyResult<()> {
    let method = attr(interp, obj, name)?;
    let r = interp.call(method, args, &[]);
    interp.heap.decref(method);
    interp.heap.decref(r?);
    Ok(())
}

/// `id(obj)` as an int value.
fn id_of(interp: &mut Interpreter, obj: Value) -> Value {
    let id = interp.heap.id(obj);
    match i64::try_from(id) {
        Ok(small) => Value::Int(small),
        Err(_) => pyrite_objects::types::int::Int::from_bigint(BigInt::from(id))
            .into_value(&mut interp.heap),
    }
}

impl Saver {
    fn begin(interp: &mut Interpreter, pickler: Value) -> PyResult<Saver> {
        let framer = attr(interp, pickler, "_framer")?;
        let memo = match attr(interp, pickler, "memo") {
            Ok(m) => m,
            Err(e) => {
                interp.heap.decref(framer);
                return Err(e);
            }
        };
        let proto = match attr(interp, pickler, "proto") {
            Ok(Value::Int(p)) if (0..=5).contains(&p) => p as u8,
            Ok(other) => {
                interp.heap.decref(other);
                5
            }
            Err(e) => {
                interp.heap.decref(framer);
                interp.heap.decref(memo);
                return Err(e);
            }
        };
        let memo_ref = match memo.as_obj() {
            Some(r) if matches!(interp.heap.payload(r), Payload::Dict(_)) => r,
            _ => {
                interp.heap.decref(framer);
                interp.heap.decref(memo);
                return Err(PyErr::type_error("memo must be a dictionary"));
            }
        };
        let plain_dispatch = match attr(interp, pickler, "_plain_dispatch") {
            Ok(v) => v,
            Err(e) => {
                interp.drop_error(e);
                Value::None
            }
        };
        let mut saver = Saver {
            pickler,
            framer,
            memo: memo_ref,
            proto,
            target: Value::None,
            framing: false,
            plain_dispatch,
            checked_classes: Vec::new(),
        };
        if let Err(e) = saver.refresh(interp) {
            saver.finish(interp);
            return Err(e);
        }
        Ok(saver)
    }

    fn finish(self, interp: &mut Interpreter) {
        interp.heap.decref(self.plain_dispatch);
        interp.heap.decref(self.target);
        interp.heap.decref(Value::Obj(self.memo));
        interp.heap.decref(self.framer);
    }

    /// Fetches the buffer the framer writes to now.
    pub(super) fn refresh(&mut self, interp: &mut Interpreter) -> PyResult<()> {
        let current = attr(interp, self.framer, "current")?;
        let (target, framing) = if current == Value::None {
            (attr(interp, self.framer, "out")?, false)
        } else {
            (current, true)
        };
        if !matches!(
            target.as_obj().map(|r| interp.heap.payload(r)),
            Some(Payload::ByteArray(_))
        ) {
            interp.heap.decref(target);
            return Err(PyErr::type_error(
                "the pickler's output must be a bytearray",
            ));
        }
        interp.heap.decref(self.target);
        self.target = target;
        self.framing = framing;
        Ok(())
    }

    fn buffer<'h>(&self, interp: &'h mut Interpreter) -> Option<&'h mut Vec<u8>> {
        match self.target.as_obj().map(|r| interp.heap.payload_mut(r)) {
            Some(Payload::ByteArray(bytes)) => Some(bytes),
            _ => None,
        }
    }

    pub(super) fn write(&self, interp: &mut Interpreter, data: &[u8]) {
        if let Some(bytes) = self.buffer(interp) {
            bytes.extend_from_slice(data);
        }
    }

    pub(super) fn write_byte(&self, interp: &mut Interpreter, byte: u8) {
        if let Some(bytes) = self.buffer(interp) {
            bytes.push(byte);
        }
    }

    /// An opcode with a text or bytes argument: one as large as a frame
    /// goes between frames, which the framer's `write_bytes` arranges.
    fn write_bytes(
        &mut self,
        interp: &mut Interpreter,
        header: &[u8],
        payload: &[u8],
    ) -> PyResult<()> {
        if self.framing && payload.len() >= FRAME_SIZE_TARGET {
            let h = interp.heap.new_bytes(header.to_vec());
            let p = interp.heap.new_bytes(payload.to_vec());
            let r = call_method(interp, self.framer, "write_bytes", &[h, p]);
            interp.heap.decref(h);
            interp.heap.decref(p);
            r?;
            return self.refresh(interp);
        }
        if let Some(bytes) = self.buffer(interp) {
            bytes.extend_from_slice(header);
            bytes.extend_from_slice(payload);
        }
        Ok(())
    }

    /// Hands `obj` to the pickler's Python half.
    pub(super) fn save_other(&mut self, interp: &mut Interpreter, obj: Value) -> PyResult<()> {
        let r = call_method(interp, self.pickler, "_save_other", &[obj]);
        self.refresh(interp)?;
        r
    }

    pub(super) fn save(&mut self, interp: &mut Interpreter, obj: Value) -> PyResult<()> {
        if self.framing
            && self
                .buffer(interp)
                .is_some_and(|b| b.len() >= FRAME_SIZE_TARGET)
        {
            call_method(interp, self.framer, "commit", &[])?;
            self.refresh(interp)?;
        }
        match obj {
            Value::None => {
                self.write_byte(interp, NONE);
                return Ok(());
            }
            Value::Bool(b) => {
                self.save_bool(interp, b);
                return Ok(());
            }
            Value::Int(i) => {
                self.save_int(interp, i);
                return Ok(());
            }
            Value::Float(f) => return self.save_float(interp, f),
            _ => {}
        }
        let Some(r) = obj.as_obj() else {
            return self.save_other(interp, obj);
        };
        let TypeRef::Builtin(kind) = interp.heap.type_of(obj) else {
            if let Some(index) = self.memo_index(interp, obj)? {
                self.write_get(interp, index);
                return Ok(());
            }
            if self.reduce_natively(interp, obj)? {
                return Ok(());
            }
            return self.save_other(interp, obj);
        };
        if kind == BuiltinType::Int {
            if let Payload::Int(big) = interp.heap.payload(r) {
                let big = big.clone();
                self.save_big_int(interp, &big);
                return Ok(());
            }
        }
        if let Some(index) = self.memo_index(interp, obj)? {
            self.write_get(interp, index);
            return Ok(());
        }
        match kind {
            BuiltinType::Str => self.save_str(interp, obj, r),
            BuiltinType::Bytes if self.proto >= 3 => self.save_bytes(interp, obj, r),
            BuiltinType::ByteArray if self.proto >= 5 => self.save_bytes(interp, obj, r),
            BuiltinType::Tuple => self.save_tuple(interp, obj, r),
            BuiltinType::List => self.save_list(interp, obj, r),
            BuiltinType::Dict => self.save_dict(interp, obj, r),
            BuiltinType::Set if self.proto >= 4 => self.save_set(interp, obj, r),
            BuiltinType::FrozenSet if self.proto >= 4 => self.save_frozenset(interp, obj, r),
            _ => self.save_other(interp, obj),
        }
    }

    // ------------------------------------------------------------ memo

    /// The memo index of `obj`, if it was written before.
    pub(super) fn memo_index(&self, interp: &mut Interpreter, obj: Value) -> PyResult<Option<u64>> {
        let key = id_of(interp, obj);
        let found = dict::get_item(interp, self.memo, key);
        interp.heap.decref(key);
        let Some(entry) = found? else {
            return Ok(None);
        };
        let index = match entry.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Tuple(items)) => match items.first() {
                Some(Value::Int(i)) => u64::try_from(*i).ok(),
                _ => None,
            },
            _ => None,
        };
        interp.heap.decref(entry);
        index
            .map(Some)
            .ok_or_else(|| PyErr::type_error("memo entries must be (index, object) pairs"))
    }

    /// Records `obj` as the next memo entry and writes its PUT.
    pub(super) fn memoize(&self, interp: &mut Interpreter, obj: Value) -> PyResult<()> {
        let index = match interp.heap.payload(self.memo) {
            Payload::Dict(table) => table.len() as u64,
            _ => 0,
        };
        if self.proto >= 4 {
            self.write_byte(interp, MEMOIZE);
        } else if self.proto >= 1 {
            match u8::try_from(index) {
                Ok(small) => self.write(interp, &[BINPUT, small]),
                Err(_) => {
                    let mut op = vec![LONG_BINPUT];
                    op.extend_from_slice(&(index as u32).to_le_bytes());
                    self.write(interp, &op);
                }
            }
        } else {
            self.write(interp, format!("{}{index}\n", PUT as char).as_bytes());
        }
        let key = id_of(interp, obj);
        let entry = interp.heap.new_tuple(vec![Value::Int(index as i64), obj]);
        interp.heap.incref(obj);
        let r = dict::set_item(interp, self.memo, key, entry);
        interp.heap.decref(key);
        interp.heap.decref(entry);
        r
    }

    pub(super) fn write_get(&self, interp: &mut Interpreter, index: u64) {
        if self.proto >= 1 {
            match u8::try_from(index) {
                Ok(small) => self.write(interp, &[BINGET, small]),
                Err(_) => {
                    let mut op = vec![LONG_BINGET];
                    op.extend_from_slice(&(index as u32).to_le_bytes());
                    self.write(interp, &op);
                }
            }
        } else {
            self.write(interp, format!("{}{index}\n", GET as char).as_bytes());
        }
    }

    // ---------------------------------------------------------- atoms

    fn save_bool(&self, interp: &mut Interpreter, b: bool) {
        if self.proto >= 2 {
            self.write_byte(interp, if b { NEWTRUE } else { NEWFALSE });
        } else {
            self.write(interp, if b { b"I01\n" } else { b"I00\n" });
        }
    }

    fn save_int(&self, interp: &mut Interpreter, i: i64) {
        if self.proto >= 1 {
            if let Ok(small) = u8::try_from(i) {
                self.write(interp, &[BININT1, small]);
                return;
            }
            if let Ok(small) = u16::try_from(i) {
                let [a, b] = small.to_le_bytes();
                self.write(interp, &[BININT2, a, b]);
                return;
            }
            if let Ok(word) = i32::try_from(i) {
                let [a, b, c, d] = word.to_le_bytes();
                self.write(interp, &[BININT, a, b, c, d]);
                return;
            }
        }
        self.save_big_int(interp, &BigInt::from(i));
    }

    /// An int outside BININT's range: LONG1/LONG4 with its two's
    /// complement bytes from protocol 2, else its decimal text.
    fn save_big_int(&self, interp: &mut Interpreter, n: &BigInt) {
        if self.proto >= 2 {
            let encoded = if n.sign() == num_bigint::Sign::NoSign {
                Vec::new()
            } else {
                n.to_signed_bytes_le()
            };
            let mut op = Vec::with_capacity(encoded.len() + 5);
            match u8::try_from(encoded.len()) {
                Ok(len) => op.extend_from_slice(&[LONG1, len]),
                Err(_) => {
                    op.push(LONG4);
                    op.extend_from_slice(&(encoded.len() as i32).to_le_bytes());
                }
            }
            op.extend_from_slice(&encoded);
            self.write(interp, &op);
        } else if let Ok(word) = i32::try_from(n) {
            self.write(interp, format!("{}{word}\n", INT as char).as_bytes());
        } else {
            self.write(interp, format!("{}{n}L\n", LONG as char).as_bytes());
        }
    }

    fn save_float(&self, interp: &mut Interpreter, f: f64) -> PyResult<()> {
        if self.proto >= 1 {
            let mut op = [BINFLOAT; 9];
            op[1..].copy_from_slice(&f.to_be_bytes());
            self.write(interp, &op);
        } else {
            let text = interp.repr(Value::Float(f))?;
            self.write(interp, format!("{}{text}\n", FLOAT as char).as_bytes());
        }
        Ok(())
    }

    fn save_str(&mut self, interp: &mut Interpreter, obj: Value, r: ObjRef) -> PyResult<()> {
        let Payload::Str(s) = interp.heap.payload(r) else {
            return self.save_other(interp, obj);
        };
        if self.proto == 0 {
            let escaped = raw_unicode_escape(&s.code_points());
            let mut op = Vec::with_capacity(escaped.len() + 2);
            op.push(UNICODE);
            op.extend_from_slice(&escaped);
            op.push(b'\n');
            self.write(interp, &op);
            return self.memoize(interp, obj);
        }
        let encoded: Vec<u8> = if s.has_surrogates() {
            surrogatepass_utf8(&s.code_points())
        } else {
            s.as_str().as_bytes().to_vec()
        };
        let n = encoded.len();
        let mut header = Vec::with_capacity(9);
        if n <= 0xff && self.proto >= 4 {
            header.extend_from_slice(&[SHORT_BINUNICODE, n as u8]);
        } else if n > 0xffff_ffff && self.proto >= 4 {
            header.push(BINUNICODE8);
            header.extend_from_slice(&(n as u64).to_le_bytes());
        } else if n > 0xffff_ffff {
            return Err(PyErr::overflow(
                "cannot serialize a string larger than 4GiB",
            ));
        } else {
            header.push(BINUNICODE);
            header.extend_from_slice(&(n as u32).to_le_bytes());
        }
        self.write_bytes(interp, &header, &encoded)?;
        self.memoize(interp, obj)
    }

    /// bytes (protocol 3 on) and bytearray (protocol 5).
    fn save_bytes(&mut self, interp: &mut Interpreter, obj: Value, r: ObjRef) -> PyResult<()> {
        let (data, is_bytearray) = match interp.heap.payload(r) {
            Payload::Bytes(b) => (b.to_vec(), false),
            Payload::ByteArray(b) => (b.clone(), true),
            _ => return self.save_other(interp, obj),
        };
        let n = data.len();
        let mut header = Vec::with_capacity(9);
        if is_bytearray {
            header.push(BYTEARRAY8);
            header.extend_from_slice(&(n as u64).to_le_bytes());
        } else if n <= 0xff {
            header.extend_from_slice(&[SHORT_BINBYTES, n as u8]);
        } else if n > 0xffff_ffff && self.proto >= 4 {
            header.push(BINBYTES8);
            header.extend_from_slice(&(n as u64).to_le_bytes());
        } else if n > 0xffff_ffff {
            return Err(PyErr::overflow(
                "cannot serialize a bytes object larger than 4 GiB",
            ));
        } else {
            header.push(BINBYTES);
            header.extend_from_slice(&(n as u32).to_le_bytes());
        }
        self.write_bytes(interp, &header, &data)?;
        self.memoize(interp, obj)
    }

    // ------------------------------------------------------ containers

    /// Saves each of `items` (borrowed from a container the caller
    /// holds), counted against the recursion limit.
    fn save_all(&mut self, interp: &mut Interpreter, items: &[Value]) -> PyResult<()> {
        for item in items {
            interp.heap.incref(*item);
            let r = self.save(interp, *item);
            interp.heap.decref(*item);
            r?;
        }
        Ok(())
    }

    fn nested<T>(
        &mut self,
        interp: &mut Interpreter,
        f: impl FnOnce(&mut Saver, &mut Interpreter) -> PyResult<T>,
    ) -> PyResult<T> {
        interp.enter_recursive_call(" while pickling an object")?;
        let r = f(self, interp);
        interp.depth -= 1;
        r
    }

    fn save_tuple(&mut self, interp: &mut Interpreter, obj: Value, r: ObjRef) -> PyResult<()> {
        let items = match interp.heap.payload(r) {
            Payload::Tuple(items) => items.to_vec(),
            _ => return self.save_other(interp, obj),
        };
        let n = items.len();
        if n == 0 {
            if self.proto >= 1 {
                self.write_byte(interp, EMPTY_TUPLE);
            } else {
                self.write(interp, &[MARK, TUPLE]);
            }
            return Ok(());
        }
        let short = n <= 3 && self.proto >= 2;
        if !short {
            self.write_byte(interp, MARK);
        }
        self.nested(interp, |s, interp| s.save_all(interp, &items))?;
        // Saving the items may have saved this tuple (through a list that
        // holds it): the copy on the stack is dropped and the memo's used.
        if let Some(index) = self.memo_index(interp, obj)? {
            if short {
                self.write(interp, &vec![POP; n]);
            } else if self.proto >= 1 {
                self.write_byte(interp, POP_MARK);
            } else {
                self.write(interp, &vec![POP; n + 1]);
            }
            self.write_get(interp, index);
            return Ok(());
        }
        let op = if short {
            [TUPLE1, TUPLE2, TUPLE3][n - 1]
        } else {
            TUPLE
        };
        self.write_byte(interp, op);
        self.memoize(interp, obj)
    }

    /// The item of the list `r` at `i`, owned, while there is one.
    fn list_item(interp: &mut Interpreter, r: ObjRef, i: usize) -> Option<Value> {
        let item = interp.heap.list_items(r)?.get(i)?;
        interp.heap.incref(item);
        Some(item)
    }

    fn save_list(&mut self, interp: &mut Interpreter, obj: Value, r: ObjRef) -> PyResult<()> {
        if self.proto >= 1 {
            self.write_byte(interp, EMPTY_LIST);
        } else {
            self.write(interp, &[MARK, LIST]);
        }
        self.memoize(interp, obj)?;
        self.nested(interp, |s, interp| s.list_items(interp, r))
    }

    fn list_items(&mut self, interp: &mut Interpreter, r: ObjRef) -> PyResult<()> {
        let len = |interp: &Interpreter| interp.heap.list_items(r).map_or(0, |v| v.len());
        if self.proto == 0 || len(interp) <= 1 {
            let mut i = 0;
            while let Some(item) = Self::list_item(interp, r, i) {
                let saved = self.save(interp, item);
                interp.heap.decref(item);
                saved?;
                self.write_byte(interp, APPEND);
                i += 1;
            }
            return Ok(());
        }
        let mut i = 0;
        loop {
            self.write_byte(interp, MARK);
            let mut batch = 0;
            while let Some(item) = Self::list_item(interp, r, i) {
                let saved = self.save(interp, item);
                interp.heap.decref(item);
                saved?;
                i += 1;
                batch += 1;
                if batch == BATCH_SIZE {
                    break;
                }
            }
            self.write_byte(interp, APPENDS);
            if i >= len(interp) {
                return Ok(());
            }
        }
    }

    fn save_dict(&mut self, interp: &mut Interpreter, obj: Value, r: ObjRef) -> PyResult<()> {
        if self.proto >= 1 {
            self.write_byte(interp, EMPTY_DICT);
        } else {
            self.write(interp, &[MARK, DICT]);
        }
        self.memoize(interp, obj)?;
        self.nested(interp, |s, interp| s.dict_items(interp, r))
    }

    /// The entry of the dict `r` at or after position `*pos` (owned key
    /// and value), moving `*pos` past it.
    fn dict_entry(interp: &mut Interpreter, r: ObjRef, pos: &mut usize) -> Option<(Value, Value)> {
        let Payload::Dict(table) = interp.heap.payload(r) else {
            return None;
        };
        while *pos < table.positions() {
            let at = *pos;
            *pos += 1;
            if let Some(e) = table.entry(at) {
                let (k, v) = (e.key, e.value);
                interp.heap.incref(k);
                interp.heap.incref(v);
                return Some((k, v));
            }
        }
        None
    }

    fn dict_len(interp: &Interpreter, r: ObjRef) -> usize {
        match interp.heap.payload(r) {
            Payload::Dict(table) => table.len(),
            _ => 0,
        }
    }

    fn save_pair(&mut self, interp: &mut Interpreter, k: Value, v: Value) -> PyResult<()> {
        let r = self.save(interp, k).and_then(|()| self.save(interp, v));
        interp.heap.decref(k);
        interp.heap.decref(v);
        r
    }

    fn dict_items(&mut self, interp: &mut Interpreter, r: ObjRef) -> PyResult<()> {
        let size = Self::dict_len(interp, r);
        let mut pos = 0;
        if self.proto == 0 || size <= 1 {
            while let Some((k, v)) = Self::dict_entry(interp, r, &mut pos) {
                self.save_pair(interp, k, v)?;
                self.write_byte(interp, SETITEM);
            }
            return Ok(());
        }
        // Every batch is MARK ... SETITEMS; a size that is a multiple of
        // the batch size ends with an empty batch, as CPython writes it.
        loop {
            self.write_byte(interp, MARK);
            let mut batch = 0;
            while batch < BATCH_SIZE {
                let Some((k, v)) = Self::dict_entry(interp, r, &mut pos) else {
                    break;
                };
                self.save_pair(interp, k, v)?;
                batch += 1;
            }
            self.write_byte(interp, SETITEMS);
            if Self::dict_len(interp, r) != size {
                return Err(PyErr::new(
                    pyrite_objects::ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
            if batch < BATCH_SIZE {
                return Ok(());
            }
        }
    }

    /// The members of a set or frozenset, in iteration order (borrowed).
    fn set_members(interp: &Interpreter, r: ObjRef) -> Vec<Value> {
        match interp.heap.payload(r) {
            Payload::Set(table) => table.entries().map(|(_, k)| k).collect(),
            _ => Vec::new(),
        }
    }

    fn save_set(&mut self, interp: &mut Interpreter, obj: Value, r: ObjRef) -> PyResult<()> {
        self.write_byte(interp, EMPTY_SET);
        self.memoize(interp, obj)?;
        let members = Self::set_members(interp, r);
        for &m in &members {
            interp.heap.incref(m);
        }
        let result = self.nested(interp, |s, interp| {
            for batch in members.chunks(BATCH_SIZE) {
                s.write_byte(interp, MARK);
                s.save_all(interp, batch)?;
                s.write_byte(interp, ADDITEMS);
            }
            if members.len() % BATCH_SIZE == 0 && !members.is_empty() {
                s.write(interp, &[MARK, ADDITEMS]);
            }
            Ok(())
        });
        for &m in &members {
            interp.heap.decref(m);
        }
        result
    }

    fn save_frozenset(&mut self, interp: &mut Interpreter, obj: Value, r: ObjRef) -> PyResult<()> {
        self.write_byte(interp, MARK);
        let members = Self::set_members(interp, r);
        self.nested(interp, |s, interp| s.save_all(interp, &members))?;
        if let Some(index) = self.memo_index(interp, obj)? {
            self.write_byte(interp, POP_MARK);
            self.write_get(interp, index);
            return Ok(());
        }
        self.write_byte(interp, FROZENSET);
        self.memoize(interp, obj)
    }
}

/// Text as protocol 0's UNICODE opcode carries it: latin-1 bytes, other
/// characters as `\uXXXX`/`\UXXXXXXXX`, and the characters that would
/// break the line-based format (backslash, NUL, newlines, ^Z) escaped too.
fn raw_unicode_escape(points: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(points.len());
    for &c in points {
        if matches!(c, 0x5c | 0 | 0x0a | 0x0d | 0x1a) || (0x100..0x10000).contains(&c) {
            out.extend_from_slice(format!("\\u{c:04x}").as_bytes());
        } else if c >= 0x10000 {
            out.extend_from_slice(format!("\\U{c:08x}").as_bytes());
        } else {
            out.push(c as u8);
        }
    }
    out
}

/// UTF-8 with lone surrogates written as three bytes each (the
/// `surrogatepass` error handler CPython's pickler uses).
fn surrogatepass_utf8(points: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(points.len());
    for &c in points {
        match char::from_u32(c) {
            Some(ch) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            None => out.extend_from_slice(&[
                0xe0 | (c >> 12) as u8,
                0x80 | ((c >> 6) & 0x3f) as u8,
                0x80 | (c & 0x3f) as u8,
            ]),
        }
    }
    out
}
