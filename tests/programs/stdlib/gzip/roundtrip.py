# gzip: compress/decompress round trips (headers with and without mtime,
# several members, padding), GzipFile and gzip.open on files and BytesIO
# (binary and text modes, names in the header, iteration, seek/tell,
# mtime), and the errors for corrupt, truncated and foreign data.
import gzip
import io
import os
import struct
import tempfile
import zlib

data = b"".join(b"line %d of some text to compress\n" % i for i in range(200))
for level in (1, 5, 9):
    blob = gzip.compress(data, compresslevel=level, mtime=0)
    print(level, blob[:10], gzip.decompress(blob) == data)
blob = gzip.compress(b"hello", mtime=1234567890)
print(blob[:10], struct.unpack("<II", blob[-8:]), gzip.decompress(blob))
print(gzip.decompress(gzip.compress(b"one", mtime=1) + gzip.compress(b"two", mtime=2) + b"\0" * 5))
print(gzip.decompress(b""), gzip.decompress(gzip.compress(b"", mtime=3)), gzip.compress(b"")[:3])

buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=99) as f:
    print(f.write(b"first\n"), f.write(bytearray(b"second\n")), f.tell(), f.writable(), f.readable())
raw = buffer.getvalue()
print(raw[:10], len(gzip.decompress(raw)))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(3), f.peek(2)[:2], f.readline(), f.tell(), list(f), f.mtime)
    f.seek(0)
    print(f.read(), f.seekable())

with tempfile.TemporaryDirectory() as root:
    path = os.path.join(root, "notes.txt.gz")
    with gzip.open(path, "wb") as f:
        f.write(data)
    with open(path, "rb") as f:
        head = f.read(30)
    print(head[:4], head[10:20])
    with gzip.open(path) as f:
        print(f.read() == data, f.name == path)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("caf\u00e9\nna\u00efve\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with gzip.open(path, "ab") as f:
        f.write(b"appended\n")
    with gzip.open(path, "rb") as f:
        print(f.read())

good = gzip.compress(b"payload", mtime=5)
corrupt = bytearray(good)
corrupt[-8] ^= 0xFF
for bad in [b"not gzip data", good[:-4], good[:5], bytes(corrupt),
            good[:2] + b"\x07" + good[3:], good[:-1] + b"\x01"]:
    try:
        print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))

for args in [dict(mode="rbt"), dict(mode="rb", encoding="utf-8"), dict(mode="rb", newline="\n")]:
    try:
        gzip.open(io.BytesIO(good), **args)
    except ValueError as e:
        print("ValueError", e)
try:
    gzip.open(3.5)
except TypeError as e:
    print("TypeError", e)
with gzip.GzipFile(fileobj=io.BytesIO(good)) as f:
    try:
        f.write(b"x")
    except OSError as e:
        print("OSError", e.errno, e.strerror)
f = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
try:
    f.read()
except OSError as e:
    print("OSError", e.errno, e.strerror)
f.close()
try:
    f.write(b"x")
except ValueError as e:
    print("ValueError", e)
