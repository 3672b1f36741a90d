#!/usr/bin/env python3.11
"""Differential test of the lexer's errors against CPython 3.11's compile().

1. Every .py file of the standard library (site-packages excluded) that
   compile() accepts must lex with no diagnostic.
2. Mutated copies of those files (a byte deleted, inserted or duplicated,
   fixed seed): whenever compile()'s error is one the tokenizer raises
   (its message is one of the lexer's), pyrite's first diagnostic must have
   the same kind, message, line and offset.

usage: tokenize_errors.py [PATH_TO_first_error_EXAMPLE] [N_MUTANTS] [KEEP_DIR]
(build it with `cargo build --release -p pyrite-lexer --example first_error`)
"""
import os
import random
import re
import subprocess
import sys
import sysconfig
import tempfile

LEXER_MESSAGES = re.compile(
    r"^(invalid (decimal|hexadecimal|octal|binary|imaginary) literal|invalid digit|leading zeros"
    r"|unterminated (triple-quoted )?string literal|'.' was never closed|unmatched '.'"
    r"|closing parenthesis|invalid character|invalid non-printable character"
    r"|unindent does not match|inconsistent use of tabs|too many (levels|nested)"
    r"|unexpected character after line continuation|unexpected EOF while parsing)")


def compile_result(source_bytes, name):
    try:
        compile(source_bytes, name, "exec", dont_inherit=True)
        return "OK"
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}"
    except (ValueError, MemoryError, RecursionError) as e:
        return f"{type(e).__name__}: {e}"


def run_lexer(tool, paths):
    out = {}
    for i in range(0, len(paths), 200):
        result = subprocess.run([tool, *paths[i:i + 200]], capture_output=True, text=True,
                                errors="surrogateescape")
        for line in result.stdout.splitlines():
            path, _, verdict = line.partition("\t")
            out[path] = verdict
    return out


def main():
    tool = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.environ.get("CARGO_TARGET_DIR", "target"), "release", "examples", "first_error")
    mutants = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    keep = sys.argv[3] if len(sys.argv) > 3 else None
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))

    valid = []
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        # Source text, as the lexer sees it after decoding: compile the text.
        if compile_result(data, path) == "OK":
            valid.append(path)
    verdicts = run_lexer(tool, valid)
    clean = [p for p in valid if verdicts.get(p) == "OK"]
    print(f"stdlib files compile() accepts: {len(valid)}; lexed without diagnostic: {len(clean)}")
    for p in valid:
        if verdicts.get(p) != "OK":
            print("   ", os.path.relpath(p, stdlib), verdicts.get(p))

    rng = random.Random(3)
    compared = agreed = 0
    disagreements = []
    with tempfile.TemporaryDirectory() as tmp:
        cases = {}
        for i in range(mutants):
            with open(rng.choice(valid), "rb") as f:
                data = bytearray(f.read())
            for _ in range(rng.randint(1, 3)):
                at = rng.randrange(len(data) + 1)
                kind = rng.randrange(3)
                if kind == 0 and data:
                    del data[at:at + 1]
                elif kind == 1:
                    data[at:at] = rng.choice([b"(", b")", b"]", b"'", b'"""', b"\\", b" ",
                                              b"\t", b"0", b"_", b"e", b"\xe2\x82\xac", b"$",
                                              b"\n ", b"0x", b"1_"])
                else:
                    data[at:at] = data[at:at + rng.randrange(1, 40)]
            # compile() of the decoded text: its offsets count characters,
            # the lexer's convention (compile() of bytes counts some in bytes).
            try:
                text = bytes(data).decode("utf-8")
            except UnicodeDecodeError:
                continue
            expected = compile_result(text, "m.py")
            message = expected.split(": ", 1)[-1]
            if not LEXER_MESSAGES.match(message):
                continue
            path = os.path.join(tmp, f"m{i}.py")
            with open(path, "wb") as f:
                f.write(data)
            cases[path] = expected
        verdicts = run_lexer(tool, list(cases))
        for path, expected in cases.items():
            compared += 1
            if verdicts.get(path) == expected:
                agreed += 1
            else:
                disagreements.append((path, expected, verdicts.get(path)))
                if keep:
                    os.makedirs(keep, exist_ok=True)
                    with open(path, "rb") as src, open(os.path.join(keep, os.path.basename(path)), "wb") as dst:
                        dst.write(src.read())
    print(f"mutants whose CPython error is a tokenizer error: {compared}; "
          f"pyrite's first diagnostic identical: {agreed}")
    for path, expected, actual in disagreements[:15]:
        print(f"    {os.path.basename(path)}\n    cpython: {expected}\n    pyrite:  {actual}")
    return 0 if agreed == compared and len(clean) == len(valid) else 1


if __name__ == "__main__":
    sys.exit(main())
