"""The bytecode instructions by name and number, and the families their
arguments belong to, as CPython 3.11's `opcode` module gives them.

Everything here is read from the compiler's own opcode table (`_opcode`),
so `opname`, `opmap` and the `has*` lists always agree with what `dis`
shows and what the evaluation loop runs.
"""

from _opcode import stack_effect
import _opcode

__all__ = [
    "cmp_op",
    "hasconst",
    "hasname",
    "hasjrel",
    "hasjabs",
    "haslocal",
    "hascompare",
    "hasfree",
    "opname",
    "opmap",
    "HAVE_ARGUMENT",
    "EXTENDED_ARG",
    "hasnargs",
    "stack_effect",
]

cmp_op = ("<", "<=", "==", "!=", ">", ">=")

HAVE_ARGUMENT = 90

opname = ["<%r>" % (number,) for number in range(256)]
opmap = {}
hasconst = []
hasname = []
hasjrel = []
# No 3.11 instruction takes an absolute jump target or an argument count.
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []
_inline_cache_entries = [0] * 256

_families = {
    "const": hasconst,
    "name": hasname,
    "jrel": hasjrel,
    "local": haslocal,
    "compare": hascompare,
    "free": hasfree,
}

for _name, _number, _family, _caches in _opcode._table():
    opname[_number] = _name
    opmap[_name] = _number
    _inline_cache_entries[_number] = _caches
    if _family is not None:
        _families[_family].append(_number)

EXTENDED_ARG = opmap["EXTENDED_ARG"]

_nb_ops = [
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="),
    ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="),
    ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="),
    ("NB_INPLACE_XOR", "^="),
]

del _name, _number, _family, _caches, _families
