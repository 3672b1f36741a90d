//! What `dis.dis(f, adaptive=True)` and `code._co_code_adaptive` show: the
//! instructions as the loop has rewritten them in place (PEP 659), under
//! CPython 3.11's names.
//!
//! Once a code object has run, its instruction stream is *quickened*: an
//! instruction that can specialise shows as its adaptive form
//! (`LOAD_ATTR_ADAPTIVE`) until it does, then as the specialised form it
//! became (`LOAD_ATTR_INSTANCE_VALUE`). `RESUME`, `JUMP_BACKWARD` and
//! `EXTENDED_ARG` show their `_QUICK` forms, as in CPython. A code object
//! that has never run shows its plain instructions.
//!
//! Invariants:
//! - [`SPECIALISED`] starts with CPython 3.11's `opcode._specialized_instructions`
//!   in its order, so the numbers they get (the unused opcode numbers, in
//!   ascending order, as CPython's `dis` assigns them) are CPython's; the
//!   forms only pyrite has follow.
//! - Every name [`adaptive_name`] returns is in [`SPECIALISED`].

use pyrite_compiler::bytecode::Opcode;

use super::quicken::{Instr, Kind, Stream};
use crate::frame::CodeInfo;

/// CPython 3.11's specialised and adaptive instructions, in the order of
/// its `opcode._specialized_instructions`, then pyrite's own.
pub(crate) const SPECIALISED: &[&str] = &[
    "BINARY_OP_ADAPTIVE",
    "BINARY_OP_ADD_FLOAT",
    "BINARY_OP_ADD_INT",
    "BINARY_OP_ADD_UNICODE",
    "BINARY_OP_INPLACE_ADD_UNICODE",
    "BINARY_OP_MULTIPLY_FLOAT",
    "BINARY_OP_MULTIPLY_INT",
    "BINARY_OP_SUBTRACT_FLOAT",
    "BINARY_OP_SUBTRACT_INT",
    "BINARY_SUBSCR_ADAPTIVE",
    "BINARY_SUBSCR_DICT",
    "BINARY_SUBSCR_GETITEM",
    "BINARY_SUBSCR_LIST_INT",
    "BINARY_SUBSCR_TUPLE_INT",
    "CALL_ADAPTIVE",
    "CALL_PY_EXACT_ARGS",
    "CALL_PY_WITH_DEFAULTS",
    "COMPARE_OP_ADAPTIVE",
    "COMPARE_OP_FLOAT_JUMP",
    "COMPARE_OP_INT_JUMP",
    "COMPARE_OP_STR_JUMP",
    "EXTENDED_ARG_QUICK",
    "JUMP_BACKWARD_QUICK",
    "LOAD_ATTR_ADAPTIVE",
    "LOAD_ATTR_INSTANCE_VALUE",
    "LOAD_ATTR_MODULE",
    "LOAD_ATTR_SLOT",
    "LOAD_ATTR_WITH_HINT",
    "LOAD_CONST__LOAD_FAST",
    "LOAD_FAST__LOAD_CONST",
    "LOAD_FAST__LOAD_FAST",
    "LOAD_GLOBAL_ADAPTIVE",
    "LOAD_GLOBAL_BUILTIN",
    "LOAD_GLOBAL_MODULE",
    "LOAD_METHOD_ADAPTIVE",
    "LOAD_METHOD_CLASS",
    "LOAD_METHOD_MODULE",
    "LOAD_METHOD_NO_DICT",
    "LOAD_METHOD_WITH_DICT",
    "LOAD_METHOD_WITH_VALUES",
    "PRECALL_ADAPTIVE",
    "PRECALL_BOUND_METHOD",
    "PRECALL_BUILTIN_CLASS",
    "PRECALL_BUILTIN_FAST_WITH_KEYWORDS",
    "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
    "PRECALL_NO_KW_BUILTIN_FAST",
    "PRECALL_NO_KW_BUILTIN_O",
    "PRECALL_NO_KW_ISINSTANCE",
    "PRECALL_NO_KW_LEN",
    "PRECALL_NO_KW_LIST_APPEND",
    "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
    "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS",
    "PRECALL_NO_KW_METHOD_DESCRIPTOR_O",
    "PRECALL_NO_KW_STR_1",
    "PRECALL_NO_KW_TUPLE_1",
    "PRECALL_NO_KW_TYPE_1",
    "PRECALL_PYFUNC",
    "RESUME_QUICK",
    "STORE_ATTR_ADAPTIVE",
    "STORE_ATTR_INSTANCE_VALUE",
    "STORE_ATTR_SLOT",
    "STORE_ATTR_WITH_HINT",
    "STORE_FAST__LOAD_FAST",
    "STORE_FAST__STORE_FAST",
    "STORE_SUBSCR_ADAPTIVE",
    "STORE_SUBSCR_DICT",
    "STORE_SUBSCR_LIST_INT",
    "UNPACK_SEQUENCE_ADAPTIVE",
    "UNPACK_SEQUENCE_LIST",
    "UNPACK_SEQUENCE_TUPLE",
    "UNPACK_SEQUENCE_TWO_TUPLE",
    // pyrite's own forms.
    "LOAD_NAME_ADAPTIVE",
    "LOAD_NAME_CACHED",
    "LOAD_NAME_BUILTIN",
    "STORE_NAME_ADAPTIVE",
    "STORE_NAME_CACHED",
    "LOAD_ATTR_CLASS",
    "CALL_NO_KW_BUILTIN_FAST",
    "CALL_ALLOC_AND_ENTER_INIT",
];

