//! The native half of `dis.get_instructions`: each instruction of a code
//! object as a plain tuple `(opname, opcode, arg, argval, argrepr, offset,
//! starts_line, is_jump_target, (lineno, end_lineno, col_offset,
//! end_col_offset))`, which the bundled `dis` module turns into
//! `Instruction` and `Positions` named tuples.
//!
//! `argval` is what CPython 3.11's `dis` computes: the constant itself for
//! `LOAD_CONST`, the name for name and local arguments, the target offset
//! for jumps, the operator for `COMPARE_OP`, the `(conversion, has_spec)`
//! pair for `FORMAT_VALUE`, and the argument for everything else.
//!
//! With `adaptive` true, an instruction shows under the name of the form
//! the loop has quickened it into (see `crate::eval::adaptive`), for the
//! code object and every code object nested in it.

use std::collections::HashMap;

use pyrite_compiler::bytecode::CodeObject;
use pyrite_compiler::bytecode::instruction;
use pyrite_compiler::bytecode::opcode::COMPARE_OPS;
use pyrite_compiler::bytecode::{ArgKind, Opcode};
use pyrite_compiler::dis::{DisOptions, get_instructions_with};
use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use crate::eval::adaptive;
use crate::frame::CodeInfo;
use crate::interpreter::Interpreter;

/// The code objects of `info` and those nested in it, by the address of
/// their `CodeObject`, so that a listing can find each one's quickened
/// instructions.
fn quickened_codes(
    interp: &Interpreter,
    info: &std::rc::Rc<CodeInfo>,
    found: &mut HashMap<usize, std::rc::Rc<CodeInfo>>,
) {
    found.insert(std::ptr::from_ref(&info.code) as usize, info.clone());
    for (constant, value) in info.code.co_consts.iter().zip(&info.consts) {
        if let pyrite_compiler::bytecode::Constant::Code(_) = constant {
            if let Some(index) = interp.code_index(*value) {
                let nested = interp.codes[index as usize].clone();
                quickened_codes(interp, &nested, found);
            }
        }
    }
}

/// The adaptive name of the instruction at `offset` of `code`, found
/// among `codes`: `None` for a code object that has not run.
fn adaptive_name_in(
    codes: &HashMap<usize, std::rc::Rc<CodeInfo>>,
    code: &CodeObject,
    offset: usize,
) -> Option<&'static str> {
    let info = codes.get(&(std::ptr::from_ref(code) as usize))?;
    adaptive::name_at(info.instrs.get()?, offset)
}

/// The code objects whose quickened instructions a listing shows: those of
/// `info` when the optional second argument (a bool) asks for the adaptive
/// listing, else none.
fn listed_codes(
    interp: &Interpreter,
    info: &std::rc::Rc<CodeInfo>,
    args: &[Value],
) -> HashMap<usize, std::rc::Rc<CodeInfo>> {
    let mut codes = HashMap::new();
    if matches!(args.get(1), Some(Value::Bool(true))) {
        quickened_codes(interp, info, &mut codes);
    }
    codes
}

/// `_dis._instructions(code)`: the instruction tuples of a code object.
pub(super) fn dis_instructions(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let info = code_argument(interp, args, "_instructions")?;
    let codes = listed_codes(interp, &info, args);
    let opname = |code: &CodeObject, offset| adaptive_name_in(&codes, code, offset);
    let options = DisOptions {
        opname: &opname,
        ..DisOptions::default()
    };
    let listing = get_instructions_with(&info.code, options)
        .map_err(|e| PyErr::new(ExcKind::SystemError, e.to_string()))?;
    let targets: HashMap<usize, usize> = instruction::decode(&info.code.co_code)
        .map_err(|e| PyErr::new(ExcKind::SystemError, format!("{e:?}")))?
        .iter()
        .filter_map(|d| Some((d.offset, d.jump_target()?)))
        .collect();
    let mut rows = Vec::with_capacity(listing.len());
    for ins in &listing {
        let argval = match ins.arg {
            None => Value::None,
            Some(arg) => argval(interp, &info, ins.opcode, arg, targets.get(&ins.offset)),
        };
        let int_or_none = |v: Option<u32>| v.map_or(Value::None, |n| Value::Int(i64::from(n)));
        let p = ins.positions;
        let positions = interp.heap.new_tuple(vec![
            int_or_none(p.line),
            int_or_none(p.end_line),
            int_or_none(p.col),
            int_or_none(p.end_col),
        ]);
        let opname = interp.heap.new_str(ins.opname.to_string());
        let argrepr = interp.heap.new_str(ins.argrepr.clone());
        rows.push(interp.heap.new_tuple(vec![
            opname,
            Value::Int(
                adaptive::specialised_number(ins.opname)
                    .or(ins.opcode.number())
                    .map_or(-1, i64::from),
            ),
            int_or_none(ins.arg),
            argval,
            argrepr,
            Value::Int(ins.offset as i64),
            int_or_none(ins.starts_line),
            Value::Bool(ins.is_jump_target),
            positions,
        ]));
    }
    Ok(interp.heap.new_list(rows))
}

