#!/usr/bin/env python3.11
"""Write src/unicode_tables.rs: the Unicode classes behind `\\w`, `\\d` and
`\\s` for str patterns, as CPython 3.11 defines them (`str.isalnum`,
`str.isdecimal`, `str.isspace`), as sorted inclusive code-point ranges.

Usage: python3.11 crates/sre/tables.py
"""

import pathlib
import sys
import unicodedata


def ranges(pred):
    out, start = [], None
    for c in range(sys.maxunicode + 1):
        ok = pred(chr(c))
        if ok and start is None:
            start = c
        if not ok and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, sys.maxunicode))
    return out


def emit(name, doc, rs):
    text = f"/// {doc}\npub(crate) const {name}: &[(u32, u32)] = &[\n"
    line = "   "
    for a, b in rs:
        item = f" (0x{a:X}, 0x{b:X}),"
        if len(line) + len(item) > 99:
            text += line + "\n"
            line = "   "
        line += item
    return text + line + "\n];\n"


def main():
    out = (
        "//! Unicode character classes as CPython 3.11 defines them for `re`\n"
        f"//! (Unicode {unicodedata.unidata_version}): generated from `str.isalnum`,\n"
        "//! `str.isdecimal` and `str.isspace` of CPython 3.11 by\n"
        "//! `crates/sre/tables.py`.\n//!\n"
        "//! Invariant: each table is sorted, its ranges inclusive and disjoint,\n"
        "//! so membership is a binary search.\n\n"
    )
    out += emit("ALNUM", "Characters for which `str.isalnum()` is true (`\\w` is these and `_`).",
                ranges(str.isalnum)) + "\n"
    out += emit("DECIMAL", "Characters for which `str.isdecimal()` is true (`\\d`).",
                ranges(str.isdecimal)) + "\n"
    out += emit("SPACE", "Characters for which `str.isspace()` is true (`\\s`).",
                ranges(str.isspace))
    path = pathlib.Path(__file__).resolve().parent / "src" / "unicode_tables.rs"
    path.write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