/// The name the quickened instruction `ins` shows under, when it differs
/// from its opcode's.
pub(crate) fn adaptive_name(ins: Instr) -> Option<&'static str> {
    Some(match ins.kind {
        Kind::Generic | Kind::Prefix => match ins.op {
            Opcode::RESUME => "RESUME_QUICK",
            Opcode::JUMP_BACKWARD => "JUMP_BACKWARD_QUICK",
            Opcode::EXTENDED_ARG => "EXTENDED_ARG_QUICK",
            Opcode::LOAD_GLOBAL => "LOAD_GLOBAL_ADAPTIVE",
            Opcode::LOAD_ATTR => "LOAD_ATTR_ADAPTIVE",
            Opcode::STORE_ATTR => "STORE_ATTR_ADAPTIVE",
            Opcode::LOAD_METHOD => "LOAD_METHOD_ADAPTIVE",
            Opcode::CALL => "CALL_ADAPTIVE",
            Opcode::LOAD_NAME => "LOAD_NAME_ADAPTIVE",
            Opcode::STORE_NAME => "STORE_NAME_ADAPTIVE",
            _ => return None,
        },
        Kind::Invalid => return None,
        Kind::LoadGlobalModule => "LOAD_GLOBAL_MODULE",
        Kind::LoadGlobalBuiltin => "LOAD_GLOBAL_BUILTIN",
        Kind::LoadNameCached => "LOAD_NAME_CACHED",
        Kind::LoadNameBuiltin => "LOAD_NAME_BUILTIN",
        Kind::StoreNameCached => "STORE_NAME_CACHED",
        Kind::LoadAttrInstanceValue => "LOAD_ATTR_INSTANCE_VALUE",
        Kind::StoreAttrInstanceValue => "STORE_ATTR_INSTANCE_VALUE",
        Kind::LoadMethodWithValues => "LOAD_METHOD_WITH_VALUES",
        Kind::LoadMethodBuiltin => "LOAD_METHOD_NO_DICT",
        Kind::LoadAttrModule => "LOAD_ATTR_MODULE",
        Kind::LoadMethodModule => "LOAD_METHOD_MODULE",
        Kind::LoadAttrClass => "LOAD_ATTR_CLASS",
        Kind::LoadMethodClass => "LOAD_METHOD_CLASS",
        Kind::CallPlainClass => "CALL_ALLOC_AND_ENTER_INIT",
        Kind::CallPyExactArgs => "CALL_PY_EXACT_ARGS",
        Kind::CallNative => "CALL_NO_KW_BUILTIN_FAST",
    })
}

/// The adaptive name of the instruction at byte `offset` of a quickened
/// stream, if it has one.
pub(crate) fn name_at(stream: &Stream, offset: usize) -> Option<&'static str> {
    adaptive_name(stream.instrs.get(offset / 2)?.get())
}

/// The opcode number `dis` gives a specialised form: the unused numbers,
/// in ascending order, taken by [`SPECIALISED`] in turn.
pub(crate) fn specialised_number(name: &str) -> Option<u8> {
    let position = SPECIALISED.iter().position(|n| *n == name)?;
    (0..=255u8)
        .filter(|&n| Opcode::from_number(n).is_none())
        .nth(position)
}

/// `code._co_code_adaptive`: `co_code` with each quickened instruction's
/// opcode byte replaced by its form's number; `co_code` itself for a code
/// object that has not run.
pub(crate) fn adaptive_code(info: &CodeInfo) -> Vec<u8> {
    let mut bytes = info.code.co_code.clone();
    if let Some(stream) = info.instrs.get() {
        for (unit, opcode) in bytes.iter_mut().step_by(2).enumerate() {
            if let Some(number) = name_at(stream, unit * 2).and_then(specialised_number) {
                *opcode = number;
            }
        }
    }
    bytes
}
