#!/usr/bin/env python3.11
"""Compare pyrite's speed with CPython 3.11's, in one run.

Runs each bench/programs/*.py (or the names given) under the release `pyrite`
binary and under the real python3.11 executable, alternating, takes the best
wall time of --repeat runs for each, checks that both printed the same output,
and prints the ratio pyrite/CPython per program and their geometric mean.
Below 1.0 means pyrite is faster.

Usage: python3.11 bench/run.py [--repeat N] [--pyrite PATH] [NAME ...]
"""

import argparse
import math
import os
import pathlib
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


def run(command: list[str]) -> tuple[float, bytes, int]:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start, done.stdout, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pyrite", default=str(ROOT / "target" / "release" / "pyrite"))
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    if not pathlib.Path(args.pyrite).is_file():
        sys.exit(f"no pyrite binary at {args.pyrite}: cargo build --release -p pyrite-cli")

    # The real executable, not a version-manager shim that adds its own start-up.
    python = subprocess.run(
        ["python3.11", "-c", "import sys; print(sys.executable)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    programs = sorted((HERE / "programs").glob("*.py"))
    if args.names:
        programs = [p for p in programs if p.stem in args.names]

    ratios = []
    print(f"{'program':<24}{'python3.11':>12}{'pyrite':>12}{'ratio':>8}")
    for program in programs:
        best = {"cpython": math.inf, "pyrite": math.inf}
        outputs = {}
        failed = None
        for _ in range(args.repeat):
            for name, command in (("cpython", [python, str(program)]),
                                  ("pyrite", [args.pyrite, str(program)])):
                elapsed, stdout, status = run(command)
                if status != 0:
                    failed = f"{name} exited with {status}"
                best[name] = min(best[name], elapsed)
                outputs[name] = stdout
        if failed or outputs["cpython"] != outputs["pyrite"]:
            print(f"{program.stem:<24}{best['cpython']:>11.3f}s{'':>12}  {failed or 'output differs'}")
            continue
        ratio = best["pyrite"] / best["cpython"]
        ratios.append(ratio)
        print(f"{program.stem:<24}{best['cpython']:>11.3f}s{best['pyrite']:>11.3f}s{ratio:>8.2f}")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of {len(ratios)} ratios: {geomean:.2f}")
    else:
        sys.exit("no benchmark ran to completion under both interpreters")


if __name__ == "__main__":
    main()
