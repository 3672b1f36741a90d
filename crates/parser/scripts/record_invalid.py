"""Records what CPython 3.11 reports for each program in tests/invalid/:
writes tests/invalid/EXPECTED, one line per program:
`name<TAB>ExceptionName: message<TAB>lineno<TAB>offset`.

Usage: python3.11 scripts/record_invalid.py   (from crates/parser)
"""
import os

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "invalid")
lines = []
for name in sorted(os.listdir(here)):
    if not name.endswith(".py"):
        continue
    with open(os.path.join(here, name), "rb") as f:
        source = f.read()
    try:
        compile(source, name, "exec", dont_inherit=True, flags=0x400)  # PyCF_ONLY_AST
        raise SystemExit(f"{name} is valid Python; it does not belong here")
    except SyntaxError as e:
        lines.append(f"{name[:-3]}\t{type(e).__name__}: {e.msg}\t{e.lineno}\t{e.offset}")
with open(os.path.join(here, "EXPECTED"), "w") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines), "programs recorded")
