# pathlib: touch, symbolic links, recursive globs, chmod/replace, errors.
import pathlib, tempfile, os, shutil, glob
with tempfile.TemporaryDirectory() as d:
    b = pathlib.Path(d)
    (b / "a").mkdir()
    f = b / "a" / "f.txt"
    f.touch()
    f.touch()
    try:
        f.touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    print(f.samefile(str(f)), f.is_symlink(), f.stat().st_size, oct(f.stat().st_mode & 0o777))
    (b / "link").symlink_to(b / "a")
    print((b / "link").is_symlink(), (b / "link").is_dir(), (b / "link" / "f.txt").exists(), (b / "link").readlink() == b / "a")
    print(sorted(p.relative_to(b).as_posix() for p in b.glob("**/")))
    print(sorted(p.relative_to(b).as_posix() for p in b.rglob("*")))
    print(sorted(glob.glob(str(b / "**"), recursive=True)) == sorted([str(b) + "/"] + [str(b / x) for x in ["a", "a/f.txt", "link", "link/f.txt"]]))
    f.chmod(0o600)
    print(oct(f.stat().st_mode & 0o777))
    g = f.with_suffix(".md")
    f.replace(g)
    print(g.exists(), f.exists(), g.read_text() == "")
    shutil.rmtree(b / "a")
    print((b / "link").exists(), (b / "link").is_symlink())
    (b / "link").unlink()
    print(list(b.iterdir()))
    try:
        list((b / "nope").iterdir())
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        (b / "nope").rmdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        pathlib.Path(d).glob("/abs")
        list(pathlib.Path(d).glob("/abs"))
    except NotImplementedError as e:
        print("NotImplementedError", e)
    try:
        list(pathlib.Path(d).glob(""))
    except ValueError as e:
        print("ValueError", e)
print(pathlib.PurePath("a/b.c.d").suffixes, pathlib.PurePath("/").parts, pathlib.PurePath("//a/b").parts)
print(pathlib.Path("x").resolve() == pathlib.Path.cwd() / "x")
