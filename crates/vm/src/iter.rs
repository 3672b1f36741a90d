//! Iteration: `iter()` and `next()` over built-in iterables, the built-in
//! iterator objects (`list_iterator`, `range_iterator`, `enumerate`,
//! `zip`, `map`, `filter`, …) and user classes' `__iter__`/`__next__`,
//! with the `__getitem__` fallback.

use pyrite_objects::types::interp::{DictViewKind, InterpObject, IterState};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    /// `iter(v)`; an owned result.
    pub(crate) fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some((dict, kind)) = self.dict_view(v) {
            return Ok(self.view_iter(dict, kind));
        }
        if let Some(f) = self.user_special(v, "__iter__") {
            if f == Value::None {
                // `__iter__ = None` declares a class not iterable.
                return Err(PyErr::type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(v)
                )));
            }
            let it = self.call_special(f, v, &[])?;
            if !self.is_iterator_object(it) && self.user_special(it, "__next__").is_none() {
                let name = self.type_name(it);
                self.heap.decref(it);
                return Err(PyErr::type_error(format!(
                    "iter() returned non-iterator of type '{name}'"
                )));
            }
            return Ok(it);
        }
        let not_iterable =
            |me: &Self| PyErr::type_error(format!("'{}' object is not iterable", me.type_name(v)));
        let Some(r) = v.as_obj() else {
            return Err(not_iterable(self));
        };
        let (class, state) = match self.heap.payload(r) {
            Payload::List(_) => ("list_iterator", IterState::Seq { seq: v, index: 0 }),
            Payload::Tuple(_) => ("tuple_iterator", IterState::Seq { seq: v, index: 0 }),
            Payload::Str(_) => ("str_ascii_iterator", IterState::Seq { seq: v, index: 0 }),
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                ("bytes_iterator", IterState::Seq { seq: v, index: 0 })
            }
            Payload::Dict(d) => (
                "dict_keyiterator",
                IterState::Dict {
                    dict: v,
                    index: 0,
                    len: d.len(),
                    kind: DictViewKind::Keys,
                },
            ),
            Payload::Range { start, stop, step } => {
                let bounds = [*start, *stop, *step];
                return self.range_iter(bounds, false);
            }
            Payload::Set(t) => (
                "set_iterator",
                IterState::Set {
                    set: v,
                    index: 0,
                    len: t.len(),
                },
            ),
            Payload::Interp(o)
                if matches!(**o, InterpObject::Iterator(_)) || self.is_generator_iterator(v) =>
            {
                self.heap.incref(v);
                return Ok(v);
            }
            _ => {
                if self.user_special(v, "__next__").is_some()
                    && self.user_special(v, "__iter__").is_some()
                {
                    self.heap.incref(v);
                    return Ok(v);
                }
                if self.user_special(v, "__getitem__").is_some() {
                    ("iterator", IterState::GetItem { obj: v, index: 0 })
                } else {
                    return Err(not_iterable(self));
                }
            }
        };
        if let IterState::Seq { seq, .. }
        | IterState::GetItem { obj: seq, .. }
        | IterState::Dict { dict: seq, .. }
        | IterState::Set { set: seq, .. } = &state
        {
            self.heap.incref(*seq);
        }
        Ok(self.new_interp(class, InterpObject::Iterator(state)))
    }

    /// Whether `v` is one of the built-in iterator objects.
    pub(crate) fn is_iterator_object(&self, v: Value) -> bool {
        v.as_obj().is_some_and(|r| {
            matches!(self.heap.payload(r), Payload::Interp(o) if matches!(**o, InterpObject::Iterator(_)))
                || self.is_generator_iterator(v)
        })
    }

    /// `next(it)`: `Some(item)` (owned), or `None` when exhausted.
    pub(crate) fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(r) = it.as_obj() else {
            return Err(self.not_an_iterator(it));
        };
        if let Some(step) = self.generator_iter_next(it) {
            return step;
        }
        let is_builtin = matches!(
            self.heap.payload(r),
            Payload::Interp(o) if matches!(**o, InterpObject::Iterator(_))
        );
        if !is_builtin {
            let Some(f) = self.user_special(it, "__next__") else {
                return Err(self.not_an_iterator(it));
            };
            return match self.call_special(f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.is_stop_iteration(&e) => {
                    self.drop_error(e);
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        let step = self.step_builtin_iterator(r)?;
        if step.is_none() {
            self.exhaust(r);
        }
        Ok(step)
    }

    /// `zip(strict=True)` found iterator `exhausted` at its end: an error
    /// unless every iterator ends together (CPython's messages: "zip()
    /// argument 2 is shorter than argument 1", "... longer than arguments
    /// 1-2").
    fn zip_strict_check(&mut self, iterators: &[Value], exhausted: usize) -> PyResult<()> {
        let before = |i: usize| {
            if i == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{i}")
            }
        };
        if exhausted > 0 {
            return Err(PyErr::value_error(format!(
                "zip() argument {} is shorter than {}",
                exhausted + 1,
                before(exhausted)
            )));
        }
        for (i, it) in iterators.iter().enumerate().skip(1) {
            if let Some(v) = self.next(*it)? {
                self.heap.decref(v);
                return Err(PyErr::value_error(format!(
                    "zip() argument {} is longer than {}",
                    i + 1,
                    before(i)
                )));
            }
        }
        Ok(())
    }

    fn not_an_iterator(&self, v: Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(v)))
    }

    /// Mark an iterator exhausted and release what it holds.
    fn exhaust(&mut self, r: pyrite_objects::ObjRef) {
        let old = match self.heap.payload_mut(r) {
            Payload::Interp(o) => match &mut **o {
                InterpObject::Iterator(state) => std::mem::replace(state, IterState::Exhausted),
                _ => return,
            },
            _ => return,
        };
        let mut held = Vec::new();
        InterpObject::Iterator(old).for_each_value(&mut |v| held.push(*v));
        self.release(held);
    }

    /// The state of the built-in iterator `v`, if it is one.
    pub(crate) fn iter_state(&self, v: Value) -> Option<&IterState> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Iterator(state) => Some(state),
                _ => None,
            },
            _ => None,
        }
    }

    /// The state of the built-in iterator `r`, mutably.
    pub(crate) fn iter_state_mut(&mut self, r: pyrite_objects::ObjRef) -> Option<&mut IterState> {
        match self.heap.payload_mut(r) {
            Payload::Interp(o) => match &mut **o {
                InterpObject::Iterator(state) => Some(state),
                _ => None,
            },
            _ => None,
        }
    }

    fn step_builtin_iterator(&mut self, r: pyrite_objects::ObjRef) -> PyResult<Option<Value>> {
        let Some(state) = self.iter_state_mut(r) else {
            return Ok(None);
        };
        match state {
            IterState::Exhausted => Ok(None),
            IterState::Range {
                next,
                remaining,
                step,
            } => {
                if *remaining == 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            IterState::Items { rest } => Ok(rest.pop()),
            IterState::LongRange { .. } => Ok(self.long_range_step(r)),
            IterState::Dict {
                dict,
                index,
                len,
                kind,
            } => {
                let (dict, i, len, kind) = (*dict, *index, *len, *kind);
                self.dict_iter_step(r, dict, i, len, kind)
            }
            IterState::Set { set, index, len } => {
                let (set, i, len) = (*set, *index, *len);
                self.set_iter_step(r, set, i, len)
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                let v = match self.call(func, &[], &[]) {
                    Ok(v) => v,
                    Err(e) if self.is_stop_iteration(&e) => {
                        self.drop_error(e);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                match self.equal(v, sentinel) {
                    Ok(false) => Ok(Some(v)),
                    Ok(true) => {
                        self.heap.decref(v);
                        Ok(None)
                    }
                    Err(e) => {
                        self.heap.decref(v);
                        Err(e)
                    }
                }
            }
            IterState::Seq { seq, index } => {
                let (seq, i) = (*seq, *index);
                let item = self.seq_item(seq, i);
                if let Some((_, next_index)) = item {
                    if let Some(IterState::Seq { index, .. }) = self.iter_state_mut(r) {
                        *index = next_index;
                    }
                }
                Ok(item.map(|(v, _)| v))
            }
            IterState::Reversed { seq, remaining } => {
                if *remaining == 0 {
                    return Ok(None);
                }
                *remaining -= 1;
                let (seq, i) = (*seq, *remaining);
                Ok(self.seq_item(seq, i).map(|(v, _)| v))
            }
            IterState::GetItem { obj, index } => {
                let (obj, i) = (*obj, *index);
                if let Some(IterState::GetItem { index, .. }) = self.iter_state_mut(r) {
                    *index += 1;
                }
                match self.getitem(obj, Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.error_is(&e, ExcKind::IndexError) || self.is_stop_iteration(&e) =>
                    {
                        self.drop_error(e);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Enumerate { it, count } => {
                let (it, n) = (*it, *count);
                let Some(v) = self.next(it)? else {
                    return Ok(None);
                };
                if let Some(IterState::Enumerate { count, .. }) = self.iter_state_mut(r) {
                    *count += 1;
                }
                Ok(Some(self.heap.new_tuple(vec![Value::Int(n), v])))
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (*its, *strict);
                let iterators = self.tuple_items(its);
                let mut items = Vec::with_capacity(iterators.len());
                for (i, it) in iterators.iter().enumerate() {
                    match self.next(*it) {
                        Ok(Some(v)) => items.push(v),
                        Ok(None) => {
                            self.release(items);
                            if strict {
                                self.zip_strict_check(&iterators, i)?;
                            }
                            return Ok(None);
                        }
                        Err(e) => {
                            self.release(items);
                            return Err(e);
                        }
                    }
                }
                if items.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.heap.new_tuple(items)))
            }
            IterState::Map { func, its } => {
                let (func, its) = (*func, *its);
                let iterators = self.tuple_items(its);
                let mut items = Vec::with_capacity(iterators.len());
                for it in iterators {
                    match self.next(it) {
                        Ok(Some(v)) => items.push(v),
                        Ok(None) => {
                            self.release(items);
                            return Ok(None);
                        }
                        Err(e) => {
                            self.release(items);
                            return Err(e);
                        }
                    }
                }
                self.heap.incref(func);
                let result = self.call(func, &items, &[]);
                self.heap.decref(func);
                self.release(items);
                result.map(Some)
            }
            IterState::Filter { func, it } => {
                let (func, it) = (*func, *it);
                loop {
                    let Some(v) = self.next(it)? else {
                        return Ok(None);
                    };
                    let keep = if func == Value::None {
                        self.truthy(v)
                    } else {
                        self.call(func, &[v], &[]).and_then(|t| {
                            let b = self.truthy(t);
                            self.heap.decref(t);
                            b
                        })
                    };
                    match keep {
                        Ok(true) => return Ok(Some(v)),
                        Ok(false) => self.heap.decref(v),
                        Err(e) => {
                            self.heap.decref(v);
                            return Err(e);
                        }
                    }
                }
            }
        }
    }

    /// One step over a dict from entry position `i`: the key, value or
    /// `(key, value)` (owned), after checking the size did not change.
    fn dict_iter_step(
        &mut self,
        it: pyrite_objects::ObjRef,
        dict: Value,
        i: usize,
        len: usize,
        kind: DictViewKind,
    ) -> PyResult<Option<Value>> {
        let Some(Payload::Dict(d)) = dict.as_obj().map(|r| self.heap.payload(r)) else {
            return Ok(None);
        };
        if d.len() != len {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        let Some((k, key, value)) =
            (i..d.positions()).find_map(|k| d.entry(k).map(|e| (k, e.key, e.value)))
        else {
            return Ok(None);
        };
        if let Some(IterState::Dict { index, .. }) = self.iter_state_mut(it) {
            *index = k + 1;
        }
        self.heap.incref(key);
        self.heap.incref(value);
        Ok(Some(match kind {
            DictViewKind::Keys => {
                self.heap.decref(value);
                key
            }
            DictViewKind::Values => {
                self.heap.decref(key);
                value
            }
            DictViewKind::Items => self.heap.new_tuple(vec![key, value]),
        }))
    }

    /// One step over a set's table from slot `i` (the key, owned).
    fn set_iter_step(
        &mut self,
        it: pyrite_objects::ObjRef,
        set: Value,
        i: usize,
        len: usize,
    ) -> PyResult<Option<Value>> {
        let Some(Payload::Set(t)) = set.as_obj().map(|r| self.heap.payload(r)) else {
            return Ok(None);
        };
        if t.len() != len {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "Set changed size during iteration",
            ));
        }
        let Some((k, key)) = (i..t.slots().len()).find_map(|k| t.get(k).map(|(_, key)| (k, key)))
        else {
            return Ok(None);
        };
        if let Some(IterState::Set { index, .. }) = self.iter_state_mut(it) {
            *index = k + 1;
        }
        self.heap.incref(key);
        Ok(Some(key))
    }

    /// Item `i` of a list, tuple, str, bytes or dict (its `i`-th entry
    /// position) and the next position; `None` past the end.
    fn seq_item(&mut self, seq: Value, i: usize) -> Option<(Value, usize)> {
        let r = seq.as_obj()?;
        let (v, next) = match self.heap.payload(r) {
            Payload::List(items) => (items.get(i)?, i + 1),
            Payload::Tuple(items) => (*items.get(i)?, i + 1),
            Payload::Bytes(b) => return b.get(i).map(|x| (Value::Int(*x as i64), i + 1)),
            Payload::ByteArray(b) => return b.get(i).map(|x| (Value::Int(*x as i64), i + 1)),
            Payload::Str(s) => {
                let c = s.code_point_at(i)?;
                let v = self.heap.new_str_from_code_points(&[c]);
                return Some((v, i + 1));
            }
            Payload::Dict(d) => {
                let mut k = i;
                loop {
                    if k >= d.positions() {
                        return None;
                    }
                    if let Some(e) = d.entry(k) {
                        break (e.key, k + 1);
                    }
                    k += 1;
                }
            }
            _ => return None,
        };
        self.heap.incref(v);
        Some((v, next))
    }

    /// The items of a tuple, borrowed.
    pub(crate) fn tuple_items(&self, t: Value) -> Vec<Value> {
        match t.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Tuple(items)) => items.to_vec(),
            Some(Payload::List(items)) => items.to_values(),
            _ => Vec::new(),
        }
    }

    /// A built-in iterator object of `class` (a new reference); the state's
    /// values are owned references it takes over.
    pub(crate) fn new_iterator(&mut self, class: &'static str, state: IterState) -> Value {
        self.new_interp(class, InterpObject::Iterator(state))
    }
}
