#!/usr/bin/env python3.11
"""Writes fixtures/errors/expected.txt: for every fixtures/errors/*.py, the
first error CPython 3.11 reports when compiling the file, as
`NAME: KIND: MESSAGE @ LINE:OFFSET` (OFFSET 1-based, in characters).
The lexer's tests compare their first diagnostic with this file."""
import pathlib
import re
import subprocess

here = pathlib.Path(__file__).parent / "fixtures" / "errors"
lines = []
for path in sorted(here.glob("*.py")):
    source = path.read_bytes()
    try:
        compile(source.decode("utf-8"), path.name, "exec")
        result = "OK"
    except SyntaxError as e:
        result = f"{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}"
        if e.lineno is None:
            # compile(str) has its own wording and no position for null bytes;
            # take what running the file prints (a line, but no column: "-").
            run = subprocess.run(["python3.11", str(path)], capture_output=True, text=True)
            line = re.search(r"line (\d+)", run.stderr).group(1)
            kind, msg = run.stderr.strip().splitlines()[-1].split(": ", 1)
            result = f"{kind}: {msg} @ {line}:-"
    lines.append(f"{path.stem}: {result}")
(here / "expected.txt").write_text("\n".join(lines) + "\n")
