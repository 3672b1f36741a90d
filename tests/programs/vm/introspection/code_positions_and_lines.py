# co_positions() and co_lines() read the code object's line table.
import dis


def f(a, b):
    x = a + b
    if x > 10:
        return [i * 2 for i in range(x)]
    return x


for code in (f.__code__, compile("y = 1\nz = y + 2\n", "m", "exec")):
    print(list(code.co_positions()))
    print(list(code.co_lines()))
    print([line for _, line in dis.findlinestarts(code)])
