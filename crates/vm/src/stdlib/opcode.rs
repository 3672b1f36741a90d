//! The `_opcode` module under the bundled `opcode`: the compiler's opcode
//! table seen from Python.
//!
//! `stack_effect` is CPython 3.11's `_opcode.stack_effect`, answered from
//! the table's stack effects; `_table()` lists the numbered instructions
//! with the family of their argument, from which `opcode.py` builds
//! `opname`, `opmap` and the `has*` lists.
//!
//! Invariants:
//! - Nothing here lists instructions: every answer is read from
//!   `pyrite_compiler::bytecode::Opcode::ALL`.
//! - Pseudo-instructions have the negative numbers CPython 3.11's compiler
//!   gives them (`SETUP_FINALLY` is -1, `SETUP_CLEANUP` -2, … in table
//!   order), so `stack_effect` accepts exactly the numbers CPython's does.

use pyrite_compiler::bytecode::opcode::{ArgKind, HAVE_ARGUMENT, Opcode};
use pyrite_objects::{PyErr, PyResult, Value};

use super::args::int_arg;
use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("stack_effect", opcode_stack_effect),
    ("_table", opcode_table),
];

/// The `_opcode` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_opcode", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

/// The instruction CPython 3.11 numbers `number` (negative for a
/// pseudo-instruction).
fn opcode_numbered(number: i64) -> Option<Opcode> {
    if number >= 0 {
        return u8::try_from(number).ok().and_then(Opcode::from_number);
    }
    let index = usize::try_from(-number - 1).ok()?;
    Opcode::ALL
        .iter()
        .copied()
        .filter(|op| op.is_pseudo())
        .nth(index)
}

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`: the net change in
/// stack depth; with `jump` None, the larger of the two branches' effects.
fn opcode_stack_effect(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let positional = args.len() - kwnames.len();
    let mut jump = Value::None;
    for (name, value) in kwnames.iter().zip(&args[positional..]) {
        match interp.heap.str_of(*name) {
            Some("jump") => jump = *value,
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "stack_effect() got an unexpected keyword argument '{other}'"
                )));
            }
            None => return Err(PyErr::type_error("keywords must be strings")),
        }
    }
    let (number, oparg) = match &args[..positional] {
        [number] => (*number, Value::None),
        [number, oparg] => (*number, *oparg),
        [] => {
            return Err(PyErr::type_error(
                "stack_effect() takes at least 1 positional argument (0 given)",
            ));
        }
        more => {
            return Err(PyErr::type_error(format!(
                "stack_effect() takes at most 2 positional arguments ({} given)",
                more.len()
            )));
        }
    };
    let number = int_arg(interp, number)?;
    let needs_oparg = number >= i64::from(HAVE_ARGUMENT);
    let oparg = match (oparg, needs_oparg) {
        (Value::None, true) => {
            return Err(PyErr::value_error(
                "stack_effect: opcode requires oparg but oparg was not specified",
            ));
        }
        (Value::None, false) => 0,
        (_, false) => {
            return Err(PyErr::value_error(
                "stack_effect: opcode does not permit oparg but oparg was specified",
            ));
        }
        (oparg, true) => int_arg(interp, oparg)?,
    };
    let jump = match jump {
        Value::None => None,
        Value::Bool(b) => Some(b),
        _ => {
            return Err(PyErr::value_error(
                "stack_effect: jump must be False, True or None",
            ));
        }
    };
    let op =
        opcode_numbered(number).ok_or_else(|| PyErr::value_error("invalid opcode or oparg"))?;
    // CPython reads the argument as a C long and passes it on as an int,
    // keeping its low 32 bits.
    let oparg = oparg as u32;
    let effect = match jump {
        Some(jump) => op.stack_effect(oparg, jump),
        None => op
            .stack_effect(oparg, true)
            .max(op.stack_effect(oparg, false)),
    };
    Ok(Value::Int(i64::from(effect)))
}

/// The family `opcode.py` files an argument kind under (`"const"` for
/// `hasconst`, …), or `None`.
fn family(kind: ArgKind) -> Option<&'static str> {
    match kind {
        ArgKind::Const => Some("const"),
        ArgKind::Name | ArgKind::GlobalName => Some("name"),
        ArgKind::JumpForward | ArgKind::JumpBackward => Some("jrel"),
        ArgKind::Local => Some("local"),
        ArgKind::Free => Some("free"),
        ArgKind::Compare => Some("compare"),
        ArgKind::None
        | ArgKind::Number
        | ArgKind::Jump
        | ArgKind::BinaryOp
        | ArgKind::FormatValue
        | ArgKind::MakeFunctionFlags => None,
    }
}

/// `_table()`: a list of `(name, number, family, caches)` for each
/// instruction that appears in `co_code`, by number.
fn opcode_table(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error("_table() takes no arguments"));
    }
    let mut numbered: Vec<(u8, Opcode)> = Opcode::ALL
        .iter()
        .filter_map(|op| op.number().map(|n| (n, *op)))
        .collect();
    numbered.sort_by_key(|(n, _)| *n);
    let mut rows = Vec::with_capacity(numbered.len());
    for (number, op) in numbered {
        let info = op.info();
        let name = interp.heap.new_str(info.name);
        let family = match family(info.arg) {
            Some(f) => interp.heap.new_str(f),
            None => Value::None,
        };
        rows.push(interp.heap.new_tuple(vec![
            name,
            Value::Int(i64::from(number)),
            family,
            Value::Int(i64::from(info.caches)),
        ]));
    }
    Ok(interp.heap.new_list(rows))
}
