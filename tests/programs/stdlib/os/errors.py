# os: failures are OSError subclasses worded as CPython's.
import errno
import os


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


attempt(lambda: os.stat("no_such_file"))
attempt(lambda: os.remove("no_such_file"))
attempt(lambda: os.listdir("no_such_dir"))
attempt(lambda: os.rmdir("no_such_dir"))
attempt(lambda: os.chdir("no_such_dir"))
attempt(lambda: os.rename("no_such_file", "other"))
attempt(lambda: os.mkdir("."))
attempt(lambda: os.rmdir("errors.py"))
attempt(lambda: os.stat(3.5))
attempt(lambda: os.remove(None))
attempt(lambda: os.fspath(3))
try:
    os.stat("no_such_file")
except OSError as e:
    print(e.errno == errno.ENOENT, e.strerror, e.filename, isinstance(e, FileNotFoundError))
try:
    os.rename("no_such_file", "other")
except OSError as e:
    print(e.filename, e.filename2)
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.strerror(99999))
print(os.error is OSError)
