//! The methods of `code` objects that read the line table:
//! `co_positions()`, one `(line, end_line, col, end_col)` per instruction,
//! and `co_lines()`, the `(start, end, line)` byte ranges of the
//! instructions with one line; and `_varname_from_oparg(i)`, the local,
//! cell or free variable a fast-locals index names (what `dis` shows for
//! `LOAD_FAST`/`LOAD_DEREF`).
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
    interp.add_method(
        code,
        "_varname_from_oparg",
        NativeKind::VmMethod(varname_from_oparg),
    );
    interp.add_method(
        code,
        "replace",
        NativeKind::VmMethod(super::code_replace::code_replace),
    );
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

/// `code._varname_from_oparg(oparg)`: the name at index `oparg` of the
/// fast locals (`co_varnames`, then the cells that are not arguments,
/// then `co_freevars`).
fn varname_from_oparg(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let receiver_only = &args[..1.min(args.len())];
    let index = receiver(interp, receiver_only, "_varname_from_oparg")?;
    if args.len() < 2 {
        return Err(PyErr::type_error(
            "_varname_from_oparg() missing required argument 'oparg' (pos 1)",
        ));
    }
    let b = super::super::bind(
        interp,
        "_varname_from_oparg",
        &args[1.min(args.len())..],
        kw,
        &["oparg"],
        1,
    )?;
    let oparg = b[0].unwrap_or(Value::None);
    let n = pyrite_objects::types::int::Int::from_value(&interp.heap, oparg).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(oparg)
        ))
    })?;
    let name = n
        .to_i64()
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| {
            interp.codes[index as usize]
                .code
                .varname_from_oparg(i)
                .map(str::to_string)
        })
        .ok_or_else(|| PyErr::index_error("tuple index out of range"))?;
    Ok(interp.intern(&name))
}
