# Tracebacks take source lines through linecache, so code compiled from a
# string shows its lines once linecache knows them (doctest relies on this).
import linecache
import sys
import traceback

source = "def f(x):\n    return 1 / x\n\nf(0)\n"
name = "<generated 1>"
linecache.cache[name] = (len(source), None, source.splitlines(True), name)
try:
    exec(compile(source, name, "exec"))
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    print("".join(traceback.format_exc().splitlines(True)[-3:]), end="")

original = linecache.getlines


def patched(filename, module_globals=None):
    if filename.startswith("<doctest "):
        return ["x = 1\n", "y = x +  undefined_name\n"]
    return original(filename, module_globals)


linecache.getlines = patched
try:
    exec(compile("x = 1\ny = x +  undefined_name\n", "<doctest demo[0]>", "exec"))
except NameError:
    traceback.print_exc(file=sys.stdout)
linecache.getlines = original
