//! Built-in methods: plain functions listed in per-type tables.
//!
//! Each built-in type has a table `&[(name, function)]` (for example
//! [`crate::types::number_methods::INT_METHODS`]) that the VM uses to build
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

/// The text of a `str` argument, copied out of the heap.
pub fn text_of(heap: &crate::heap::Heap, v: Value) -> Option<String> {
    heap.str_of(v).map(str::to_string)
}

/// An int argument used as a size or index (CPython's `__index__`):
/// `TypeError: 'str' object cannot be interpreted as an integer` otherwise.
pub fn index_arg(heap: &crate::heap::Heap, v: Value) -> PyResult<i64> {
    match crate::types::int::Int::from_value(heap, v) {
        Some(crate::types::int::Int::Small(i)) => Ok(i),
        Some(crate::types::int::Int::Big(_)) => Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::ops::type_name(heap, v)
        ))),
    }
}

/// `TypeError: str.upper() takes no arguments (1 given)`.
pub fn no_args(args: &Args<'_>, qualname: &str) -> PyResult<()> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    if !args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.positional.len()
        )));
    }
    Ok(())
}

/// Find a method of a built-in type by name.
pub fn lookup(ty: crate::types::BuiltinType, name: &str) -> Option<BuiltinMethod> {
    use crate::types::BuiltinType as T;
    let table: MethodTable = match ty {
        T::Str => crate::types::str_methods::STR_METHODS,
        T::List => crate::types::list_methods::LIST_METHODS,
        T::Tuple => crate::types::list_methods::TUPLE_METHODS,
        T::Dict => crate::types::dict_methods::DICT_METHODS,
        T::Set => crate::types::set_methods::SET_METHODS,
        T::FrozenSet => crate::types::set_methods::FROZENSET_METHODS,
        T::Int | T::Bool => crate::types::number_methods::INT_METHODS,
        T::Float => crate::types::number_methods::FLOAT_METHODS,
        T::Bytes => crate::types::bytes_methods::BYTES_METHODS,
        T::ByteArray => crate::types::bytes_methods::BYTEARRAY_METHODS,
        T::Complex => crate::types::misc_methods::COMPLEX_METHODS,
        T::Range => crate::types::misc_methods::RANGE_METHODS,
        T::Slice => crate::types::misc_methods::SLICE_METHODS,
        _ => return None,
    };
    let shared: MethodTable = match ty {
        T::Bytes | T::ByteArray => crate::types::bytes_text::BYTES_TEXT_METHODS,
        _ => &[],
    };
    table
        .iter()
        .chain(shared)
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// Find a class method of a built-in type (`int.from_bytes`,
/// `float.fromhex`, `bytes.fromhex`, `dict.fromkeys`); it is called with
/// the type object as its receiver.
pub fn lookup_classmethod(ty: crate::types::BuiltinType, name: &str) -> Option<BuiltinMethod> {
    use crate::types::BuiltinType as T;
    use crate::types::misc_methods as m;
    let table: MethodTable = match ty {
        T::Int | T::Bool => m::INT_CLASS_METHODS,
        T::Float => m::FLOAT_CLASS_METHODS,
        T::Bytes => m::BYTES_CLASS_METHODS,
        T::ByteArray => m::BYTEARRAY_CLASS_METHODS,
        T::Dict => m::DICT_CLASS_METHODS,
        T::Str => m::STR_CLASS_METHODS,
        _ => return None,
    };
    table.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}
