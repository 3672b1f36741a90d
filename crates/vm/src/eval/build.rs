//! Building containers: tuples, lists, sets, dicts, strings, slices, and
//! the comprehension helpers that add to a container below TOS.

use pyrite_objects::types::{dict, set};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::Flow;
use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn op_build_tuple(&mut self, n: u32) -> PyResult<Flow> {
        let items = self.pop_n(n as usize);
        let t = self.heap.new_tuple(items);
        self.push(t);
        Ok(Flow::Next)
    }

    pub(super) fn op_build_list(&mut self, n: u32) -> PyResult<Flow> {
        let items = self.pop_n(n as usize);
        let l = self.heap.new_list(items);
        self.push(l);
        Ok(Flow::Next)
    }

    pub(super) fn op_build_set(&mut self, n: u32) -> PyResult<Flow> {
        let items = self.pop_n(n as usize);
        let s = set::new_set(self, &items, false);
        self.release(items);
        self.push(s?);
        Ok(Flow::Next)
    }

    pub(super) fn op_build_map(&mut self, n: u32) -> PyResult<Flow> {
        let items = self.pop_n(2 * n as usize);
        let d = self.heap.new_dict();
        let mut result = Ok(());
        for pair in items.chunks(2) {
            if let Some(r) = d.as_obj() {
                result = dict::set_item(self, r, pair[0], pair[1]);
                if result.is_err() {
                    break;
                }
            }
        }
        self.release(items);
        if let Err(e) = result {
            self.heap.decref(d);
            return Err(e);
        }
        self.push(d);
        Ok(Flow::Next)
    }

    pub(super) fn op_build_const_key_map(&mut self, n: u32) -> PyResult<Flow> {
        let keys = self.pop();
        let values = self.pop_n(n as usize);
        let key_items = self.tuple_items(keys);
        let d = self.heap.new_dict();
        let mut result = Ok(());
        for (k, v) in key_items.iter().zip(&values) {
            if let Some(r) = d.as_obj() {
                result = dict::set_item(self, r, *k, *v);
                if result.is_err() {
                    break;
                }
            }
        }
        self.release(values);
        self.heap.decref(keys);
        if let Err(e) = result {
            self.heap.decref(d);
            return Err(e);
        }
        self.push(d);
        Ok(Flow::Next)
    }

    pub(super) fn op_build_string(&mut self, n: u32) -> PyResult<Flow> {
        let parts = self.pop_n(n as usize);
        let s = self.heap.concat_strs(&parts);
        self.release(parts);
        self.push(s);
        Ok(Flow::Next)
    }

    pub(super) fn op_build_slice(&mut self, n: u32) -> PyResult<Flow> {
        let step = if n == 3 { self.pop() } else { Value::None };
        let stop = self.pop();
        let start = self.pop();
        let s = self.heap.new_slice(start, stop, step);
        self.release([start, stop, step]);
        self.push(s);
        Ok(Flow::Next)
    }

    /// The container `i` items below TOS (after TOS was popped), borrowed.
    fn below(&self, i: u32) -> Value {
        self.peek(i as usize - 1)
    }

    pub(super) fn op_list_append(&mut self, i: u32) -> PyResult<Flow> {
        let v = self.pop();
        let list = self.below(i);
        if let Some(Payload::List(l)) = list.as_obj().map(|r| self.heap.payload_mut(r)) {
            l.push(v);
        } else {
            self.heap.decref(v);
        }
        Ok(Flow::Next)
    }

    pub(super) fn op_set_add(&mut self, i: u32) -> PyResult<Flow> {
        let v = self.pop();
        let s = self.below(i);
        let r = match s.as_obj() {
            Some(r) => set::add(self, r, v),
            None => Ok(()),
        };
        self.heap.decref(v);
        r.map(|()| Flow::Next)
    }

    pub(super) fn op_map_add(&mut self, i: u32) -> PyResult<Flow> {
        let v = self.pop();
        let k = self.pop();
        let d = self.below(i);
        let r = match d.as_obj() {
            Some(r) => dict::set_item(self, r, k, v),
            None => Ok(()),
        };
        self.heap.decref(k);
        self.heap.decref(v);
        r.map(|()| Flow::Next)
    }

    pub(super) fn op_list_extend(&mut self, i: u32) -> PyResult<Flow> {
        let iterable = self.pop();
        let list = self.below(i);
        let items = match self.iterate(iterable) {
            Ok(items) => items,
            Err(e) => {
                let e = if self.error_is(&e, ExcKind::TypeError) && !self.is_iterable(iterable) {
                    self.drop_error(e);
                    PyErr::type_error(format!(
                        "Value after * must be an iterable, not {}",
                        self.type_name(iterable)
                    ))
                } else {
                    e
                };
                self.heap.decref(iterable);
                return Err(e);
            }
        };
        self.heap.decref(iterable);
        if let Some(Payload::List(l)) = list.as_obj().map(|r| self.heap.payload_mut(r)) {
            l.extend(items);
        } else {
            self.release(items);
        }
        Ok(Flow::Next)
    }

    pub(super) fn op_set_update(&mut self, i: u32) -> PyResult<Flow> {
        let iterable = self.pop();
        let s = self.below(i);
        let items = self.iterate(iterable);
        self.heap.decref(iterable);
        let items = items?;
        let mut result = Ok(());
        if let Some(r) = s.as_obj() {
            for v in &items {
                result = set::add(self, r, *v);
                if result.is_err() {
                    break;
                }
            }
        }
        self.release(items);
        result.map(|()| Flow::Next)
    }

    pub(super) fn op_dict_update(&mut self, i: u32, merge: bool) -> PyResult<Flow> {
        let other = self.pop();
        let d = self.below(i);
        let r = self.dict_update(d, other, merge);
        let r = match r {
            // `DICT_MERGE` builds a call's `**` arguments: its errors name
            // the function, which sits two entries below the dict.
            Err(e) if merge && self.error_is(&e, ExcKind::TypeError) => {
                let func = self.peek(i as usize + 1);
                let text = e.message().map(str::to_string);
                let named = match text {
                    Some(t) if t.starts_with("got multiple values") => {
                        self.drop_error(e);
                        PyErr::type_error(format!("{} {t}", self.function_str(func)))
                    }
                    Some(t) if t.ends_with("object is not a mapping") => {
                        self.drop_error(e);
                        PyErr::type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.function_str(func),
                            self.type_name(other)
                        ))
                    }
                    _ => e,
                };
                Err(named)
            }
            r => r,
        };
        self.heap.decref(other);
        r.map(|()| Flow::Next)
    }

    /// `d.update(other)`; with `merge`, a repeated key is an error (`**`
    /// in calls).
    pub(crate) fn dict_update(&mut self, d: Value, other: Value, merge: bool) -> PyResult<()> {
        let Some(dr) = d.as_obj() else { return Ok(()) };
        let pairs: Vec<(Value, Value)> = match other.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Dict(t)) => {
                let pairs: Vec<(Value, Value)> = t.iter().map(|(_, e)| (e.key, e.value)).collect();
                for (k, v) in &pairs {
                    self.heap.incref(*k);
                    self.heap.incref(*v);
                }
                pairs
            }
            // Any mapping: `keys()` and `__getitem__` (owned pairs).
            _ => match pyrite_objects::Runtime::mapping_pairs(self, other) {
                Some(pairs) => pairs?,
                None => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not a mapping",
                        self.type_name(other)
                    )));
                }
            },
        };
        let mut result = Ok(());
        for (k, v) in &pairs {
            if merge {
                if let Ok(Some(old)) = dict::get_item(self, dr, *k) {
                    self.heap.decref(old);
                    let key = self.heap.str_of(*k).unwrap_or("").to_string();
                    result = Err(PyErr::type_error(format!(
                        "got multiple values for keyword argument '{key}'"
                    )));
                    break;
                }
            }
            result = dict::set_item(self, dr, *k, *v);
            if result.is_err() {
                break;
            }
        }
        for (k, v) in pairs {
            self.heap.decref(k);
            self.heap.decref(v);
        }
        result
    }

    pub(super) fn op_list_to_tuple(&mut self) -> PyResult<Flow> {
        let list = self.pop();
        let items = self.tuple_items(list);
        for v in &items {
            self.heap.incref(*v);
        }
        self.heap.decref(list);
        let t = self.heap.new_tuple(items);
        self.push(t);
        Ok(Flow::Next)
    }

    /// Whether `iter(v)` would work.
    pub(crate) fn is_iterable(&mut self, v: Value) -> bool {
        match v.as_obj().map(|r| self.heap.payload(r)) {
            Some(
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range { .. },
            ) => true,
            _ => {
                self.dict_view(v).is_some()
                    || self.is_iterator_object(v)
                    || self.user_special(v, "__iter__").is_some()
                    || self.user_special(v, "__getitem__").is_some()
            }
        }
    }
}
