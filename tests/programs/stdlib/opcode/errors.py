# opcode.stack_effect's errors.
from opcode import opmap, stack_effect


def attempt(*args, **kwargs):
    try:
        print(stack_effect(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


attempt(opmap["LOAD_CONST"])
attempt(opmap["POP_TOP"], 0)
attempt(3)
attempt(113, 0)
attempt(-11)
attempt(256, 1)
attempt(opmap["FOR_ITER"], 0, jump=1)
attempt(opmap["FOR_ITER"], 0, jump="yes")
attempt(opmap["POP_TOP"], jump=None)
attempt("POP_TOP")
attempt(opmap["LOAD_CONST"], "0")
attempt(opmap["LOAD_CONST"], 2**40)
attempt(True)
attempt(opmap["LOAD_CONST"], False)
attempt()
