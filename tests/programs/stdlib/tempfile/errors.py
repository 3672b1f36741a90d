# tempfile: the errors of bad arguments and of a missing directory.
import os
import tempfile

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: tempfile.mkstemp(prefix=b"x", suffix="y"))
try:
    tempfile.mkdtemp(dir="/nonexistent/dir/for/sure")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename.startswith("/nonexistent/dir/for/sure/tmp"))
try:
    tempfile.mkstemp(dir="/nonexistent/dir/for/sure")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
with tempfile.TemporaryDirectory() as tmp:
    pass
try:
    open(os.path.join(tmp, "gone"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    os.close(987654)
except OSError as e:
    print(type(e).__name__, e)
