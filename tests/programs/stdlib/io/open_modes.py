# io: open() modes, the errors of bad arguments, and reading by lines.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f.txt")
    with open(path, "w") as f:
        print(f.mode, f.writable(), f.readable(), f.seekable(), f.write("a\nb\r\nc\rd"))
    with open(path, "rb") as f:
        print(f.mode, f.read())
    with open(path) as f:
        print(f.readlines())
    with open(path, newline="") as f:
        print(f.readlines())
    with open(path, newline="\r\n") as f:
        print(list(f))
    with open(path) as f:
        print(f.readline(), f.tell(), f.readline(1), f.read(2), f.tell())
        f.seek(0, io.SEEK_END)
        print(f.tell(), repr(f.read()), repr(f.readline()))
    with open(path, "a") as f:
        f.write("\nappended")
    with open(path) as f:
        print(f.read().splitlines())
    with open(path, "x" if False else "w", encoding="latin-1") as f:
        f.write("é")
    with open(path, "rb") as f:
        print(f.read())
    try:
        open(path, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    with open(path, "r+b") as f:
        f.seek(0)
        f.write(b"XY")
        f.seek(0)
        print(f.read())
    with open(path, "w+") as f:
        f.write("hello world")
        f.seek(6)
        print(f.read())
    with open(path, "rb", buffering=0) as f:
        print(type(f).__name__, f.read())
    f = open(path)
    f.close()
    print(f.closed)
    for call in [lambda: f.read(), lambda: f.readline(), lambda: f.write("x")]:
        try:
            call()
        except ValueError as e:
            print("ValueError", e)
    with open(path, "w") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
    with open(path, "r") as f:
        try:
            f.write("x")
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
    for args in [("rw",), ("rt+b",), ("z",), ("",)]:
        try:
            open(path, *args)
        except ValueError as e:
            print("ValueError", e)
    for kwargs in [{"encoding": "nope"}, {"newline": "x"}]:
        try:
            open(path, "w", **kwargs).write("x")
        except (LookupError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        open(path, "rb", encoding="utf-8")
    except ValueError as e:
        print("ValueError", e)
    try:
        open(os.path.join(tmp, "missing", "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    try:
        open(tmp)
    except IsADirectoryError as e:
        print("IsADirectoryError", e.errno, e.strerror)
    try:
        open(3.5)
    except TypeError as e:
        print("TypeError", e)
