//! The instruction stream the loop runs: `co_code` decoded once per code
//! object, and specialised in place as it runs (PEP 659's quickening).
//!
//! There is one [`Instr`] per code unit of `co_code`, so positions (`pc`,
//! `f_lasti`, exception-table offsets, jump targets) mean the same in
//! both. The unit of a real instruction holds the instruction with its
//! full argument (its `EXTENDED_ARG` prefixes folded in) and the unit
//! after its inline caches; a prefix unit is a no-op leading to the next
//! unit, so a jump that lands on a prefix still runs the instruction; a
//! `CACHE` unit is never reached.
//!
//! Each instruction also has a [`Kind`]: `Generic` runs the handler for
//! its opcode, the others are specialised forms that serve the common
//! case directly from an inline cache (`aux` and the unit's [`Cache`]:
//! `key`, `value`, `epoch`). Invariant: a
//! specialised form either does exactly what the generic instruction
//! would do, or detects that its cache no longer applies (a *miss*),
//! changes nothing, and the loop runs the generic handler instead and
//! de-specialises the instruction. Warm-up and back-off are counted in
//! `counter`, as CPython 3.11 does.
//!
//! The cells are `Cell`s because a code object is shared (`Rc`) by every
//! frame running it, and specialising rewrites it while frames run.

use std::cell::Cell;

use pyrite_compiler::bytecode::{CodeObject, Opcode};
use pyrite_objects::ObjRef;

/// What an instruction's unit runs as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The handler for the opcode, with no cache.
    Generic,
    /// An `EXTENDED_ARG` prefix: go on to the next unit.
    Prefix,
    /// A `CACHE` unit or an unknown byte: never run.
    Invalid,
    /// `LOAD_GLOBAL` served from entry `aux` of the globals dict `key`.
    LoadGlobalModule,
    /// `LOAD_GLOBAL` served from entry `aux` of the builtins dict `key`
    /// while the globals dict `value` has the key set it had (at version
    /// `keys`) when it was seen not to have the name.
    LoadGlobalBuiltin,
    /// `LOAD_NAME` served from entry `aux` of the locals dict `key`.
    LoadNameCached,
    /// `LOAD_NAME` at module level served from entry `aux` of the builtins
    /// dict `key`, while the module's dict `value` (locals and globals)
    /// has the key set it had (at version `keys`) when it was seen not to
    /// have the name.
    LoadNameBuiltin,
    /// `STORE_NAME` replacing the value of entry `aux` of the locals dict
    /// `key`.
    StoreNameCached,
    /// `LOAD_ATTR` of a plain instance of class `key` whose `__dict__`
    /// holds the name (at entry `aux` when last seen), or else whose class
    /// gives a plain value or a method, while no class has changed since
    /// (`epoch`) or the instance's class has the same attribute plan.
    LoadAttrInstanceValue,
    /// `STORE_ATTR` into the `__dict__` of a plain instance of class `key`
    /// (entry `aux` when last seen), under the same condition.
    StoreAttrInstanceValue,
    /// `LOAD_METHOD` of a plain function found on class `key` (cached in
    /// `value`), for an instance whose `__dict__` does not shadow it.
    LoadMethodWithValues,
    /// `LOAD_METHOD` on an exact instance of the built-in type numbered
    /// `aux` (whose class is `key`), finding the native method `value`,
    /// while no class has changed since (`epoch`).
    LoadMethodBuiltin,
    /// `LOAD_ATTR` of entry `aux` of the dict `key` of a module of the
    /// built-in class `value` (see `specialise/namespaces.rs`).
    LoadAttrModule,
    /// `LOAD_METHOD` of the same: a NULL and the attribute.
    LoadMethodModule,
    /// `LOAD_ATTR` of the class `key` finding the object `value` along
    /// its MRO, while no class has changed since (`epoch`).
    LoadAttrClass,
    /// `LOAD_METHOD` of the same: a NULL and the attribute.
    LoadMethodClass,
    /// `CALL` of the plain class `key` (one `type` calls, with no
    /// `__new__` or `__del__` of its own) whose `__init__` is the Python
    /// function `value`, while no class has changed since (`epoch`).
    CallPlainClass,
    /// `CALL` of the Python function `key` whose code object is `value`
    /// (the interpreter's code table entry `aux`), whose parameters take
    /// exactly the positional arguments given (CPython's
    /// `CALL_PY_EXACT_ARGS`).
    CallPyExactArgs,
    /// `CALL` of the built-in `key` (holding no receiver), entry `aux` of
    /// the interpreter's native table, with positional arguments only.
    CallNative,
}

