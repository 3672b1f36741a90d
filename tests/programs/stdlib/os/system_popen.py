# os: running shell commands with system() and popen(), descriptors.
import os
import sys
import tempfile

sys.stdout.flush()
print(os.system("exit 0"), os.system("exit 3"), os.system("true"))
with os.popen("echo one; echo two") as p:
    print(p.read().split())
p = os.popen("printf 'a\\nb\\n'")
print(list(p), p.close())
print(os.popen("exit 2").close())
try:
    os.popen(["echo"])
except TypeError as e:
    print("TypeError", e)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "fd.bin")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello descriptors"))
    os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, -11, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    fd = os.open(path, os.O_RDWR | os.O_APPEND)
    with os.fdopen(fd, "rb+") as f:
        f.write(b"!")
    with open(path, "rb") as f:
        print(f.read())
    os.utime(path, (1_000_000_000, 1_500_000_000))
    st = os.stat(path)
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.utime(path, ns=(5, 2_000_000_000_123_456_789))
    print(os.stat(path).st_mtime_ns)
    os.link(path, path + ".hard")
    print(os.stat(path).st_nlink, open(path + ".hard", "rb").read())
    try:
        os.utime(path, (1, 2), ns=(1, 2))
    except ValueError as e:
        print("ValueError", e)
    try:
        os.read(fd, 1)
    except OSError as e:
        print(type(e).__name__, e.errno)
print("printed before the child")
os.system("echo from the child")
import subprocess
print("printed before run")
subprocess.run(["echo", "from run"])
print("last")
