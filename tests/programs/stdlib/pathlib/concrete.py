# pathlib: concrete paths over a scratch directory.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute())
    (base / "pkg" / "sub").mkdir(parents=True)
    (base / "pkg" / "sub").mkdir(parents=True, exist_ok=True)
    try:
        (base / "pkg").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    try:
        (base / "x" / "y").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    f = base / "pkg" / "mod.py"
    print(f.write_text("print('hi')\nline two\n"))
    print(repr(f.read_text()), f.stat().st_size, f.is_file(), f.exists())
    print(f.read_text().splitlines())
    b = base / "pkg" / "data.bin"
    print(b.write_bytes(b"\x00\x01\x02"), b.read_bytes())
    (base / "pkg" / "sub" / "deep.py").write_text("")
    (base / "pkg" / "sub" / "notes.txt").write_text("n")
    (base / "top.txt").touch()
    print(sorted(p.name for p in (base / "pkg").iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.glob("*")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("pkg/*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("**")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("*/")))
    print(list(base.glob("nothing*")))
    with f.open() as fh:
        print(fh.readline().rstrip())
    with (base / "new.txt").open("w") as fh:
        fh.write("written")
    print((base / "new.txt").read_text())
    moved = (base / "new.txt").rename(base / "moved.txt")
    print(moved.name, moved.exists(), (base / "new.txt").exists())
    moved.unlink()
    moved.unlink(missing_ok=True)
    try:
        moved.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    print(base.resolve() == Path(os.path.realpath(tmp)), (base / "pkg" / ".." / "top.txt").resolve().name)
    (base / "pkg" / "sub" / "deep.py").unlink()
    (base / "pkg" / "sub" / "notes.txt").unlink()
    (base / "pkg" / "sub").rmdir()
    print(sorted(p.name for p in (base / "pkg").iterdir()))
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")))
print(Path("rel/x").absolute() == Path(os.getcwd()) / "rel" / "x")
print(Path("~/q").expanduser() == Path.home() / "q")
print(Path("/nonexistent/zzz").exists(), Path("/nonexistent/zzz").is_dir())
