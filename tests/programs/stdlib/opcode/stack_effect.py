# opcode.stack_effect: the net change in stack depth.
import opcode
from opcode import opmap, stack_effect

for name in ["NOP", "POP_TOP", "PUSH_NULL", "RETURN_VALUE", "BINARY_SUBSCR",
             "GET_ITER", "PRINT_EXPR", "WITH_EXCEPT_START", "BEFORE_WITH"]:
    print(name, stack_effect(opmap[name]))
for name, arg in [("LOAD_CONST", 0), ("BUILD_LIST", 5), ("BUILD_MAP", 3),
                  ("CALL", 2), ("UNPACK_SEQUENCE", 4), ("MAKE_FUNCTION", 8),
                  ("BUILD_SLICE", 3), ("FORMAT_VALUE", 4), ("RAISE_VARARGS", 2),
                  ("LOAD_GLOBAL", 1), ("LOAD_GLOBAL", 0), ("BINARY_OP", 0)]:
    print(name, arg, stack_effect(opmap[name], arg))
for name in ["FOR_ITER", "JUMP_IF_TRUE_OR_POP", "SEND", "POP_JUMP_FORWARD_IF_TRUE"]:
    op = opmap[name]
    print(name, stack_effect(op, 0), stack_effect(op, 0, jump=True),
          stack_effect(op, 0, jump=False))
# Pseudo-instructions have negative numbers.
for number in range(-10, 0):
    print(number, stack_effect(number, jump=True), stack_effect(number, jump=False))

# Every real instruction agrees with itself across both branches.
total = 0
for name, number in sorted(opmap.items()):
    arg = 1 if number >= opcode.HAVE_ARGUMENT else None
    args = (number,) if arg is None else (number, arg)
    both = stack_effect(*args)
    taken = stack_effect(*args, jump=True)
    fallthrough = stack_effect(*args, jump=False)
    assert both == max(taken, fallthrough), name
    total += both
print("sum of effects", total)
