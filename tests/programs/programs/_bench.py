"""Runs a benchmark program from bench/programs at a size small enough for
the test harness, as if it were this program: the benchmark's code runs in
the `__main__` module (so pickling its classes by reference works), with
`sys.argv` holding the iteration count and, for programs with a size knob,
the word `small`."""

import pathlib
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent.parent.parent / "bench" / "programs"


def run(name, *args):
    path = BENCH / f"{name}.py"
    sys.argv = [path.name, *map(str, args)]
    code = compile(path.read_text(encoding="utf-8"), path.name, "exec")
    exec(code, sys.modules["__main__"].__dict__)
