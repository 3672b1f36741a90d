//! The opcode table: every instruction pyrite knows, declared once.
//!
//! Each entry gives the instruction's name (CPython 3.11's), its number in
//! CPython 3.11's `opcode` module, the kind of its argument (how `dis` shows
//! it), how many inline `CACHE` code units follow it, its stack effect and a
//! one-line doc. The disassembler, the stack-depth pass, the assembler and the
//! book all read this table; nothing else lists instructions.
//!
//! Invariants:
//! - Numbers, cache counts and stack effects equal CPython 3.11's (checked
//!   against a fixture produced by `python3.11`'s `opcode` and
//!   `dis.stack_effect`).
//! - Entries without a number are *pseudo-instructions*: the code generator
//!   emits them, the assembler removes or replaces them, and they never
//!   appear in `co_code` (CPython 3.11's compiler has the same set).

use serde::{Deserialize, Serialize};

/// How an instruction's argument is read, and so how `dis` shows it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgKind {
    /// No argument (CPython's opcodes below `HAVE_ARGUMENT`); the argument
    /// byte is zero and `dis` shows nothing.
    None,
    /// A plain number, shown without a `(repr)`: counts, flags, `RESUME`'s
    /// where-code, `IS_OP`'s inversion bit.
    Number,
    /// An index into `co_consts`, shown as the constant's `repr`.
    Const,
    /// An index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`'s `(index << 1) | push_null`, shown as `NULL + name`
    /// when the low bit is set.
    GlobalName,
    /// An index into `co_varnames` (the fast locals).
    Local,
    /// An index into the "fast locals plus": varnames, then the cell
    /// variables that are not arguments, then the free variables.
    Free,
    /// A forward jump, relative to the next instruction, in code units.
    JumpForward,
    /// A backward jump, relative to the next instruction, in code units.
    JumpBackward,
    /// A jump whose direction the assembler decides (pseudo-instructions).
    Jump,
    /// An index into [`COMPARE_OPS`].
    Compare,
    /// An index into [`BINARY_OPS`].
    BinaryOp,
    /// `FORMAT_VALUE`'s conversion (low two bits) and has-format-spec bit.
    FormatValue,
    /// `MAKE_FUNCTION`'s flags: defaults, kwdefaults, annotations, closure.
    MakeFunctionFlags,
}

/// The comparison operators `COMPARE_OP` selects from, in CPython's order
/// (`opcode.cmp_op`).
pub const COMPARE_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// The operators `BINARY_OP` selects from, in CPython 3.11's order
/// (`opcode._nb_ops`): the thirteen binary operators, then their in-place
/// forms.
pub const BINARY_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// `MAKE_FUNCTION`'s flag names, by bit (`dis.MAKE_FUNCTION_FLAGS`).
pub const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// `FORMAT_VALUE`'s conversions, by the argument's low two bits.
pub const FORMAT_VALUE_CONVERSIONS: [&str; 4] = ["", "str", "repr", "ascii"];

/// Opcodes at or above this number take an argument (CPython's
/// `HAVE_ARGUMENT`).
pub const HAVE_ARGUMENT: u8 = 90;

/// One row of the opcode table.
#[derive(Clone, Copy, Debug)]
pub struct OpInfo {
    /// CPython's name, as `dis` prints it.
    pub name: &'static str,
    /// CPython 3.11's opcode number; `None` for pseudo-instructions.
    pub number: Option<u8>,
    pub arg: ArgKind,
    /// Inline `CACHE` code units that follow the instruction in `co_code`.
    pub caches: u8,
    pub doc: &'static str,
}

