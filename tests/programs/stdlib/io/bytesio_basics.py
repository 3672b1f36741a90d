# io.BytesIO: the binary in-memory stream, and its errors.
import io


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


b = io.BytesIO(b"hello\nworld")
print(b.read(3), b.readline(), b.tell())
print(b.seek(-2, 2), b.read(), b.read())
print(b.seek(3, 1), b.seek(20), b.write(b"!"))
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0)
print(b.write(bytearray(b"HE")), b.getvalue(), b.read1())
b.seek(0)
print(list(b))
print(io.BytesIO(b"a\nb\nc").readlines())
w = io.BytesIO()
w.writelines([b"x", b"yz"])
print(w.getvalue(), w.tell(), io.BytesIO(initial_bytes=b"q").read())
attempt(lambda: b.write("s"))
attempt(lambda: io.BytesIO("s"))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 5))
attempt(lambda: b.read("x"))
attempt(lambda: b.fileno())
with io.BytesIO(b"data") as c:
    print(c.read(2))
for op in (c.read, c.getvalue, lambda: c.write(b"a"), c.tell):
    attempt(op)
print(type(c).__name__, isinstance(c, io.BufferedIOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
