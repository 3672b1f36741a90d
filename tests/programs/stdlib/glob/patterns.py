# glob: wildcard expansion over a scratch tree.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for name in ["a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/deeper/e.py", "sub/deeper/f.txt", "x1", "x2", "y3"]:
        os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
        with open(name, "w") as f:
            f.write(name)
    print(sorted(glob.glob("*.py")))
    print(sorted(glob.glob("*")))
    print(sorted(glob.glob(".*")))
    print(sorted(glob.glob("*", include_hidden=True)))
    print(sorted(glob.glob("x?")), sorted(glob.glob("[xy][0-9]")), sorted(glob.glob("[!x]*")))
    print(sorted(glob.glob("sub/*")), sorted(glob.glob("*/*.py")), sorted(glob.glob("*/*/*")))
    print(sorted(glob.glob("**/*.py", recursive=True)))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("sub/**/", recursive=True)))
    print(sorted(glob.glob("**/*.py")))
    print(glob.glob("a.py"), glob.glob("missing.py"), glob.glob("sub/"), glob.glob(""))
    print(sorted(glob.glob("*.py", root_dir="sub")), sorted(glob.glob("*", root_dir="sub/deeper")))
    print(sorted(glob.iglob(os.path.join(tmp, "*.txt"))) == [os.path.join(tmp, "c.txt")])
    it = glob.iglob("*.py")
    print(type(it).__name__, sorted(it))
    os.chdir("/")
print(glob.escape("a*b?c[d]"), glob.has_magic("abc"), glob.has_magic("a[bc]"))
print(glob.escape("/x/**/y"))
