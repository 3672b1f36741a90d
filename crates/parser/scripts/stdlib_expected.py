"""Writes what `python3.11 -m ast` prints for every .py file of the standard
library (or of the directories given) into OUT_DIR, one file per source,
plus an index: `path<TAB>ok|error<TAB>message:line:offset`.

Usage: python3.11 stdlib_expected.py [--attributes] OUT_DIR [DIR...]

With --attributes the dumps include positions (`python -m ast -a`).
"""
import ast
import os
import sys
import sysconfig

args = sys.argv[1:]
attributes = "--attributes" in args
args = [a for a in args if a != "--attributes"]
out_dir = args[0]
roots = args[1:] or [sysconfig.get_paths()["stdlib"]]
os.makedirs(out_dir, exist_ok=True)
index = []
n = 0
for root in roots:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if "site-packages" in dirpath:
            continue
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                source = f.read()
            n += 1
            key = f"{n:05d}"
            try:
                tree = ast.parse(source, path, type_comments=True)
                text = ast.dump(tree, indent=3, include_attributes=attributes) + "\n"
                with open(os.path.join(out_dir, key), "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(text)
                index.append(f"{key}\t{path}\tok\t")
            except SyntaxError as e:
                index.append(f"{key}\t{path}\terror\t{type(e).__name__}: {e.msg}:{e.lineno}:{e.offset}")
            except (ValueError, RecursionError, MemoryError) as e:
                index.append(f"{key}\t{path}\terror\t{type(e).__name__}: {e}")
with open(os.path.join(out_dir, "INDEX"), "w") as f:
    f.write("\n".join(index) + "\n")
print(n, "files")
