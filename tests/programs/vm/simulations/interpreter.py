# A tiny stack-machine interpreter written in Python, run by pyrite.
def run(program):
    stack, pc, out = [], 0, []
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        if op == "push":
            stack.append(args[0])
        elif op == "add":
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        elif op == "mul":
            b, a = stack.pop(), stack.pop()
            stack.append(a * b)
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "print":
            out.append(stack.pop())
        elif op == "jnz":
            if stack.pop():
                pc = labels[args[0]]
        elif op == "label":
            pass
        else:
            raise ValueError(f"bad op {op}")
    return out


factorial = [
    ("push", 1), ("push", 5),
    ("label", "loop"),
    ("dup",), ("push", -1), ("add",),
    ("dup",), ("jnz", "more"),
    ("push", 0), ("jnz", "never"),
    ("label", "more"),
]
print(run([("push", 2), ("push", 3), ("add",), ("dup",), ("mul",), ("print",)]))
try:
    run([("jump",)])
except ValueError as e:
    print(e)
