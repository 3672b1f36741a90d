# locals(), globals(), vars(), dir() and exec/eval with namespaces.
class Config:
    debug = True
    level = 3
    snapshot = sorted(k for k in locals() if not k.startswith("__"))


print(Config.snapshot, vars(Config)["level"], "debug" in dir(Config))


def f(a, b=2):
    c = a + b
    return locals()


print(f(1), sorted(f(5, 6)))
ns = {"x": 10}
exec("y = x * 2\nz = [x, y]", ns)
print(ns["y"], ns["z"], sorted(k for k in ns if k != "__builtins__"))
print(eval("x + y", ns), eval("len(z)", ns), eval("a * 3", {"a": 4}, {}))
loc = {}
exec("w = 5", {}, loc)
print(loc)
code = compile("total = sum(range(n))", "<calc>", "exec")
space = {"n": 5}
exec(code, space)
print(space["total"], code.co_filename, code.co_names)
expr = compile("n ** 2", "<expr>", "eval")
print(eval(expr, {"n": 7}), type(expr).__name__)


class Obj:
    def __init__(self):
        self.p = 1
        self.q = [2]


o = Obj()
print(vars(o), sorted(k for k in dir(o) if not k.startswith("__")), o.__class__.__name__)
