# print() writes to whatever sys.stdout / sys.stderr name at the time of the
# call: a replaced stream gets each piece through its write method; None
# makes print a no-op; the original streams come back through __stdout__.
import sys

class Recorder:
    def __init__(self, label):
        self.label = label
        self.calls = []
    def write(self, text):
        self.calls.append(text)
        return len(text)
    def flush(self):
        self.calls.append("<flush>")

rec = Recorder("out")
sys.stdout = rec
print("a", 1, [2], sep="|", end="!\n")
print()
print("flushed", flush=True)
sys.stdout = sys.__stdout__
print(rec.calls)

err = Recorder("err")
sys.stderr = err
print("to stderr", file=sys.stderr)
sys.stderr = sys.__stderr__
print(err.calls)

sys.stdout = None
print("nowhere")
sys.stdout = sys.__stdout__
print("back")

class NoWrite:
    pass

sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as e:
    sys.stdout = sys.__stdout__
    print("AttributeError:", e)

saved = sys.stdout
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError:", e)

# sys.stdout pointed at the original stderr: print goes there.
sys.stdout = sys.__stderr__
print("on stderr via stdout")
sys.stdout = sys.__stdout__
print("done")
