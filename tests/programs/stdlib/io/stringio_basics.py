# io.StringIO: writing, reading back, seeking, lines and iteration.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write("second line\n"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(5)), s.tell())
print(repr(s.readline()))
print(repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print("line:", repr(line))

s = io.StringIO("abc\ndef\nghi")
print(repr(s.read()), repr(s.read()))
s.seek(4)
print(repr(s.readline(2)), repr(s.readline(-1)), repr(s.readline(None)))
print(io.StringIO("a\nb\nc\n").readlines(2))

# Writing past the end pads with NULs; writing inside overwrites.
s = io.StringIO("0123456789")
s.seek(12)
s.write("x")
print(repr(s.getvalue()))
s.seek(2)
s.write("AB")
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.truncate(), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1))

out = io.StringIO()
print("to", "a", "buffer", sep="-", end="!\n", file=out)
out.writelines(["x", "y\n"])
print(repr(out.getvalue()))
print(out.readable(), out.writable(), out.seekable(), out.isatty())
print(out.encoding, out.errors, out.line_buffering, out.newlines)

with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
print(type(f).__name__, type(f).__module__, isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
