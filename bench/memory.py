#!/usr/bin/env python3.11
"""Compare pyrite's memory with CPython 3.11's for a few large lists.

Runs each case below in a fresh process of the release `pyrite` binary and
of the real python3.11 executable, and prints for each what the program
reports as `sys.getsizeof` of the list it built, the process's peak
resident set size (from wait4's ru_maxrss), and that peak less the peak of
the same interpreter running an empty program (its start-up footprint).

Usage: python3.11 bench/memory.py [--pyrite PATH]
"""

import argparse
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent

# Each case builds one list and prints sys.getsizeof of it.
CASES = {
    "empty program": "import sys\nprint(0)",
    "[0] * 1_000_000": "import sys\nx = [0] * 1_000_000\nprint(sys.getsizeof(x))",
    "list(range(1_000_000))": "import sys\nx = list(range(1_000_000))\nprint(sys.getsizeof(x))",
    "[i for i in range(1_000_000)]": (
        "import sys\nx = [i for i in range(1_000_000)]\nprint(sys.getsizeof(x))"
    ),
    "[0.5] * 1_000_000": "import sys\nx = [0.5] * 1_000_000\nprint(sys.getsizeof(x))",
}


def peak_rss_kb(command: list[str], source: str) -> tuple[int, str]:
    """Runs `command` with `source` as its program; its peak RSS in kB and output."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    child = subprocess.Popen(
        [*command, "-c", source],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    out = child.stdout.read().decode().strip()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{command[0]} failed on {source!r}")
    return usage.ru_maxrss, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyrite", default=str(ROOT / "target" / "release" / "pyrite"))
    args = parser.parse_args()
    if not pathlib.Path(args.pyrite).is_file():
        sys.exit(f"no pyrite binary at {args.pyrite}: cargo build --release -p pyrite-cli")
    interpreters = {"pyrite": [args.pyrite], "cpython": [os.path.realpath(sys.executable)]}
    base = {name: peak_rss_kb(cmd, CASES["empty program"])[0] for name, cmd in interpreters.items()}
    print(f"{'case':32} {'interp':8} {'getsizeof':>12} {'peak RSS':>10} {'above start':>12}")
    for case, source in CASES.items():
        for name, cmd in interpreters.items():
            peak, out = peak_rss_kb(cmd, source)
            size = f"{int(out):,}" if case != "empty program" else "-"
            above = (peak - base[name]) / 1024
            print(f"{case:32} {name:8} {size:>12} {peak / 1024:>7.1f} MB {above:>9.1f} MB")


if __name__ == "__main__":
    main()