macro_rules! opcodes {
    ($(
        #[doc = $doc:literal]
        $name:ident = $number:expr, $arg:ident, caches $caches:literal,
            |$a:pat_param, $j:pat_param| $effect:expr;
    )*) => {
        /// An instruction's operation. Variant names are CPython's opcode
        /// names, so that `grep LOAD_FAST` finds every use.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
        pub enum Opcode {
            $(#[doc = $doc] $name,)*
        }

        /// The table, indexed by `Opcode as usize`.
        pub static OPCODES: &[OpInfo] = &[
            $(OpInfo {
                name: stringify!($name),
                number: $number,
                arg: ArgKind::$arg,
                caches: $caches,
                doc: $doc,
            },)*
        ];

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The net change in stack depth when the instruction runs with
            /// argument `arg`; `jump` selects the effect along the taken
            /// branch for instructions that branch (for `SETUP_*`, the depth
            /// at the handler).
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                // Arguments are at most 32 bits; the effects that read them
                // only ever subtract counts that fit a stack.
                let arg = arg as i64;
                let effect: i64 = match self {
                    $(Opcode::$name => {
                        let $a = arg;
                        let $j = jump;
                        $effect
                    })*
                };
                effect as i32
            }
        }
    };
}

fn bits(flags: i64) -> i64 {
    i64::from((flags & 0x0f).count_ones())
}

