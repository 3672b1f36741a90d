# zipfile: writing stored and deflated members (writestr, write, open('w'),
# mkdir) with fixed timestamps, the exact bytes of a stored archive,
# reading back (namelist, infolist, ZipInfo fields and reprs, read, open,
# iteration, printdir, testzip), appending, extracting, is_zipfile, and
# the errors for missing members, bad modes, closed and corrupt archives.
import io
import os
import tempfile
import zipfile

STAMP = (2021, 6, 15, 12, 30, 44)
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    z.writestr(zipfile.ZipInfo("hello.txt", STAMP), b"hello, world\n")
    z.writestr(zipfile.ZipInfo("caf\u00e9/menu.txt", STAMP), "cr\u00eape\n")
    z.writestr(zipfile.ZipInfo("empty/", STAMP), b"")
stored = buffer.getvalue()
print(len(stored), stored[:40])
print(stored[-22:])

with zipfile.ZipFile(io.BytesIO(stored)) as z:
    print(z.namelist(), z.comment)
    for info in z.infolist():
        print(repr(info), info.date_time, info.CRC, info.flag_bits, info.header_offset,
              info.create_system, info.extract_version, oct(info.external_attr), info.is_dir())
    print(z.read("hello.txt"), z.read("caf\u00e9/menu.txt").decode())
    print(z.getinfo("hello.txt").file_size, z.testzip())
    z.printdir()

text = "\n".join("row %d: %s" % (i, "x" * (i % 7)) for i in range(300)).encode()
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("big.txt", STAMP), text, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("small.bin", STAMP), bytes(range(256)), zipfile.ZIP_STORED)
    with z.open(zipfile.ZipInfo("streamed.txt", STAMP), "w") as f:
        f.write(b"written ")
        f.write(b"in pieces\n")
    z.comment = b"an archive comment"
with zipfile.ZipFile(buffer) as z:
    big = z.getinfo("big.txt")
    print(big.compress_type, big.file_size, big.compress_size < big.file_size, big.CRC)
    print(z.read("big.txt") == text, z.read("small.bin")[:5], z.read("streamed.txt"), z.comment)
    with z.open("big.txt") as f:
        print(f.readline(), f.read(9), next(iter(f)), f.name, f.mode)
    print([len(line) for line in z.open("streamed.txt")])

with tempfile.TemporaryDirectory() as root:
    source = os.path.join(root, "source")
    os.makedirs(os.path.join(source, "sub"))
    with open(os.path.join(source, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(source, "sub", "b.txt"), "w") as f:
        f.write("beta\n")
    archive = os.path.join(root, "out.zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(source, "a.txt"), "a.txt")
        z.write(os.path.join(source, "sub"), "sub")
        z.write(os.path.join(source, "sub", "b.txt"), "sub/b.txt")
        z.mkdir("made")
    print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(source, "a.txt")))
    with zipfile.ZipFile(archive, "a") as z:
        z.writestr("added.txt", "appended")
    with zipfile.ZipFile(archive) as z:
        print(z.namelist(), [i.is_dir() for i in z.infolist()])
        target = os.path.join(root, "unpacked")
        z.extractall(target)
        print(os.path.relpath(z.extract("a.txt", os.path.join(root, "one")), root))
    found = sorted(os.path.relpath(os.path.join(d, n), target)
                   for d, dirs, files in os.walk(target) for n in dirs + files)
    print(found)
    with open(os.path.join(target, "sub", "b.txt")) as f:
        print(f.read(), end="")

corrupt = bytearray(stored)
corrupt[stored.index(b"hello, world") + 1] ^= 0x20
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as z:
    print(z.testzip())
    try:
        z.read("hello.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)

z = zipfile.ZipFile(io.BytesIO(stored))
for bad in [lambda: z.read("missing"), lambda: z.getinfo("nope"), lambda: z.writestr("x", b"y"),
            lambda: z.open("hello.txt", "a"), lambda: zipfile.ZipFile(io.BytesIO(stored), "q"),
            lambda: zipfile.ZipFile(io.BytesIO(b"not a zip file at all")),
            lambda: zipfile.ZipFile(io.BytesIO(stored), "w", compression=99),
            lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0))]:
    try:
        bad()
    except (KeyError, ValueError, zipfile.BadZipFile, NotImplementedError) as e:
        print(type(e).__name__, e)
z.close()
print(repr(z))
try:
    z.read("hello.txt")
except ValueError as e:
    print("ValueError", e)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile,
      repr(zipfile.ZipInfo("x")), zipfile.ZipInfo("x").date_time)
