# io.StringIO's newline argument: translation on write, line endings on read.
import io

for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\nd", newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), repr(s.newlines))

s = io.StringIO(newline=None)
s.write("x\r\ny\r")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline="\r\n")
s.write("p\nq")
print(repr(s.getvalue()))
