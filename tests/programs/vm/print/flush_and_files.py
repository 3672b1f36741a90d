# print(..., flush=True) flushes the stream it wrote to: stdout before the
# stderr line (so the order below holds), and a file object's own flush().
import sys


class Recorder:
    def __init__(self):
        self.events = []

    def write(self, text):
        self.events.append(("write", text))

    def flush(self):
        self.events.append(("flush",))


print("to stdout, flushed", flush=True)
print("to stderr", file=sys.stderr)
recorder = Recorder()
print("a", "b", sep="-", end="!", file=recorder, flush=True)
print("no flush", file=recorder, flush=0)
print(recorder.events)
print("empty flush arg", flush=[])


class NoFlush:
    def write(self, text):
        pass


try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)
