# io.StringIO's errors: bad arguments, unsupported seeks, closed streams.
import io


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


s = io.StringIO("text")
attempt(lambda: io.StringIO(3))
attempt(lambda: io.StringIO(b"bytes"))
attempt(lambda: io.StringIO(newline="x"))
attempt(lambda: s.write(3))
attempt(lambda: s.write(b"x"))
attempt(lambda: s.read("x"))
attempt(lambda: s.seek(1.5))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(1, 2))
attempt(lambda: s.seek(0, 3))
attempt(lambda: s.truncate(-1))
attempt(lambda: s.fileno())
attempt(lambda: s.detach())
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
s.close()
s.close()
for op in (s.read, s.getvalue, s.tell, lambda: s.write("a"), lambda: s.seek(0),
           lambda: next(s), s.readable, s.readline, lambda: iter(s)):
    attempt(op)
print(s.closed)
