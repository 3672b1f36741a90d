# redirect_stdout and redirect_stderr: print() writes to the object that
# sys.stdout / sys.stderr name while the block runs.
import sys
from contextlib import redirect_stdout, redirect_stderr

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass

out = Collector()
with redirect_stdout(out) as target:
    print("captured", 1, 2)
    print("second line")
print("restored", target is out, out.parts)
err = Collector()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.parts)
inner = Collector()
outer = Collector()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(outer.parts, inner.parts)
