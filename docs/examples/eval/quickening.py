# dis.dis(f, adaptive=True) shows the instructions as the evaluation loop
# has quickened them (PEP 659): adaptive forms, and the specialised forms
# they turned into. The instructions printed are those whose forms pyrite
# and CPython 3.11 share.
import dis
import math

SHOWN = {
    "RESUME", "RESUME_QUICK", "JUMP_BACKWARD", "JUMP_BACKWARD_QUICK",
    "LOAD_ATTR", "LOAD_ATTR_ADAPTIVE", "LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_MODULE",
    "LOAD_METHOD", "LOAD_METHOD_WITH_VALUES", "LOAD_METHOD_MODULE",
    "LOAD_GLOBAL", "LOAD_GLOBAL_ADAPTIVE", "LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN",
    "STORE_ATTR", "STORE_ATTR_INSTANCE_VALUE",
}


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


SCALE = 2


def walk(points):
    total = 0.0
    for p in points:
        p.x = p.x * SCALE
        total += p.norm() + abs(p.y)
    return total


def never_run(p):
    return p.x


def show(func):
    print(f"{func.__name__}:")
    for ins in dis.get_instructions(func, adaptive=True):
        if ins.opname in SHOWN:
            print(f"  {ins.offset:4} {ins.opname} {ins.argrepr}".rstrip())


show(walk)
walk([Point(i, i + 1) for i in range(50)])
show(walk)
show(never_run)
print(never_run.__code__._co_code_adaptive == never_run.__code__.co_code)
print(walk.__code__._co_code_adaptive == walk.__code__.co_code)
first = walk.__code__._co_code_adaptive[0]
print(dis._all_opname[first], dis._all_opmap[dis._all_opname[first]] == first)
print(dis.opname[walk.__code__.co_code[0]])
