#!/usr/bin/env python3.11
"""Differential test: `pyrite -m tokenize FILE` against `python3.11 -m tokenize FILE`
over every .py file of CPython 3.11's standard library (site-packages excluded).

CPython's side is computed in-process with the same code path and format as
`python3.11 -m tokenize` (Lib/tokenize.py's main()); files it cannot tokenize
are not counted. Prints the figures and the first differences; exits 1 if any
file differs.

usage: tokenize_stdlib.py [PATH_TO_PYRITE] [-e] [-v]
  -e  compare `-m tokenize -e` (exact token types) instead
"""
import os
import subprocess
import sys
import sysconfig
import tokenize
from token import tok_name


def cpython_listing(path, exact):
    with open(path, "rb") as f:
        tokens = list(tokenize.tokenize(f.readline))
    lines = []
    for token in tokens:
        token_type = token.exact_type if exact else token.type
        token_range = "%d,%d-%d,%d:" % (token.start + token.end)
        lines.append("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))
    return "\n".join(lines) + "\n"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    exact = "-e" in sys.argv
    pyrite = args[0] if args else os.path.join(
        os.environ.get("CARGO_TARGET_DIR", "target"), "release", "pyrite")
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))

    tokenized = matched = 0
    failures = []
    for path in files:
        try:
            expected = cpython_listing(path, exact)
        except Exception:
            continue
        tokenized += 1
        result = subprocess.run([pyrite, "-m", "tokenize"] + (["-e"] if exact else []) + [path], capture_output=True)
        actual = result.stdout.decode("utf-8", "surrogateescape")
        if result.returncode == 0 and actual == expected:
            matched += 1
        else:
            failures.append((path, expected, actual, result.stderr.decode(errors="replace")))

    print(f"stdlib .py files: {len(files)}")
    print(f"tokenized by python3.11 -m tokenize: {tokenized}")
    print(f"pyrite output identical: {matched}/{tokenized}")
    for path, expected, actual, stderr in failures[: 20 if verbose else 5]:
        print(f"--- {os.path.relpath(path, stdlib)}")
        if stderr:
            print("    stderr:", stderr.strip()[:300])
        for i, (e, a) in enumerate(zip(expected.splitlines(), actual.splitlines())):
            if e != a:
                print(f"    line {i + 1}:\n      python: {e}\n      pyrite: {a}")
                break
        else:
            print(f"    lengths differ: {len(expected.splitlines())} vs {len(actual.splitlines())}")
    return 0 if matched == tokenized else 1


if __name__ == "__main__":
    sys.exit(main())
