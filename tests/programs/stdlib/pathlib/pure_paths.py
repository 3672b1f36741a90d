# pathlib: pure path computations (parts, names, suffixes, joining).
from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePath("/usr/lib//python3.11/./site-packages/foo.tar.gz")
print(repr(p), str(p), type(p).__name__)
print(p.parts)
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.anchor, p.root, repr(p.drive), p.is_absolute())
print(p.parent, p.parent.parent)
print(list(p.parents))
print(p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents), repr(p.parents))
rel = PurePosixPath("a/b/c.txt")
print(rel.parts, rel.is_absolute(), list(rel.parents))
print(PurePosixPath(), PurePosixPath("."), PurePosixPath(""), PurePosixPath("."). parts)
print(PurePosixPath("//x/y"), PurePosixPath("///x/y"), PurePosixPath("//x").root)
print(PurePosixPath("a", "b", "/c", "d"), PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y"))
print(PurePosixPath("a").joinpath("b", PurePosixPath("c"), "d/e"))
print(rel.with_name("d.py"), rel.with_suffix(".md"), rel.with_suffix(""), rel.with_stem("z"))
print(PurePosixPath("x.tar.gz").with_suffix(".bz2"), PurePosixPath("noext").with_suffix(".txt"))
print(PurePosixPath(".bashrc").suffix, PurePosixPath(".bashrc").stem, PurePosixPath("a.").suffixes)
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("/a/b/c").relative_to("/a", "b"))
print(PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/c"))
print(PurePosixPath("/").name == "", PurePosixPath("/").parent, PurePosixPath("a").parent)
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"),
      PurePosixPath("/a/b/c.py").match("a/*.py"), PurePosixPath("/a.py").match("/*.py"),
      PurePosixPath("b/a.py").match("/*.py"))
print(PurePosixPath("a/b") == PurePosixPath("a//b/"), PurePosixPath("a") == "a",
      PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a/./b")), len({PurePosixPath("x"), PurePosixPath("x/")}))
print(Path("a/b"), repr(Path("a") / "b"), type(Path("q")).__name__, isinstance(Path("q"), PurePath))
print(PosixPath("z").as_posix(), PurePosixPath("/a b").as_uri())
import os
print(os.fspath(Path("x/y")), os.path.join(Path("d"), "f"), isinstance(Path("x"), os.PathLike))