/// The code object behind a native's first argument (a function, method
/// or code value).
fn code_argument(
    interp: &mut Interpreter,
    args: &[Value],
    func: &str,
) -> PyResult<std::rc::Rc<crate::frame::CodeInfo>> {
    let Some(&x) = args.first() else {
        return Err(PyErr::type_error(format!(
            "{func}() missing argument 'code'"
        )));
    };
    let code = super::compile::code_of(interp, x)?;
    let Some(index) = interp.code_index(code) else {
        return Err(PyErr::type_error("expected a code object"));
    };
    Ok(interp.codes[index as usize].clone())
}

/// `argval` for an instruction with an argument (a new reference).
fn argval(
    interp: &mut Interpreter,
    info: &crate::frame::CodeInfo,
    opcode: Opcode,
    arg: u32,
    target: Option<&usize>,
) -> Value {
    let at = |table: &[Value], i: usize| table.get(i).copied().unwrap_or(Value::None);
    let v = match opcode.info().arg {
        ArgKind::Const => at(&info.consts, arg as usize),
        ArgKind::Name => at(&info.names, arg as usize),
        ArgKind::GlobalName => at(&info.names, arg as usize >> 1),
        ArgKind::Local | ArgKind::Free => at(&info.localsplus, arg as usize),
        ArgKind::JumpForward | ArgKind::JumpBackward | ArgKind::Jump => {
            return target.map_or(Value::Int(i64::from(arg)), |t| Value::Int(*t as i64));
        }
        ArgKind::Compare => {
            let op = COMPARE_OPS.get(arg as usize).copied().unwrap_or("?");
            return interp.heap.new_str(op.to_string());
        }
        ArgKind::FormatValue => {
            let builtins = interp.module_dict(interp.builtins_module);
            let conversion = match arg & 3 {
                1 => interp.dict_get_str(builtins, "str"),
                2 => interp.dict_get_str(builtins, "repr"),
                3 => interp.dict_get_str(builtins, "ascii"),
                _ => None,
            }
            .unwrap_or(Value::None);
            return interp
                .heap
                .new_tuple(vec![conversion, Value::Bool(arg & 4 != 0)]);
        }
        _ => return Value::Int(i64::from(arg)),
    };
    interp.heap.incref(v);
    v
}

/// `_dis._opnames()`: the 256 entries of `dis.opname`.
pub(super) fn dis_opnames(
    interp: &mut Interpreter,
    _args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let mut names: Vec<String> = (0..256).map(|i| format!("<{i}>")).collect();
    for op in Opcode::ALL {
        if let Some(slot) = op.number().and_then(|n| names.get_mut(usize::from(n))) {
            *slot = op.name().to_string();
        }
    }
    let items = names.into_iter().map(|n| interp.heap.new_str(n)).collect();
    Ok(interp.heap.new_list(items))
}

/// `_dis._specialised()`: `(number, name)` for every quickened form, as
/// `dis` numbers them in its `_all_opname`.
pub(super) fn dis_specialised(
    interp: &mut Interpreter,
    _args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let mut rows = Vec::with_capacity(adaptive::SPECIALISED.len());
    for name in adaptive::SPECIALISED {
        if let Some(number) = adaptive::specialised_number(name) {
            let name = interp.heap.new_str((*name).to_string());
            rows.push(
                interp
                    .heap
                    .new_tuple(vec![Value::Int(i64::from(number)), name]),
            );
        }
    }
    Ok(interp.heap.new_list(rows))
}

/// `_dis._disassembly(code)`: the `dis.dis` listing of a code object and
/// the code objects nested in it, as a str.
pub(super) fn dis_disassembly(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let info = code_argument(interp, args, "_disassembly")?;
    let codes = listed_codes(interp, &info, args);
    let opname = |code: &CodeObject, offset| adaptive_name_in(&codes, code, offset);
    let options = DisOptions {
        opname: &opname,
        ..DisOptions::default()
    };
    let text = pyrite_compiler::dis::dis_with(&info.code, options)
        .map_err(|e| PyErr::new(ExcKind::SystemError, e.to_string()))?;
    Ok(interp.heap.new_str(text))
}
