//! `int(x)`, `int(text, base)` and `float(x)`: numbers from numbers, from
//! text, from bytes and bytearray (their ASCII text), and from objects with
//! `__int__`/`__index__`/`__float__`, with CPython's errors.

use pyrite_objects::types::float::parse_float;
use pyrite_objects::types::int::Int;
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn construct_int(
        &mut self,
        x: Option<Value>,
        base: Option<Value>,
    ) -> PyResult<Value> {
        let Some(x) = x else { return Ok(Value::Int(0)) };
        let limit = self.heap.int_max_str_digits;
        if let Some(base) = base {
            let b = self.index_of(base, "'base' must be an integer, not")?;
            if let Some(parsed) = self.parse_bytes_number(x, Some(b as u32)) {
                return parsed;
            }
            let Some(text) = self.heap.str_of(x).map(str::to_string) else {
                return Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            return Ok(Int::parse(&text, b as u32, limit)?.into_value(&mut self.heap));
        }
        match x {
            Value::Int(_) => return Ok(x),
            Value::Bool(b) => return Ok(Value::Int(b as i64)),
            _ => {}
        }
        if let Some(f) = pyrite_objects::types::float::float_value(&self.heap, x) {
            if let Some(f) = self.user_special(x, "__int__") {
                return self.call_special(f, x, &[]);
            }
            return Ok(pyrite_objects::types::float::float_to_int(f)?.into_value(&mut self.heap));
        }
        if let Some(text) = self.heap.str_of(x).map(str::to_string) {
            return Ok(Int::parse(&text, 10, limit)?.into_value(&mut self.heap));
        }
        if let Some(parsed) = self.parse_bytes_number(x, Some(10)) {
            return parsed;
        }
        if let Some(Payload::Int(_)) = x.as_obj().map(|r| self.heap.payload(r)) {
            // An `int` subclass's instance gives a plain int.
            if let Some(i) = Int::from_value(&self.heap, x) {
                if self.heap.is_subclass_instance(x) {
                    if let Some(f) = self.user_special(x, "__int__") {
                        return self.call_special(f, x, &[]);
                    }
                }
                return Ok(i.into_value(&mut self.heap));
            }
        }
        for dunder in ["__int__", "__index__"] {
            if let Some(f) = self.user_special(x, dunder) {
                return self.call_special(f, x, &[]);
            }
        }
        Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.type_name(x)
        )))
    }

    pub(in crate::builtins) fn construct_float(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Float(_) => return Ok(v),
            Value::Int(i) => return Ok(Value::Float(i as f64)),
            Value::Bool(b) => return Ok(Value::Float(b as i64 as f64)),
            _ => {}
        }
        if let Some(text) = self.heap.str_of(v).map(str::to_string) {
            return Ok(Value::Float(parse_float(&text)?));
        }
        if let Some(parsed) = self.parse_bytes_number(v, None) {
            return parsed;
        }
        if let Some(f) = self.user_special(v, "__float__") {
            return self.call_special(f, v, &[]);
        }
        if let Some(i) = Int::from_value(&self.heap, v) {
            return Ok(Value::Float(i.to_f64()?));
        }
        if let Some(Payload::Float(f)) = v.as_obj().map(|r| self.heap.payload(r)) {
            return Ok(Value::Float(*f));
        }
        if let Some(f) = self.user_special(v, "__float__") {
            return self.call_special(f, v, &[]);
        }
        if let Some(f) = self.user_special(v, "__index__") {
            // CPython falls back to `__index__` when there is no `__float__`.
            let r = self.call_special(f, v, &[])?;
            let int = Int::from_value(&self.heap, r);
            let shown = self.type_name(r);
            self.heap.decref(r);
            return match int {
                Some(i) => Ok(Value::Float(i.to_f64()?)),
                None => Err(PyErr::type_error(format!(
                    "__index__ returned non-int (type {shown})"
                ))),
            };
        }
        Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            self.type_name(v)
        )))
    }

    /// `int(b, base)` (`base` given) or `float(b)` (`None`) of a `bytes` or
    /// `bytearray`, parsed as its ASCII text; `None` for other values. A
    /// text that is not a number is reported with the bytes' repr, as
    /// CPython does.
    fn parse_bytes_number(&mut self, v: Value, base: Option<u32>) -> Option<PyResult<Value>> {
        let bytes = match v.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.clone(),
            _ => return None,
        };
        let limit = self.heap.int_max_str_digits;
        let parsed = std::str::from_utf8(&bytes).ok().map(|text| match base {
            Some(b) => Int::parse(text, b, limit).map(|i| i.into_value(&mut self.heap)),
            None => parse_float(text).map(Value::Float),
        });
        let not_a_number = |e: &PyErr| {
            matches!(e, PyErr::Builtin { message, .. }
                if message.starts_with("invalid literal") || message.starts_with("could not convert"))
        };
        Some(match parsed {
            Some(Err(e)) if !not_a_number(&e) => Err(e),
            Some(Ok(value)) => Ok(value),
            _ => {
                // int() shows the text as bytes even for a bytearray;
                // float() shows the object itself.
                let shown_value = match base {
                    Some(_) => self.heap.new_bytes(bytes),
                    None => {
                        self.heap.incref(v);
                        v
                    }
                };
                let shown = self.repr(shown_value);
                self.heap.decref(shown_value);
                let shown = match shown {
                    Ok(shown) => shown,
                    Err(e) => return Some(Err(e)),
                };
                Err(PyErr::value_error(match base {
                    Some(b) => format!("invalid literal for int() with base {b}: {shown}"),
                    None => format!("could not convert string to float: {shown}"),
                }))
            }
        })
    }
}
