//! `complex(real=0, imag=0)` and `complex(text)`: CPython's rules for
//! combining the two arguments and its syntax for complex literals in
//! strings (`'1+2j'`, `'(3-4J)'`, `'-j'`, `'inf+nanj'`).

use pyrite_objects::types::float::{float_value, parse_float};
use pyrite_objects::types::int::Int;
use pyrite_objects::types::str::is_python_whitespace;
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    /// `complex(real, imag)` as a pair of floats.
    pub(super) fn construct_complex(
        &mut self,
        real: Option<Value>,
        imag: Option<Value>,
    ) -> PyResult<(f64, f64)> {
        if let Some(text) = real.and_then(|v| self.heap.str_of(v)).map(str::to_string) {
            if imag.is_some() {
                return Err(PyErr::type_error(
                    "complex() can't take second arg if first is a string",
                ));
            }
            return parse_complex(&text);
        }
        if imag.is_some_and(|v| self.heap.str_of(v).is_some()) {
            return Err(PyErr::type_error("complex() second arg can't be a string"));
        }
        let (a, b, real_is_complex) = match real {
            Some(v) => self.complex_parts(v, "first")?,
            None => (0.0, 0.0, false),
        };
        let Some(imag) = imag else {
            return Ok((a, b));
        };
        let (c, d, imag_is_complex) = self.complex_parts(imag, "second")?;
        // (a + bj) + (c + dj) * j, adding only the parts that exist, so a
        // real argument's sign of zero survives (`complex(1, -0.0)`).
        let real = if imag_is_complex { a - d } else { a };
        let imag = if real_is_complex { c + b } else { c };
        Ok((real, imag))
    }

    /// A number as `(real, imag, is_complex)`; `__complex__`, `__float__`
    /// and `__index__` of user classes are honoured. `is_complex` tells a
    /// complex number (whose imaginary part takes part in the sum) from a
    /// real one.
    fn complex_parts(&mut self, v: Value, which: &str) -> PyResult<(f64, f64, bool)> {
        if let Some(Payload::Complex { real, imag }) = v.as_obj().map(|r| self.heap.payload(r)) {
            return Ok((*real, *imag, true));
        }
        if let Some(f) = self.user_special(v, "__complex__") {
            let r = self.call_special(f, v, &[])?;
            let parts = match r.as_obj().map(|o| self.heap.payload(o)) {
                Some(Payload::Complex { real, imag }) => Ok((*real, *imag, true)),
                _ => Err(PyErr::type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    self.type_name(r)
                ))),
            };
            self.heap.decref(r);
            return parts;
        }
        if let Some(f) = float_value(&self.heap, v) {
            return Ok((f, 0.0, false));
        }
        if let Value::Bool(b) = v {
            return Ok((b as i64 as f64, 0.0, false));
        }
        if let Some(i) = Int::from_value(&self.heap, v) {
            return Ok((i.to_f64()?, 0.0, false));
        }
        if self.user_special(v, "__float__").is_some()
            || self.user_special(v, "__index__").is_some()
        {
            if let Value::Float(f) = self.construct_float(v)? {
                return Ok((f, 0.0, false));
            }
        }
        Err(PyErr::type_error(format!(
            "complex() {which} argument must be a string or a number, not '{}'",
            self.type_name(v)
        )))
    }
}

/// Parse CPython's complex syntax: an optional real part, an optional
/// signed imaginary part ending in `j`, optionally in parentheses, with
/// whitespace only around the whole.
fn parse_complex(text: &str) -> PyResult<(f64, f64)> {
    let malformed = || PyErr::value_error("complex() arg is a malformed string");
    let mut s = text.trim_matches(is_python_whitespace);
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        s = inner.trim_matches(is_python_whitespace);
    }
    if s.is_empty() || s.chars().any(is_python_whitespace) {
        return Err(malformed());
    }
    let number = |part: &str| -> PyResult<f64> {
        match part {
            "" | "+" => Ok(1.0),
            "-" => Ok(-1.0),
            _ if part.starts_with(['+', '-']) && part[1..].starts_with(['+', '-']) => {
                Err(malformed())
            }
            _ => parse_float(part).map_err(|_| malformed()),
        }
    };
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return Ok((parse_float(s).map_err(|_| malformed())?, 0.0));
    };
    // The imaginary part starts at the last sign that is not an exponent's.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => {
            let real = parse_float(&body[..i]).map_err(|_| malformed())?;
            Ok((real, number(&body[i..])?))
        }
        None => Ok((0.0, number(body)?)),
    }
}