opcodes! {
    /// An inline cache entry following an instruction; never executed.
    CACHE = Some(0), None, caches 0, |_, _| 0;
    /// Removes the top of the stack.
    POP_TOP = Some(1), None, caches 0, |_, _| -1;
    /// Pushes NULL, the marker that a callable below it is not a bound method.
    PUSH_NULL = Some(2), None, caches 0, |_, _| 1;
    /// Does nothing; keeps a line number alive.
    NOP = Some(9), None, caches 0, |_, _| 0;
    /// TOS = +TOS.
    UNARY_POSITIVE = Some(10), None, caches 0, |_, _| 0;
    /// TOS = -TOS.
    UNARY_NEGATIVE = Some(11), None, caches 0, |_, _| 0;
    /// TOS = not TOS.
    UNARY_NOT = Some(12), None, caches 0, |_, _| 0;
    /// TOS = ~TOS.
    UNARY_INVERT = Some(15), None, caches 0, |_, _| 0;
    /// TOS = TOS1[TOS].
    BINARY_SUBSCR = Some(25), None, caches 4, |_, _| -1;
    /// Pushes len(TOS), leaving TOS (match statements).
    GET_LEN = Some(30), None, caches 0, |_, _| 1;
    /// Pushes whether TOS is a mapping (match statements).
    MATCH_MAPPING = Some(31), None, caches 0, |_, _| 1;
    /// Pushes whether TOS is a sequence (match statements).
    MATCH_SEQUENCE = Some(32), None, caches 0, |_, _| 1;
    /// Pushes a tuple of TOS1's values for the keys in TOS, or None.
    MATCH_KEYS = Some(33), None, caches 0, |_, _| 1;
    /// Pushes the current exception below TOS and makes TOS current.
    PUSH_EXC_INFO = Some(35), None, caches 0, |_, _| 1;
    /// TOS = whether TOS1 matches the exception type(s) in TOS.
    CHECK_EXC_MATCH = Some(36), None, caches 0, |_, _| 0;
    /// Splits exception group TOS1 by TOS into a rest and a match (except*).
    CHECK_EG_MATCH = Some(37), None, caches 0, |_, _| 0;
    /// Calls the context manager's __exit__ with the exception in TOS.
    WITH_EXCEPT_START = Some(49), None, caches 0, |_, _| 1;
    /// TOS = TOS.__aiter__().
    GET_AITER = Some(50), None, caches 0, |_, _| 0;
    /// Pushes the awaitable of TOS.__anext__().
    GET_ANEXT = Some(51), None, caches 0, |_, _| 1;
    /// Pushes __aexit__ and the awaitable of __aenter__() for async with.
    BEFORE_ASYNC_WITH = Some(52), None, caches 0, |_, _| 1;
    /// Pushes __exit__ and the result of __enter__() for with.
    BEFORE_WITH = Some(53), None, caches 0, |_, _| 1;
    /// Ends an async for loop on StopAsyncIteration, re-raising anything else.
    END_ASYNC_FOR = Some(54), None, caches 0, |_, _| -2;
    /// TOS1[TOS] = TOS2.
    STORE_SUBSCR = Some(60), None, caches 1, |_, _| -3;
    /// del TOS1[TOS].
    DELETE_SUBSCR = Some(61), None, caches 0, |_, _| -2;
    /// TOS = iter(TOS).
    GET_ITER = Some(68), None, caches 0, |_, _| 0;
    /// TOS = iter(TOS), leaving generators and coroutines as they are.
    GET_YIELD_FROM_ITER = Some(69), None, caches 0, |_, _| 0;
    /// Prints TOS through sys.displayhook (interactive mode).
    PRINT_EXPR = Some(70), None, caches 0, |_, _| -1;
    /// Pushes builtins.__build_class__.
    LOAD_BUILD_CLASS = Some(71), None, caches 0, |_, _| 1;
    /// Pushes AssertionError.
    LOAD_ASSERTION_ERROR = Some(74), None, caches 0, |_, _| 1;
    /// Creates the generator, coroutine or async generator for this frame and returns it.
    RETURN_GENERATOR = Some(75), None, caches 0, |_, _| 0;
    /// TOS = tuple(TOS) for a list TOS.
    LIST_TO_TUPLE = Some(82), None, caches 0, |_, _| 0;
    /// Returns TOS to the caller.
    RETURN_VALUE = Some(83), None, caches 0, |_, _| -1;
    /// from TOS import *, into the local namespace.
    IMPORT_STAR = Some(84), None, caches 0, |_, _| -1;
    /// Creates __annotations__ in the local namespace if it is missing.
    SETUP_ANNOTATIONS = Some(85), None, caches 0, |_, _| 0;
    /// Yields TOS from a generator; TOS becomes the value sent in.
    YIELD_VALUE = Some(86), None, caches 0, |_, _| 0;
    /// Wraps TOS so that an async generator's yield is told from an await.
    ASYNC_GEN_WRAP = Some(87), None, caches 0, |_, _| 0;
    /// Combines the exceptions raised in except* clauses into the one to re-raise.
    PREP_RERAISE_STAR = Some(88), None, caches 0, |_, _| -1;
    /// Pops TOS and restores it as the current exception.
    POP_EXCEPT = Some(89), None, caches 0, |_, _| -1;
    /// name = TOS, in the local namespace (module and class bodies).
    STORE_NAME = Some(90), Name, caches 0, |_, _| -1;
    /// del name, in the local namespace.
    DELETE_NAME = Some(91), Name, caches 0, |_, _| 0;
    /// Unpacks TOS into arg values, pushed right to left.
    UNPACK_SEQUENCE = Some(92), Number, caches 1, |a, _| a - 1;
    /// Pushes next(TOS), or pops TOS and jumps forward when it is exhausted.
    FOR_ITER = Some(93), JumpForward, caches 0, |_, j| if j { -1 } else { 1 };
    /// Unpacks TOS with a starred target: arg & 0xff before it, arg >> 8 after.
    UNPACK_EX = Some(94), Number, caches 0, |a, _| (a & 0xff) + (a >> 8);
    /// TOS.name = TOS1.
    STORE_ATTR = Some(95), Name, caches 4, |_, _| -2;
    /// del TOS.name.
    DELETE_ATTR = Some(96), Name, caches 0, |_, _| -1;
    /// name = TOS, in the global namespace.
    STORE_GLOBAL = Some(97), Name, caches 0, |_, _| -1;
    /// del name, in the global namespace.
    DELETE_GLOBAL = Some(98), Name, caches 0, |_, _| 0;
    /// Swaps TOS with the item arg-1 below it (arg counts from 1 at TOS).
    SWAP = Some(99), Number, caches 0, |_, _| 0;
    /// Pushes co_consts[arg].
    LOAD_CONST = Some(100), Const, caches 0, |_, _| 1;
    /// Pushes the value of name: locals, then globals, then builtins.
    LOAD_NAME = Some(101), Name, caches 0, |_, _| 1;
    /// Replaces the top arg items with a tuple of them.
    BUILD_TUPLE = Some(102), Number, caches 0, |a, _| 1 - a;
    /// Replaces the top arg items with a list of them.
    BUILD_LIST = Some(103), Number, caches 0, |a, _| 1 - a;
    /// Replaces the top arg items with a set of them.
    BUILD_SET = Some(104), Number, caches 0, |a, _| 1 - a;
    /// Replaces the top 2*arg items (key, value, ...) with a dict.
    BUILD_MAP = Some(105), Number, caches 0, |a, _| 1 - 2 * a;
    /// TOS = TOS.name.
    LOAD_ATTR = Some(106), Name, caches 4, |_, _| 0;
    /// TOS = TOS1 <op> TOS for the rich comparison COMPARE_OPS[arg].
    COMPARE_OP = Some(107), Compare, caches 2, |_, _| -1;
    /// Imports module name with fromlist TOS and level TOS1; pushes the module.
    IMPORT_NAME = Some(108), Name, caches 0, |_, _| -1;
    /// Pushes attribute name of the module in TOS (from ... import name).
    IMPORT_FROM = Some(109), Name, caches 0, |_, _| 1;
    /// Jumps forward by arg code units.
    JUMP_FORWARD = Some(110), JumpForward, caches 0, |_, _| 0;
    /// Jumps forward keeping TOS if it is false, else pops it.
    JUMP_IF_FALSE_OR_POP = Some(111), JumpForward, caches 0, |_, j| if j { 0 } else { -1 };
    /// Jumps forward keeping TOS if it is true, else pops it.
    JUMP_IF_TRUE_OR_POP = Some(112), JumpForward, caches 0, |_, j| if j { 0 } else { -1 };
    /// Pops TOS and jumps forward if it is false.
    POP_JUMP_FORWARD_IF_FALSE = Some(114), JumpForward, caches 0, |_, _| -1;
    /// Pops TOS and jumps forward if it is true.
    POP_JUMP_FORWARD_IF_TRUE = Some(115), JumpForward, caches 0, |_, _| -1;
    /// Pushes global co_names[arg >> 1], with a NULL first if arg & 1.
    LOAD_GLOBAL = Some(116), GlobalName, caches 5, |a, _| 1 + (a & 1);
    /// TOS = TOS1 is TOS (is not, if arg is 1).
    IS_OP = Some(117), Number, caches 0, |_, _| -1;
    /// TOS = TOS1 in TOS (not in, if arg is 1).
    CONTAINS_OP = Some(118), Number, caches 0, |_, _| -1;
    /// Re-raises TOS; if arg is set, restores f_lasti from the item below.
    RERAISE = Some(119), Number, caches 0, |_, _| -1;
    /// Pushes a copy of the item arg-1 below TOS (arg counts from 1 at TOS).
    COPY = Some(120), Number, caches 0, |_, _| 1;
    /// TOS = TOS1 <op> TOS for the operator BINARY_OPS[arg].
    BINARY_OP = Some(122), BinaryOp, caches 1, |_, _| -1;
    /// Sends TOS into the iterator TOS1; jumps forward when it returns.
    SEND = Some(123), JumpForward, caches 0, |_, j| if j { -1 } else { 0 };
    /// Pushes local variable co_varnames[arg].
    LOAD_FAST = Some(124), Local, caches 0, |_, _| 1;
    /// co_varnames[arg] = TOS.
    STORE_FAST = Some(125), Local, caches 0, |_, _| -1;
    /// del co_varnames[arg].
    DELETE_FAST = Some(126), Local, caches 0, |_, _| 0;
    /// Pops TOS and jumps forward if it is not None.
    POP_JUMP_FORWARD_IF_NOT_NONE = Some(128), JumpForward, caches 0, |_, _| -1;
    /// Pops TOS and jumps forward if it is None.
    POP_JUMP_FORWARD_IF_NONE = Some(129), JumpForward, caches 0, |_, _| -1;
    /// raise (arg 0), raise TOS (1), raise TOS1 from TOS (2).
    RAISE_VARARGS = Some(130), Number, caches 0, |a, _| -a;
    /// TOS = the awaitable for TOS; arg says where (1 after __aenter__, 2 after __aexit__).
    GET_AWAITABLE = Some(131), Number, caches 0, |_, _| 0;
    /// Makes a function from the code object TOS and the parts its flags say are below it.
    MAKE_FUNCTION = Some(132), MakeFunctionFlags, caches 0, |a, _| -bits(a);
    /// Replaces the top 2 (or 3, if arg is 3) items with a slice.
    BUILD_SLICE = Some(133), Number, caches 0, |a, _| if a == 3 { -2 } else { -1 };
    /// Jumps backward by arg code units without checking for interrupts.
    JUMP_BACKWARD_NO_INTERRUPT = Some(134), JumpBackward, caches 0, |_, _| 0;
    /// Replaces fast local arg with a cell holding its value.
    MAKE_CELL = Some(135), Free, caches 0, |_, _| 0;
    /// Pushes the cell in slot arg itself (to build a closure).
    LOAD_CLOSURE = Some(136), Free, caches 0, |_, _| 1;
    /// Pushes the value in the cell in slot arg.
    LOAD_DEREF = Some(137), Free, caches 0, |_, _| 1;
    /// Stores TOS into the cell in slot arg.
    STORE_DEREF = Some(138), Free, caches 0, |_, _| -1;
    /// Empties the cell in slot arg.
    DELETE_DEREF = Some(139), Free, caches 0, |_, _| 0;
    /// Jumps backward by arg code units.
    JUMP_BACKWARD = Some(140), JumpBackward, caches 0, |_, _| 0;
    /// Calls TOS2(*TOS1, **TOS if arg & 1), below a NULL.
    CALL_FUNCTION_EX = Some(142), Number, caches 0, |a, _| -2 - (a & 1);
    /// Prefixes the next instruction's argument with eight more high bits.
    EXTENDED_ARG = Some(144), Number, caches 0, |_, _| 0;
    /// Appends TOS to the list arg items below it (comprehensions).
    LIST_APPEND = Some(145), Number, caches 0, |_, _| -1;
    /// Adds TOS to the set arg items below it (comprehensions).
    SET_ADD = Some(146), Number, caches 0, |_, _| -1;
    /// Sets dict[TOS1] = TOS for the dict arg items below them (comprehensions).
    MAP_ADD = Some(147), Number, caches 0, |_, _| -2;
    /// Pushes a class body's name from its namespace, else from the cell in slot arg.
    LOAD_CLASSDEREF = Some(148), Free, caches 0, |_, _| 1;
    /// Copies the arg free variables from the function's closure into the frame.
    COPY_FREE_VARS = Some(149), Number, caches 0, |_, _| 0;
    /// Marks a start or resumption point; arg says which (0 start, 1 yield, 2 yield from, 3 await).
    RESUME = Some(151), Number, caches 0, |_, _| 0;
    /// Matches TOS2 against class TOS1 with arg positional sub-patterns and keyword names TOS.
    MATCH_CLASS = Some(152), Number, caches 0, |_, _| -2;
    /// Formats TOS with conversion and optional spec, for f-strings.
    FORMAT_VALUE = Some(155), FormatValue, caches 0, |a, _| if a & 0x04 != 0 { -1 } else { 0 };
    /// Makes a dict from arg values and the tuple of keys in TOS.
    BUILD_CONST_KEY_MAP = Some(156), Number, caches 0, |a, _| -a;
    /// Concatenates the top arg strings.
    BUILD_STRING = Some(157), Number, caches 0, |a, _| 1 - a;
    /// Pushes the unbound method co_names[arg] and self, or NULL and the attribute.
    LOAD_METHOD = Some(160), Name, caches 10, |_, _| 1;
    /// Extends the list arg items below TOS with TOS.
    LIST_EXTEND = Some(162), Number, caches 0, |_, _| -1;
    /// Updates the set arg items below TOS with TOS.
    SET_UPDATE = Some(163), Number, caches 0, |_, _| -1;
    /// Merges mapping TOS into the dict arg items below it, rejecting duplicate keys.
    DICT_MERGE = Some(164), Number, caches 0, |_, _| -1;
    /// Updates the dict arg items below TOS with TOS.
    DICT_UPDATE = Some(165), Number, caches 0, |_, _| -1;
    /// Prepares a call with arg arguments (binds a method's self).
    PRECALL = Some(166), Number, caches 1, |a, _| -a;
    /// Calls the callable with the arg arguments above it.
    CALL = Some(171), Number, caches 4, |_, _| -1;
    /// Names the keyword arguments of the next CALL: co_consts[arg] is their tuple.
    KW_NAMES = Some(172), Const, caches 0, |_, _| 0;
    /// Pops TOS and jumps backward if it is not None.
    POP_JUMP_BACKWARD_IF_NOT_NONE = Some(173), JumpBackward, caches 0, |_, _| -1;
    /// Pops TOS and jumps backward if it is None.
    POP_JUMP_BACKWARD_IF_NONE = Some(174), JumpBackward, caches 0, |_, _| -1;
    /// Pops TOS and jumps backward if it is false.
    POP_JUMP_BACKWARD_IF_FALSE = Some(175), JumpBackward, caches 0, |_, _| -1;
    /// Pops TOS and jumps backward if it is true.
    POP_JUMP_BACKWARD_IF_TRUE = Some(176), JumpBackward, caches 0, |_, _| -1;

    /// Pseudo: the following code is protected by the handler arg (try).
    SETUP_FINALLY = None, Jump, caches 0, |_, j| if j { 1 } else { 0 };
    /// Pseudo: protection by a cleanup handler that restores f_lasti.
    SETUP_CLEANUP = None, Jump, caches 0, |_, j| if j { 2 } else { 0 };
    /// Pseudo: protection of a with body by its exit handler.
    SETUP_WITH = None, Jump, caches 0, |_, j| if j { 1 } else { 0 };
    /// Pseudo: ends the innermost SETUP_* protection.
    POP_BLOCK = None, None, caches 0, |_, _| 0;
    /// Pseudo: an unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD.
    JUMP = None, Jump, caches 0, |_, _| 0;
    /// Pseudo: an unconditional jump that must not check for interrupts.
    JUMP_NO_INTERRUPT = None, Jump, caches 0, |_, _| 0;
    /// Pseudo: becomes POP_JUMP_FORWARD_IF_FALSE or POP_JUMP_BACKWARD_IF_FALSE.
    POP_JUMP_IF_FALSE = None, Jump, caches 0, |_, _| -1;
    /// Pseudo: becomes POP_JUMP_FORWARD_IF_TRUE or POP_JUMP_BACKWARD_IF_TRUE.
    POP_JUMP_IF_TRUE = None, Jump, caches 0, |_, _| -1;
    /// Pseudo: becomes POP_JUMP_FORWARD_IF_NONE or POP_JUMP_BACKWARD_IF_NONE.
    POP_JUMP_IF_NONE = None, Jump, caches 0, |_, _| -1;
    /// Pseudo: becomes POP_JUMP_FORWARD_IF_NOT_NONE or POP_JUMP_BACKWARD_IF_NOT_NONE.
    POP_JUMP_IF_NOT_NONE = None, Jump, caches 0, |_, _| -1;
}

