# An uncaught exception's traceback is written to sys.stderr as the program
# left it: here an object that forwards to the original stream, rewording.
import sys

class Shouting:
    def write(self, text):
        return sys.__stderr__.write(text.replace("quiet", "LOUD"))
    def flush(self):
        pass

print("before")
sys.stderr = Shouting()
def fail():
    raise ValueError("quiet words")
fail()
