//! The text a pattern runs over: a copy of a str's characters (or its
//! bytes, when it is all ASCII) or of a bytes-like object's bytes, with
//! the slicing that turns spans back into Python objects.

use pyrite_objects::{Payload, PyErr, PyResult, Value};
use pyrite_sre::{Captures, Mode, Regex};

use crate::interpreter::Interpreter;

/// The bytes of a `bytes` or `bytearray` value.
pub(super) fn bytes_of(interp: &Interpreter, v: Value) -> Option<Vec<u8>> {
    match interp.heap.payload(v.as_obj()?) {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.clone()),
        _ => None,
    }
}

/// The units of a text.
enum Units {
    /// The bytes of a bytes object, or of an all-ASCII str.
    Narrow(Vec<u8>),
    /// The characters of a str with non-ASCII characters.
    Wide(Vec<char>),
}

/// A text to match, and whether it is a str.
pub(super) struct Subject {
    units: Units,
    is_str: bool,
}

impl Subject {
    /// The subject `string` for a pattern that is bytes or not, with
    /// CPython's errors for a mismatch.
    pub(super) fn new(
        interp: &Interpreter,
        string: Value,
        pattern_is_bytes: bool,
    ) -> PyResult<Subject> {
        if let Some(s) = interp.heap.str_of(string) {
            if pattern_is_bytes {
                return Err(PyErr::type_error(
                    "cannot use a bytes pattern on a string-like object",
                ));
            }
            let units = if s.is_ascii() {
                Units::Narrow(s.as_bytes().to_vec())
            } else {
                Units::Wide(s.chars().collect())
            };
            return Ok(Subject {
                units,
                is_str: true,
            });
        }
        if let Some(b) = bytes_of(interp, string) {
            if !pattern_is_bytes {
                return Err(PyErr::type_error(
                    "cannot use a string pattern on a bytes-like object",
                ));
            }
            return Ok(Subject {
                units: Units::Narrow(b),
                is_str: false,
            });
        }
        Err(PyErr::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            interp.type_name(string)
        )))
    }

    /// Its length in positions.
    pub(super) fn len(&self) -> usize {
        match &self.units {
            Units::Narrow(b) => b.len(),
            Units::Wide(c) => c.len(),
        }
    }

    pub(super) fn is_str(&self) -> bool {
        self.is_str
    }

    /// Run `regex` over `[..endpos]` from `pos`.
    pub(super) fn run(
        &self,
        regex: &Regex,
        pos: usize,
        endpos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        let end = endpos.min(self.len());
        if pos > end {
            return None;
        }
        match &self.units {
            Units::Narrow(b) => regex.run_from(&b[..end], pos, mode, must_advance),
            Units::Wide(c) => regex.run_from(&c[..end], pos, mode, must_advance),
        }
    }

    /// Append `[start, end)` to a buffer being built.
    pub(super) fn push_slice(&self, out: &mut Builder, start: usize, end: usize) {
        let end = end.min(self.len());
        let start = start.min(end);
        match (&self.units, out) {
            (Units::Narrow(b), Builder::Text(s)) => {
                // An all-ASCII str's bytes are its characters.
                s.extend(b[start..end].iter().map(|&x| x as char));
            }
            (Units::Narrow(b), Builder::Bytes(v)) => v.extend_from_slice(&b[start..end]),
            (Units::Wide(c), Builder::Text(s)) => s.extend(&c[start..end]),
            (Units::Wide(c), Builder::Bytes(v)) => {
                v.extend(c[start..end].iter().map(|&x| x as u32 as u8));
            }
        }
    }

    /// A new buffer of the subject's type.
    pub(super) fn builder(&self) -> Builder {
        if self.is_str {
            Builder::Text(String::new())
        } else {
            Builder::Bytes(Vec::new())
        }
    }

    /// `string[start:end]` as a new str or bytes object.
    pub(super) fn slice(&self, interp: &mut Interpreter, start: usize, end: usize) -> Value {
        let mut b = self.builder();
        self.push_slice(&mut b, start, end);
        b.finish(interp)
    }

    /// A group's text, or `default` (borrowed) if it did not take part.
    pub(super) fn group(
        &self,
        interp: &mut Interpreter,
        span: Option<(usize, usize)>,
        default: Value,
    ) -> Value {
        match span {
            Some((s, e)) => self.slice(interp, s, e),
            None => {
                interp.heap.incref(default);
                default
            }
        }
    }
}

/// A str or bytes result being assembled.
pub(super) enum Builder {
    Text(String),
    Bytes(Vec<u8>),
}

impl Builder {
    /// Append code points (bytes for a bytes result).
    pub(super) fn push_units(&mut self, units: &[u32]) {
        match self {
            Builder::Text(s) => s.extend(
                units
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')),
            ),
            Builder::Bytes(v) => v.extend(units.iter().map(|&c| c as u8)),
        }
    }

    /// Append a str or bytes object; `false` if `v` is of the wrong type.
    pub(super) fn push_value(&mut self, interp: &Interpreter, v: Value) -> bool {
        match self {
            Builder::Text(s) => match interp.heap.str_of(v) {
                Some(t) => {
                    s.push_str(t);
                    true
                }
                None => false,
            },
            Builder::Bytes(b) => match bytes_of(interp, v) {
                Some(t) => {
                    b.extend_from_slice(&t);
                    true
                }
                None => false,
            },
        }
    }

    /// The finished object (a new reference).
    pub(super) fn finish(self, interp: &mut Interpreter) -> Value {
        match self {
            Builder::Text(s) => interp.heap.new_str(s),
            Builder::Bytes(b) => interp.heap.new_bytes(b),
        }
    }
}
