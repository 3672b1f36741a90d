//! The methods of `code` objects that read the line table:
//! `co_positions()`, one `(line, end_line, col, end_col)` per instruction,
//! and `co_lines()`, the `(start, end, line)` byte ranges of the
//! instructions with one line.
//!
//! pyrite's instructions have no inline `CACHE` entries, so the offsets
//! and the number of positions differ from CPython's where CPython has
//! caches; the positions themselves are CPython's.

use pyrite_objects::{PyErr, PyResult, Value};

use super::super::NativeKind;
use crate::interpreter::Interpreter;

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let code = interp.named_class("code");
    interp.add_method(code, "co_positions", NativeKind::VmMethod(co_positions));
    interp.add_method(code, "co_lines", NativeKind::VmMethod(co_lines));
}

/// The code table entry of the receiver, after checking the arguments.
fn receiver(interp: &Interpreter, args: &[Value], name: &str) -> PyResult<u32> {
    let index = args
        .first()
        .and_then(|c| interp.code_index(*c))
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor '{name}' for 'code' objects doesn't apply to a '{}' object",
                args.first()
                    .map_or("NoneType".into(), |v| interp.type_name(*v))
            ))
        })?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "code.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(index)
}

fn optional(n: Option<u32>) -> Value {
    n.map_or(Value::None, |n| Value::Int(i64::from(n)))
}

/// An iterator over `items` (each owned), as the methods return.
fn iterate(interp: &mut Interpreter, items: Vec<Value>) -> PyResult<Value> {
    let list = interp.heap.new_list(items);
    let it = interp.get_iter(list);
    interp.heap.decref(list);
    it
}

fn co_positions(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let index = receiver(interp, args, "co_positions")?;
    let positions = interp.codes[index as usize]
        .code
        .co_positions()
        .map_err(|e| PyErr::value_error(format!("bad line table: {e:?}")))?;
    let items = positions
        .iter()
        .map(|p| {
            let fields = vec![
                optional(p.line),
                optional(p.end_line),
                optional(p.col),
                optional(p.end_col),
            ];
            interp.heap.new_tuple(fields)
        })
        .collect();
    iterate(interp, items)
}

fn co_lines(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let index = receiver(interp, args, "co_lines")?;
    let lines = interp.codes[index as usize]
        .code
        .co_lines()
        .map_err(|e| PyErr::value_error(format!("bad line table: {e:?}")))?;
    let size = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let items = lines
        .iter()
        .map(|&(start, end, line)| {
            let fields = vec![size(start), size(end), optional(line)];
            interp.heap.new_tuple(fields)
        })
        .collect();
    iterate(interp, items)
}
