"""Prints src/ast/printable.rs: the code points for which python3.11's
`str.isprintable()` is false, as sorted inclusive ranges (Unicode 14.0,
the database CPython 3.11 uses).

Usage: python3.11 scripts/printable_table.py > src/ast/printable.rs
"""
import sys
import unicodedata

ranges = []
start = None
for code in range(0x110000 + 1):
    bad = code < 0x110000 and not chr(code).isprintable()
    if bad and start is None:
        start = code
    elif not bad and start is not None:
        ranges.append((start, code - 1))
        start = None

print("//! The code points `str.isprintable()` rejects, as sorted inclusive")
print(f"//! ranges, generated from CPython 3.11 (Unicode {unicodedata.unidata_version})")
print("//! by `scripts/printable_table.py`. Do not edit by hand.")
print()
print("/// Sorted, disjoint, inclusive ranges of non-printable code points.")
print("pub(super) const NOT_PRINTABLE: &[(u32, u32)] = &[")
for a, b in ranges:
    print(f"    (0x{a:x}, 0x{b:x}),")
print("];")
