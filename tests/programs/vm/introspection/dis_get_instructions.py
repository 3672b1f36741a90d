import dis
def f(a):
    return f'{a!r:>3}' + str(a < 2)
for i in dis.get_instructions(f): print(i)
print(dis.opname[:5], len(dis.opname), dis.opmap['LOAD_CONST'])
b = dis.Bytecode(f); print(type(b).__name__, b.codeobj is f.__code__, b.first_line)
print(repr(dis.Positions(1,2,3,4)))
def g(x):
    for i in x:
        if i: break
    return 1
print([(i.opname, i.argval, i.is_jump_target) for i in dis.get_instructions(g) if i.arg is not None])
dis.dis(g)
print(b.dis() == dis.Bytecode(f).dis(), len(b.dis()) > 10)
ins = next(iter(b))
print(ins.opname, ins[0], ins._asdict()['offset'], ins.positions.lineno)