/// Opcode by CPython 3.11 number, built from the table.
const BY_NUMBER: [Option<Opcode>; 256] = {
    let mut table = [None; 256];
    let mut i = 0;
    while i < Opcode::ALL.len() {
        if let Some(n) = OPCODES[i].number {
            table[n as usize] = Some(Opcode::ALL[i]);
        }
        i += 1;
    }
    table
};

impl Opcode {
    /// This opcode's row of the table.
    pub fn info(self) -> &'static OpInfo {
        &OPCODES[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The opcode with CPython 3.11 number `number`, if there is one.
    pub fn from_number(number: u8) -> Option<Opcode> {
        BY_NUMBER[number as usize]
    }

    /// The opcode named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }

    /// CPython's number, or `None` for a pseudo-instruction.
    pub fn number(self) -> Option<u8> {
        self.info().number
    }

    pub fn is_pseudo(self) -> bool {
        self.info().number.is_none()
    }

    /// Whether the argument byte means anything (CPython's
    /// `opcode >= HAVE_ARGUMENT`).
    pub fn has_arg(self) -> bool {
        self.info().arg != ArgKind::None
    }

    /// Inline `CACHE` code units that follow this instruction.
    pub fn cache_entries(self) -> usize {
        usize::from(self.info().caches)
    }

    /// Whether the argument is a jump target (before or after assembly).
    pub fn is_jump(self) -> bool {
        matches!(
            self.info().arg,
            ArgKind::Jump | ArgKind::JumpForward | ArgKind::JumpBackward
        )
    }

    /// Whether this is one of the SETUP_* pseudo-instructions that open an
    /// exception-handling region.
    pub fn is_block_push(self) -> bool {
        matches!(
            self,
            Opcode::SETUP_FINALLY | Opcode::SETUP_CLEANUP | Opcode::SETUP_WITH
        )
    }

    /// Whether control never falls through to the next instruction.
    pub fn is_scope_exit(self) -> bool {
        matches!(
            self,
            Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE
        )
    }

    /// Whether this is a jump that always jumps.
    pub fn is_unconditional_jump(self) -> bool {
        matches!(
            self,
            Opcode::JUMP
                | Opcode::JUMP_NO_INTERRUPT
                | Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::JUMP_BACKWARD_NO_INTERRUPT
        )
    }

    /// The real instruction a pseudo-jump becomes, given the direction the
    /// assembler found; real instructions are returned unchanged.
    pub fn with_direction(self, forward: bool) -> Opcode {
        use Opcode::*;
        match (self, forward) {
            (JUMP, true) | (JUMP_NO_INTERRUPT, true) => JUMP_FORWARD,
            (JUMP, false) => JUMP_BACKWARD,
            (JUMP_NO_INTERRUPT, false) => JUMP_BACKWARD_NO_INTERRUPT,
            (POP_JUMP_IF_FALSE, true) => POP_JUMP_FORWARD_IF_FALSE,
            (POP_JUMP_IF_FALSE, false) => POP_JUMP_BACKWARD_IF_FALSE,
            (POP_JUMP_IF_TRUE, true) => POP_JUMP_FORWARD_IF_TRUE,
            (POP_JUMP_IF_TRUE, false) => POP_JUMP_BACKWARD_IF_TRUE,
            (POP_JUMP_IF_NONE, true) => POP_JUMP_FORWARD_IF_NONE,
            (POP_JUMP_IF_NONE, false) => POP_JUMP_BACKWARD_IF_NONE,
            (POP_JUMP_IF_NOT_NONE, true) => POP_JUMP_FORWARD_IF_NOT_NONE,
            (POP_JUMP_IF_NOT_NONE, false) => POP_JUMP_BACKWARD_IF_NOT_NONE,
            (op, _) => op,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_discriminant() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_name(op.name()), Some(*op));
        }
    }

    #[test]
    fn numbers_round_trip_and_arguments_follow_have_argument() {
        for op in Opcode::ALL {
            if let Some(n) = op.number() {
                assert_eq!(Opcode::from_number(n), Some(*op));
                assert_eq!(op.has_arg(), n >= HAVE_ARGUMENT, "{}", op.name());
            }
        }
        assert_eq!(Opcode::from_number(3), None);
    }

    #[test]
    fn docs_are_one_line() {
        for info in OPCODES {
            assert!(!info.doc.trim().is_empty() && !info.doc.contains('\n'));
        }
    }
}
