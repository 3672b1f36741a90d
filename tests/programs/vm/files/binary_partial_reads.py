# Binary reads of part of a file larger than a read-ahead chunk: sizes,
# lines, tell/seek between reads, writes after reads, and a device that
# never ends.
import os
import tempfile

data = bytes(range(256)) * 1000 + b"\nlast line\nno newline"
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "blob.bin")
    with open(path, "wb") as f:
        f.write(data)
    with open(path, "rb") as f:
        first = f.read(10)
        print(first == data[:10], f.tell())
        big = f.read(150_000)
        print(len(big), big == data[10:150_010], f.tell())
        line = f.readline()
        print(len(line), line.endswith(b"\n"), f.tell())
        print(f.readline(5) == data[f.tell() - 5:f.tell()], f.tell())
        f.seek(-21, os.SEEK_END)
        print(f.readline(), f.readline(), f.readline(), f.tell() == len(data))
        f.seek(3)
        print(f.read(4), f.tell())
        rest = f.read()
        print(len(rest) == len(data) - 7, f.read(), f.read(5))
    with open(path, "r+b") as f:
        print(f.read(5))
        f.write(b"XYZ")
        f.seek(0)
        print(f.read(10))
        f.seek(0, os.SEEK_END)
        print(f.tell() == len(data))
    with open(path, "rb") as f:
        print(sum(1 for _ in f), len(f.read()))
    with open(path, "rb") as f:
        f.read(1)
        print(len(f.readlines()))

with open("/dev/urandom", "rb") as f:
    print(len(f.read(16)), len(f.read(70_000)), len(f.readline(8)) <= 8)
with open("/dev/zero", "rb") as f:
    print(f.read(4), f.readline(3))
