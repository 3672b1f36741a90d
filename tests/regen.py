#!/usr/bin/env python3.11
"""Record CPython 3.11's behaviour for the end-to-end programs.

For every tests/programs/**/NAME.py and docs/examples/**/NAME.py (or just
the paths given), runs
python3.11 with PYTHONHASHSEED=0 in the program's own folder and writes
beside it:

    NAME.stdout     what it printed (always written)
    NAME.stderr     what it printed on stderr (only when not empty)
    NAME.exitcode   its exit status (only when not zero)

A program can ask to be run with other arguments by a first-lines comment
`# pyrite-args: -m tokenize` (the file name is appended). Files and folders
whose names start with `_` are modules the programs import, not programs. Absolute paths of
the program's folder are removed from the output, so the expectations do not
depend on where the repository is checked out; the Rust harness
(crates/cli/tests/programs.rs) does the same to pyrite's output.

Usage: python3.11 tests/regen.py [PROGRAM.py ...]
"""

import os
import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
# The end-to-end programs, and the book's examples (whose shown output is
# these same recorded files, so the book cannot drift from what pyrite does).
ROOTS = [REPO / "tests" / "programs", REPO / "docs" / "examples"]
PYTHON = os.environ.get("PYRITE_ORACLE", "python3.11")


def program_args(path: pathlib.Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace").lstrip("\ufeff")
    for line in text.splitlines()[:5]:
        if line.startswith("# pyrite-args:"):
            return line.split(":", 1)[1].split()
    return []


def normalise(text: str, folder: pathlib.Path) -> str:
    return text.replace(str(folder) + os.sep, "")


def record(path: pathlib.Path) -> None:
    path = path.resolve()
    folder = path.parent
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    result = subprocess.run(
        [PYTHON, *program_args(path), path.name],
        cwd=folder,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
    )
    stem = path.with_suffix("")
    stdout = normalise(result.stdout.decode("utf-8", "surrogateescape"), folder)
    stderr = normalise(result.stderr.decode("utf-8", "surrogateescape"), folder)
    write(stem.with_suffix(".stdout"), stdout, keep_empty=True)
    write(stem.with_suffix(".stderr"), stderr)
    write(stem.with_suffix(".exitcode"), f"{result.returncode}\n" if result.returncode else "")


def write(path: pathlib.Path, text: str, keep_empty: bool = False) -> None:
    if text or keep_empty:
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
    elif path.exists():
        path.unlink()


def is_module(relative: pathlib.Path) -> bool:
    """`_NAME.py` and everything under `_NAME/` are modules, not programs."""
    return any(part.startswith("_") for part in relative.parts)


def main() -> None:
    paths = [pathlib.Path(p) for p in sys.argv[1:]]
    if not paths:
        paths = sorted(
            path
            for root in ROOTS
            for path in root.rglob("*.py")
            if not is_module(path.relative_to(root))
        )
    for path in paths:
        record(path)
    print(f"recorded {len(paths)} programs")


if __name__ == "__main__":
    main()
