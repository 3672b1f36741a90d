"""Disassembly of pyrite's bytecode, with CPython 3.11's `dis` interface.

The listing itself and the decoding of instructions are native (`_dis`);
this module shapes them: `get_instructions` yields `Instruction` named
tuples whose `positions` is a `Positions` named tuple, and `Bytecode`
wraps a code object for iteration and display.
"""

import sys

import _dis

__all__ = [
    "Bytecode",
    "Instruction",
    "Positions",
    "cmp_op",
    "dis",
    "findlinestarts",
    "get_instructions",
    "opmap",
    "opname",
]

HAVE_ARGUMENT = 90
EXTENDED_ARG = 144

opname = _dis._opnames()
opmap = {name: number for number, name in enumerate(opname) if not name.startswith("<")}
# Every name an instruction can show under, the quickened forms included
# (what `adaptive=True` listings and `code._co_code_adaptive` use).
_all_opname = list(opname)
_all_opmap = dict(opmap)
for _number, _name in _dis._specialised():
    _all_opname[_number] = _name
    _all_opmap[_name] = _number
del _number, _name
cmp_op = ("<", "<=", "==", "!=", ">", ">=")


def _named_tuple_class(name, fields, doc):
    """A tuple subclass with one read-only property per field and the
    `Name(field=value, ...)` repr."""

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(
                f"{name}.__new__() takes {len(fields) + 1} positional arguments "
                f"but {len(args) + 1} were given"
            )
        values = list(args)
        for field in fields[len(args):]:
            if field not in kwargs:
                raise TypeError(f"{name}.__new__() missing required argument: '{field}'")
            values.append(kwargs.pop(field))
        if kwargs:
            unexpected = next(iter(kwargs))
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{unexpected}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ", ".join(f"{field}={value!r}" for field, value in zip(fields, self))
        return f"{name}({parts})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        values = [changes.pop(field, value) for field, value in zip(fields, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    namespace = {
        "__doc__": doc,
        "__slots__": (),
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_fields": tuple(fields),
        "__module__": __name__,
    }
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, index=index: self[index])
    return type(name, (tuple,), namespace)


Positions = _named_tuple_class(
    "Positions",
    ("lineno", "end_lineno", "col_offset", "end_col_offset"),
    "Source positions of an instruction: lines and columns, each possibly None.",
)

Instruction = _named_tuple_class(
    "Instruction",
    (
        "opname",
        "opcode",
        "arg",
        "argval",
        "argrepr",
        "offset",
        "starts_line",
        "is_jump_target",
        "positions",
    ),
    "Details of one bytecode instruction.",
)


def _code_of(x):
    """The code object behind a function, method, generator, class or
    code value, or compiled from source text."""
    if isinstance(x, str):
        return compile(x, "<dis>", "exec")
    for attribute in ("__func__", "__code__", "gi_code", "ag_code", "cr_code"):
        if hasattr(x, attribute):
            x = getattr(x, attribute)
            if attribute == "__func__":
                x = x.__code__
            break
    if not hasattr(x, "co_code"):
        raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")
    return x


def findlinestarts(code):
    """Yield `(offset, line)` for each offset of `code` where a new source
    line starts, from `code.co_lines()`."""
    previous = None
    for start, _end, line in code.co_lines():
        if line is not None and line != previous:
            previous = line
            yield start, line


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterate over the instructions of a function, method, code object or
    source string, as `Instruction` tuples."""
    code = _code_of(x)
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    for row in _dis._instructions(code, bool(adaptive)):
        *head, starts_line, is_jump_target, positions = row
        if starts_line is not None:
            starts_line += shift
        yield Instruction(*head, starts_line, is_jump_target, Positions(*positions))


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the disassembly of `x` (by default, of the last traceback)."""
    if x is None:
        tb = getattr(sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
        while tb.tb_next is not None:
            tb = tb.tb_next
        x = tb.tb_frame.f_code
    (sys.stdout if file is None else file).write(_dis._disassembly(_code_of(x), bool(adaptive)))


class Bytecode:
    """A code object's instructions: iterate for `Instruction`s, or call
    `dis()` for the listing as a string."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = _code_of(x)
        self._original_object = x
        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line
        self.current_offset = current_offset
        self.adaptive = adaptive

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line, adaptive=self.adaptive)

    def __repr__(self):
        return f"Bytecode({self._original_object!r})"

    def dis(self):
        """The disassembly listing, as `dis.dis` prints it."""
        return _dis._disassembly(self.codeobj, self.adaptive)
