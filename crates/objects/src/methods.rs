//! Built-in methods: plain functions listed in per-type tables.
//!
//! Each built-in type has a table `&[(name, function)]` (for example
//! [`crate::types::int::methods::INT_METHODS`]) that the VM uses to build
//! the type's namespace; a reader finds `int.bit_length` by grepping for
//! `"bit_length"`. Every method has the same signature: the runtime, the
//! receiver (borrowed), and the call's arguments (borrowed); it returns an
//! owned reference or an exception.

use crate::error::{PyErr, PyResult};
use crate::runtime::Runtime;
use crate::value::Value;

/// The arguments of a call: positional, then `name=value` pairs.
#[derive(Clone, Copy, Debug, Default)]
pub struct Args<'a> {
    /// Positional arguments.
    pub positional: &'a [Value],
    /// Keyword arguments in call order.
    pub keywords: &'a [(&'a str, Value)],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn new(positional: &'a [Value]) -> Args<'a> {
        Args {
            positional,
            keywords: &[],
        }
    }

    /// Bind the arguments to `names` (CPython's argument clinic rules):
    /// the first `max_positional` may be positional, any may be a keyword
    /// unless listed before `keyword_from` as positional-only, the first
    /// `required` must be given. Errors use `func` in CPython's messages.
    pub fn bind<const N: usize>(
        &self,
        func: &str,
        names: [&str; N],
        required: usize,
        positional_only: usize,
    ) -> PyResult<[Option<Value>; N]> {
        let mut out = [None; N];
        if self.positional.len() > N {
            return Err(too_many(func, N, required, self.positional.len()));
        }
        for (slot, v) in out.iter_mut().zip(self.positional) {
            *slot = Some(*v);
        }
        for (name, v) in self.keywords {
            let Some(i) = names.iter().position(|n| n == name) else {
                return Err(PyErr::type_error(format!(
                    "{func}() got an unexpected keyword argument '{name}'"
                )));
            };
            if i < positional_only {
                return Err(PyErr::type_error(format!(
                    "{func}() got some positional-only arguments passed as keyword arguments: '{name}'"
                )));
            }
            if out[i].is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {func}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(*v);
        }
        if let Some(i) = out.iter().take(required).position(Option::is_none) {
            let msg = if i < positional_only || self.keywords.is_empty() && required == N {
                format!(
                    "{func}() takes {} but {} were given",
                    describe(required, N),
                    self.positional.len()
                )
            } else {
                format!(
                    "{func}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )
            };
            return Err(PyErr::type_error(msg));
        }
        Ok(out)
    }

    /// Check that there are no arguments at all.
    pub fn none(&self, func: &str) -> PyResult<()> {
        if self.positional.is_empty() && self.keywords.is_empty() {
            Ok(())
        } else if !self.keywords.is_empty() {
            Err(PyErr::type_error(format!(
                "{func}() takes no keyword arguments"
            )))
        } else {
            Err(PyErr::type_error(format!(
                "{func}() takes no arguments ({} given)",
                self.positional.len()
            )))
        }
    }
}

fn describe(required: usize, max: usize) -> String {
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    if required == max {
        format!("{} positional {}", max, plural(max))
    } else {
        format!("from {} to {} positional arguments", required, max)
    }
}

fn too_many(func: &str, max: usize, required: usize, given: usize) -> PyErr {
    if max == 1 && required == 1 {
        return PyErr::type_error(format!(
            "{func}() takes exactly one argument ({given} given)"
        ));
    }
    let plural = if max == 1 { "argument" } else { "arguments" };
    let expected = if required == max {
        format!("{max} positional {plural}")
    } else {
        format!("at most {max} {plural}")
    };
    PyErr::type_error(format!("{func}() takes {expected} ({given} given)"))
}

/// A built-in method: runtime, receiver (borrowed), arguments (borrowed);
/// returns an owned reference.
pub type BuiltinMethod = fn(&mut dyn Runtime, Value, Args<'_>) -> PyResult<Value>;

/// A type's method table.
pub type MethodTable = &'static [(&'static str, BuiltinMethod)];
