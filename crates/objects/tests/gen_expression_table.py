"""Regenerate tests/data/expression_table.tsv from tests/data/expressions.txt.

Usage (from the repository root):
    PYTHONHASHSEED=0 python3.11 crates/objects/tests/gen_expression_table.py

Each line of expressions.txt is a Python expression in the small subset
that tests/expression_table.rs evaluates (literals, operator.*, method
calls, a few builtins). Lines starting with '#' are comments. For each
expression the table records what CPython 3.11 gives:

    expr <TAB> ok <TAB> repr <TAB> str <TAB> hash-or-unhashable
    expr <TAB> err <TAB> exception class <TAB> str(exception)

Fields escape backslash, tab and newline as \\\\, \\t, \\n.
"""
import operator  # noqa: F401  (used by the expressions)
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    sys.exit("run with PYTHONHASHSEED=0 so str/bytes hashes are reproducible")

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "data", "expressions.txt")
dst = os.path.join(here, "data", "expression_table.tsv")


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def by_identity(v):
    """Whether hash(v) depends on an object address (None's, a NaN's)."""
    if v is None or v is Ellipsis or v is NotImplemented:
        return True
    if isinstance(v, float) and v != v:
        return True
    if isinstance(v, complex) and (v.real != v.real or v.imag != v.imag):
        return True
    if isinstance(v, range) and len(v) < 2:
        return True  # range_hash puts None in place of unused fields
    if isinstance(v, (tuple, frozenset)):
        return any(by_identity(x) for x in v)
    return False


rows = []
with open(src, encoding="utf-8") as f:
    for line in f:
        expr = line.rstrip("\n")
        if not expr.strip() or expr.startswith("#"):
            continue
        try:
            value = eval(expr)
        except Exception as e:  # the expected outcome is recorded
            rows.append([expr, "err", type(e).__name__, str(e)])
            continue
        try:
            h = str(hash(value))
        except TypeError:
            h = "unhashable"
        if by_identity(value):
            h = "identity"
        rows.append([expr, "ok", repr(value), str(value), h])

with open(dst, "w", encoding="utf-8") as f:
    for row in rows:
        f.write("\t".join(esc(x) for x in row) + "\n")
print(f"{len(rows)} expressions written to {dst}")
