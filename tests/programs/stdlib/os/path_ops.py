# os.path: splitting, joining and normalising paths (no file system).
import os.path

for p in ["a/b/c.txt", "/a/b/", "a", "", "/", "//a//b", ".bashrc", "a.b.c",
          "/x/.y.z", "a/../b/./c", "///a/..", "../../x", "a/b/..", "x..."]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.join("", "x"))
print(os.path.commonprefix(["interstellar", "internet"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/a/b/c", "/a/b/d", "/a/b"]), os.path.commonpath(["x/y", "x/z"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"))
print(os.path.splitdrive("/x/y"), os.path.normcase("A/B"))
print(os.sep, os.altsep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.extsep, os.name, os.devnull)
print(os.path is os.path, os.path.sep)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
