# Expression statements compiled in 'single' mode go through sys.displayhook.
import builtins
import sys

code = compile("1 + 1; 'text'; None; [3]", "<prompt>", "single")
exec(code)
print("_ is", builtins._)

seen = []
def hook(value):
    seen.append(value)
sys.displayhook = hook
exec(compile("40 + 2", "<prompt>", "single"))
exec(compile("for i in range(3): i * 10\n", "<prompt>", "single"))
print(seen)

def failing(value):
    raise ValueError("hook failed for %r" % (value,))
sys.displayhook = failing
try:
    exec(compile("7", "<prompt>", "single"))
except ValueError as e:
    print(e)

del sys.displayhook
try:
    exec(compile("8", "<prompt>", "single"))
except RuntimeError as e:
    print(e)
sys.displayhook = sys.__displayhook__
exec(compile("'restored'", "<prompt>", "single"))
