# pathlib: the errors of the pure-path operations.
from pathlib import PurePosixPath, Path

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: PurePosixPath(3))
attempt(lambda: PurePosixPath("a", None))
attempt(lambda: PurePosixPath("a/b").with_name(""))
attempt(lambda: PurePosixPath("a/b").with_name("x/y"))
attempt(lambda: PurePosixPath("/").with_name("x"))
attempt(lambda: PurePosixPath("a/b").with_suffix("txt"))
attempt(lambda: PurePosixPath("a/b").with_suffix("."))
attempt(lambda: PurePosixPath("a/b").with_suffix("./x"))
attempt(lambda: PurePosixPath("").with_suffix(".x"))
attempt(lambda: PurePosixPath("/a/b").relative_to("/c"))
attempt(lambda: PurePosixPath("a/b").relative_to("/a"))
attempt(lambda: PurePosixPath("a/b").relative_to())
attempt(lambda: PurePosixPath("a").match(""))
attempt(lambda: PurePosixPath("a/b").parents[2])
attempt(lambda: PurePosixPath("a/b").parents[-3])
attempt(lambda: PurePosixPath("a") / 3)
attempt(lambda: 3 / PurePosixPath("a"))
attempt(lambda: PurePosixPath("a") < 3)
attempt(lambda: PurePosixPath("rel").as_uri())
attempt(lambda: Path("x").write_text(b"bytes"))