/// One decoded code unit. See the module docs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub op: Opcode,
    pub kind: Kind,
    /// Warm-up (counting down to a specialisation attempt) or back-off.
    pub counter: u16,
    pub arg: u32,
    /// The unit after this instruction and its caches.
    pub next: u32,
    /// Cache: a dict entry number, by kind.
    pub aux: u32,
}

/// The rest of a unit's inline cache, read only by specialised forms
/// (kept apart so that fetching an instruction copies 16 bytes).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Cache {
    /// The dict or class the cache belongs to.
    pub key: Option<ObjRef>,
    /// A borrowed object, kept alive by `key` while `epoch` holds.
    pub value: Option<ObjRef>,
    /// The class epoch the cache was filled in.
    pub epoch: u32,
    /// The key-set version of a dict the cache relies on (see
    /// `DictTable::keys_version`).
    pub keys: u64,
}

/// A code object's decoded stream: an instruction and a cache per unit.
#[derive(Debug)]
pub(crate) struct Stream {
    pub instrs: Box<[Cell<Instr>]>,
    pub caches: Box<[Cell<Cache>]>,
}

/// Executions before a first specialisation attempt.
pub(crate) const WARMUP: u16 = 2;
/// Executions to wait after a failed attempt or a miss.
pub(crate) const BACKOFF: u16 = 64;

impl Instr {
    fn new(op: Opcode, kind: Kind, arg: u32, next: usize) -> Instr {
        Instr {
            op,
            kind,
            counter: WARMUP,
            arg,
            next: next as u32,
            aux: 0,
        }
    }

    /// The target of a relative jump instruction.
    pub(crate) fn jump_target(&self) -> usize {
        match self.op {
            Opcode::JUMP_BACKWARD
            | Opcode::JUMP_BACKWARD_NO_INTERRUPT
            | Opcode::POP_JUMP_BACKWARD_IF_FALSE
            | Opcode::POP_JUMP_BACKWARD_IF_TRUE
            | Opcode::POP_JUMP_BACKWARD_IF_NONE
            | Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE => {
                (self.next as usize).saturating_sub(self.arg as usize)
            }
            _ => self.next as usize + self.arg as usize,
        }
    }

    /// This instruction with its caches cleared, back to the generic form
    /// (after a miss), waiting `BACKOFF` executions before trying again.
    pub(crate) fn despecialised(self) -> Instr {
        Instr {
            kind: Kind::Generic,
            counter: BACKOFF,
            ..self
        }
    }
}

/// Decode `co_code` into one cell per code unit.
pub(crate) fn decode(code: &CodeObject) -> Stream {
    let co = &code.co_code;
    let units = co.len() / 2;
    let mut out: Vec<Cell<Instr>> = Vec::with_capacity(units);
    let invalid = |next: usize| Instr::new(Opcode::CACHE, Kind::Invalid, 0, next);
    let mut unit = 0;
    while unit < units {
        // Read the instruction starting here, folding in its prefixes.
        let mut at = unit;
        let mut arg: u32 = 0;
        let mut op = Opcode::from_number(co[2 * at]);
        while op == Some(Opcode::EXTENDED_ARG) && at + 1 < units {
            arg = (arg << 8) | u32::from(co[2 * at + 1]);
            at += 1;
            op = Opcode::from_number(co[2 * at]);
        }
        arg = (arg << 8) | u32::from(co[2 * at + 1]);
        for prefix in unit..at {
            out.push(Cell::new(Instr::new(
                Opcode::EXTENDED_ARG,
                Kind::Prefix,
                0,
                prefix + 1,
            )));
        }
        let Some(op) = op else {
            out.push(Cell::new(invalid(at + 1)));
            unit = at + 1;
            continue;
        };
        let next = at + 1 + op.cache_entries();
        let kind = if op == Opcode::CACHE {
            Kind::Invalid
        } else {
            Kind::Generic
        };
        out.push(Cell::new(Instr::new(op, kind, arg, next)));
        for cache in at + 1..next.min(units) {
            out.push(Cell::new(invalid(cache + 1)));
        }
        unit = next;
    }
    out.truncate(units);
    Stream {
        caches: (0..out.len()).map(|_| Cell::default()).collect(),
        instrs: out.into_boxed_slice(),
    }
}
