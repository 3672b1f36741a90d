#!/usr/bin/env python3.11
"""Measure start-up: the wall time of short command lines, pyrite against
CPython 3.11, and (with --callgrind) pyrite's instruction counts.

Each case is one command line run to completion: an empty program, `pass`,
`print`, `import sys` and the common imports. Wall time is the best of
--repeat runs (start-up is a few milliseconds, so the best run is the one the
shared machine disturbed least); `/bin/true` is timed too, as the floor any
process pays to be started. With --callgrind, each case also runs once under
`valgrind --tool=callgrind`, whose instruction count repeats exactly and is
the measure of a change.

Usage: python3.11 bench/startup.py [--repeat N] [--pyrite PATH] [--callgrind]
"""

import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent

CASES = [
    ("empty.py", None),
    ("-c pass", "pass"),
    ("-c print", "print('hi')"),
    ("import sys", "import sys"),
    ("import os, re, json, collections", "import os, re, json, collections"),
]


def best_wall(command: list[str], repeat: int) -> float:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def instructions(command: list[str]) -> str:
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    return f"{int(found.group(1)):,}" if found else "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--pyrite", default=str(ROOT / "target" / "release" / "pyrite"))
    parser.add_argument("--callgrind", action="store_true")
    args = parser.parse_args()
    if not pathlib.Path(args.pyrite).is_file():
        sys.exit(f"no pyrite binary at {args.pyrite}: cargo build --release -p pyrite-cli")
    cpython = os.path.realpath(subprocess.run(
        ["python3.11", "-c", "import sys; print(sys.executable)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip())
    with tempfile.TemporaryDirectory() as tmp:
        empty = pathlib.Path(tmp) / "empty.py"
        empty.write_text("")
        print(f"/bin/true: {best_wall(['/bin/true'], args.repeat):.2f} ms (best of {args.repeat})")
        header = f"{'case':<34} {'pyrite ms':>10} {'CPython ms':>11}"
        print(header + (f" {'pyrite Ir':>14}" if args.callgrind else ""))
        for label, code in CASES:
            tail = [str(empty)] if code is None else ["-c", code]
            ours = best_wall([args.pyrite, *tail], args.repeat)
            theirs = best_wall([cpython, *tail], args.repeat)
            line = f"{label:<34} {ours:>10.2f} {theirs:>11.2f}"
            if args.callgrind:
                line += f" {instructions([args.pyrite, *tail]):>14}"
            print(line)


if __name__ == "__main__":
    main()
