//! Calls to built-in functions, through the crate's table of them.

use super::parse::Expr;
use pyrite_objects::functions::lookup;
use pyrite_objects::methods::Args;
use pyrite_objects::{ExcKind, Heap, PyErr, PyResult, Value};

pub fn call(
    heap: &mut Heap,
    func: &str,
    args: &[Value],
    keywords: &[(String, Expr)],
    kw_values: &[Value],
) -> PyResult<Value> {
    let kw: Vec<(&str, Value)> = keywords
        .iter()
        .map(|(n, _)| n.as_str())
        .zip(kw_values.iter().copied())
        .collect();
    match lookup(func) {
        Some(f) => f(
            heap,
            Args {
                positional: args,
                keywords: &kw,
            },
        ),
        None => Err(PyErr::new(
            ExcKind::NameError,
            format!("name '{func}' is not defined"),
        )),
    }
}
