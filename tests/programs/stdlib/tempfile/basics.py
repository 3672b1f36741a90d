# tempfile: temporary files and directories are made, used and removed.
import os
import tempfile

d = tempfile.gettempdir()
print(os.path.isdir(d), os.path.isabs(d), tempfile.gettempprefix(), tempfile.gettempdir() == d)

with tempfile.TemporaryDirectory() as tmp:
    print(os.path.isdir(tmp), os.path.basename(tmp).startswith("tmp"), os.listdir(tmp))
    with open(os.path.join(tmp, "f.txt"), "w") as f:
        f.write("x")
    os.mkdir(os.path.join(tmp, "sub"))
    saved = tmp
print(os.path.exists(saved))

t = tempfile.TemporaryDirectory(prefix="pre_", suffix="_suf")
name = os.path.basename(t.name)
print(name.startswith("pre_"), name.endswith("_suf"), len(name), repr(t).startswith("<TemporaryDirectory '"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

fd, path = tempfile.mkstemp(suffix=".dat", prefix="m_")
print(isinstance(fd, int), os.path.basename(path).startswith("m_"), path.endswith(".dat"))
print(os.write(fd, b"hello"), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 10))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
print(oct(os.stat(path).st_mode & 0o777))
os.unlink(path)

dpath = tempfile.mkdtemp(dir=d)
print(os.path.dirname(dpath) == d, oct(os.stat(dpath).st_mode & 0o777), os.listdir(dpath))
os.rmdir(dpath)

with tempfile.NamedTemporaryFile("w+", suffix=".txt") as f:
    f.write("line one\nline two\n")
    f.flush()
    f.seek(0)
    print(f.read().splitlines(), f.name.endswith(".txt"), os.path.exists(f.name))
    with open(f.name) as again:
        print(again.readline().rstrip())
    named = f.name
print(os.path.exists(named))

f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"kept")
f.close()
print(os.path.exists(f.name), open(f.name, "rb").read())
os.unlink(f.name)

with tempfile.TemporaryFile() as f:
    f.write(b"anonymous")
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile("w+") as f:
    f.write("text mode")
    f.seek(0)
    print(f.read())

with tempfile.SpooledTemporaryFile(max_size=10) as s:
    s.write(b"small")
    print(s._rolled)
    s.write(b" and now too big")
    print(s._rolled)
    s.seek(0)
    print(s.read())
