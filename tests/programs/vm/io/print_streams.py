# print's sep/end/file and sys.stdout/sys.stderr.
import sys
print("a", "b", "c", sep="|", end="!\n")
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
n = sys.stderr.write("err direct\n")
print(n, sys.argv[0], len(sys.argv))
print()
print("", end="")
print(1, 2, sep="")
print("multi\nline")
print(*range(5), sep=", ")
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
sink = Sink()
print("captured", 42, file=sink)
print(sink.parts)
