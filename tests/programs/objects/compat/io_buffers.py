# BytesIO.getbuffer() and truncate() on binary files opened for update.
import io
import os
import tempfile

b = io.BytesIO(b"hello world")
view = b.getbuffer()
print(type(view).__name__, bytes(view), len(view), view[0])
view[0] = ord("j")
print(b.getvalue())
for action in (lambda: b.write(b"x" * 20), lambda: b.truncate(2), lambda: b.close()):
    try:
        action()
    except BufferError as e:
        print("BufferError", e)
for action in (lambda: b.seek(0), lambda: b.write(b"J")):
    try:
        print(action())
    except BufferError as e:
        print("BufferError", e)
print(b.getvalue(), b.closed)
view.release()
b.write(b"J")
b.write(b"more" * 5)
print(b.getvalue())
b.truncate(3)
print(b.getvalue())
with b.getbuffer() as v2:
    print(bytes(v2[1:]))
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError", e)

d = tempfile.mkdtemp()
path = os.path.join(d, "data.bin")
with open(path, "w+b") as f:
    print(type(f).__name__)
    f.write(b"0123456789")
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(2)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
with open(path, "r+b") as f:
    print(type(f).__name__, f.read(1))
    print(f.truncate())
    f.seek(0)
    print(f.read())
    print(f.truncate(8))
    f.seek(0)
    print(f.read())
print(os.path.getsize(path))
with open(path, "rb") as f:
    try:
        f.truncate(0)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
os.remove(path)
os.rmdir(d)
