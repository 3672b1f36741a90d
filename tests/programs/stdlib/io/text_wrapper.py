# io: TextIOWrapper over binary streams (BytesIO and files opened 'rb').
import io
import os
import tempfile

raw = io.BytesIO("first line\nsecond ü line\r\nthird\rlast".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t.readline()), repr(t.readline()), repr(t.read(3)), repr(t.read()))
print(t.newlines, t.encoding, t.errors, t.buffer is raw, isinstance(t, io.TextIOWrapper))
t.seek(0)
print(t.readlines())
t.seek(0)
print([line for line in t][:2], t.tell() > 0)
kept = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), newline="")
print(kept.readlines(), kept.newlines)
fixed = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), newline="\r")
print(fixed.readlines())

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
print(w.write("one\ntwo ✓\n"), w.tell())
w.flush()
print(out.getvalue())
latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
latin.write("café")
latin.flush()
print(latin.buffer.getvalue(), latin.detach().getvalue())
try:
    latin.write("x")
except ValueError as e:
    print("ValueError", e)

big = ("0123456789" * 2000 + "é\n") * 3
bt = io.TextIOWrapper(io.BytesIO(big.encode()), encoding="utf-8")
print(len(bt.readline()), len(bt.read()), bt.read() == "")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")
    with open(path, "wb") as f:
        f.write(b"alpha\nbeta\ngamma\n")
    with open(path, "rb") as f:
        text = io.TextIOWrapper(f, encoding="ascii")
        print(text.readline().strip(), text.read().split())
    with open(path) as f:
        print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), type(f).__name__)
        print(f.readline(), end="")
        print(f.tell(), f.readline(), end="")
        f.seek(0)
        print(f.read(5), f.readlines())
    with open(path, "rb") as f:
        print(type(f).__name__, isinstance(f, io.BufferedReader), f.readline(), f.tell(), f.read(4))
        f.seek(-3, io.SEEK_END)
        print(f.read(), f.seek(0, io.SEEK_CUR), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
    with open(path, "ab") as f:
        print(type(f).__name__, f.write(b"delta\n"))
    with open(path, "r+") as f:
        print(f.read().split(), f.write("eps\n"))
    print(open(path).read().split())

for bad in [lambda: io.TextIOWrapper(io.BytesIO(), newline="x"),
            lambda: io.TextIOWrapper(io.BytesIO(), encoding=5),
            lambda: io.TextIOWrapper(io.BytesIO()).write(b"bytes"),
            lambda: io.TextIOWrapper(io.BytesIO(b"abc")).seek(1, 1),
            lambda: io.TextIOWrapper(io.BytesIO(b"\xff\xfe"), encoding="utf-8").read()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
