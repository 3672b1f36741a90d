#!/usr/bin/env python3.11
"""Write cases.txt: what CPython 3.11's `re` answers for a few hundred
(pattern, flags, text) triples, for the differential test in
differential.rs.

Each line is tab-separated: kind (`str` or `bytes`), pattern, flags,
text, then the answers of `search` and of `fullmatch` from position 0:
`none`, or the group spans as `start,end` (`-` for a group that did not
take part). A pattern CPython refuses has one answer instead:
`error:<kind>:<position or ->:<message>`. Strings are written with the
escapes `\\\\`, `\\t`, `\\n` and `\\u{hex}` for anything else outside
printable ASCII.

Usage: python3.11 crates/sre/tests/cases.py
"""

import pathlib
import re

PATTERNS = [
    # literals and classes
    (r"abc", 0, ["abc", "xabcx", "ab", ""]),
    (r"a.c", 0, ["abc", "a\nc", "ac"]),
    (r"a.c", re.S, ["a\nc"]),
    (r"[a-c]+", 0, ["xxabcabcyy", "d"]),
    (r"[^a-c]+", 0, ["abcxyzabc"]),
    (r"[]a]+", 0, ["]a]b"]),
    (r"[a-]+", 0, ["a-a-b"]),
    (r"[\d\s]+", 0, ["ab 12 3c"]),
    (r"\d+", 0, ["abc ١٢٣ 45", "x"]),
    (r"\d+", re.A, ["١٢٣ 45"]),
    (r"\w+", 0, ["  héllo wörld", "__init__"]),
    (r"\w+", re.A, ["héllo"]),
    (r"\s+", 0, ["a \t\n\x1c b", "a\u00a0b"]),
    (r"\S+\s\S+", 0, ["one two three"]),
    (r"\W+", 0, ["ab, cd!"]),
    (r"[\w.-]+@[\w-]+\.\w+", 0, ["mail me: john.doe@example.com now"]),
    (r"\x41\u00e9\101\0", 0, ["Aé A\x00", "Aé", "AéA\x00"]),
    (r"\N{EM DASH}", 0, ["a—b"]),
    # anchors
    (r"^abc", 0, ["abc", "xabc", "x\nabc"]),
    (r"^abc", re.M, ["x\nabc"]),
    (r"abc$", 0, ["abc", "abc\n", "abc\nx", "abc\n\n"]),
    (r"abc$", re.M, ["abc\nx"]),
    (r"\Aabc\Z", 0, ["abc", "abc\n"]),
    (r"\bfoo\b", 0, ["foo", "a foo.", "foobar", "barfoo"]),
    (r"\Bfoo\B", 0, ["xfoox", "foo"]),
    (r"\b", 0, ["", "a"]),
    (r"\B", 0, ["", "a", " "]),
    (r"$", 0, ["", "a\n"]),
    (r"^$", re.M, ["a\n\nb"]),
    # repeats
    (r"a*", 0, ["", "aaa", "baaa"]),
    (r"a+?", 0, ["aaa"]),
    (r"a*?b", 0, ["aaab"]),
    (r"a{2,3}", 0, ["a", "aa", "aaaa"]),
    (r"a{2,3}?", 0, ["aaaa"]),
    (r"a{,2}", 0, ["aaa"]),
    (r"a{3}", 0, ["aaaa", "aa"]),
    (r"a{2,}", 0, ["a", "aaaaa"]),
    (r"a{}", 0, ["a{}"]),
    (r"a{1,x}", 0, ["a{1,x}"]),
    (r"(ab)*c", 0, ["ababc", "c", "abab"]),
    (r"(ab)+?", 0, ["ababab"]),
    (r"(a|b)*?c", 0, ["abbac"]),
    (r"(a*)*", 0, ["aaa", "b"]),
    (r"(a*)+", 0, ["aaa"]),
    (r"(a|)+", 0, ["aa"]),
    (r"(?:a|b)*abb", 0, ["aababb"]),
    (r"(x?)*y", 0, ["xxy"]),
    (r"(a{2}){2}", 0, ["aaaaa"]),
    (r"(ab){1,2}?c", 0, ["ababc"]),
    (r".*foo", 0, ["xfooyfoo"]),
    (r".*?foo", 0, ["xfooyfoo"]),
    (r"<.*>", 0, ["<a> <b>"]),
    (r"<.*?>", 0, ["<a> <b>"]),
    # possessive and atomic
    (r"a*+a", 0, ["aaaa"]),
    (r"a++b", 0, ["aaab"]),
    (r"a?+a", 0, ["a", "aa"]),
    (r"a{1,2}+a", 0, ["aa", "aaa"]),
    (r"(?>a+)b", 0, ["aaab"]),
    (r"(?>a+)a", 0, ["aaa"]),
    (r"(?>(a)|ab)c", 0, ["abc", "ac"]),
    (r"(?:ab)++c", 0, ["ababc"]),
    # groups
    (r"(a)(b)(c)", 0, ["abc"]),
    (r"(a(b)?)+", 0, ["aba"]),
    (r"((a)|(b))+", 0, ["ab", "ba"]),
    (r"(?P<first>\w+) (?P<last>\w+)", 0, ["Jane Doe"]),
    (r"(a)|(b)", 0, ["b"]),
    (r"(?:(a)|b)*", 0, ["ab"]),
    (r"()", 0, ["x"]),
    # backreferences
    (r"(a+)\1", 0, ["aaaa", "aaa"]),
    (r"(\w+) \1", 0, ["hello hello", "hello world"]),
    (r"(?P<q>['\"]).*?(?P=q)", 0, ["say 'hi' \"x\""]),
    (r"(a)|\1", 0, ["x"]),
    (r"(?i)(a)\1", 0, ["aA"]),
    (r"(a)?b\1", 0, ["b"]),
    # lookarounds
    (r"foo(?=bar)", 0, ["foobar", "foobaz"]),
    (r"foo(?!bar)", 0, ["foobar", "foobaz"]),
    (r"(?<=\$)\d+", 0, ["cost: $42"]),
    (r"(?<!\$)\b\d+", 0, ["$42 17"]),
    (r"(?<=ab)c", 0, ["abc", "xbc"]),
    (r"(?<=a|b)c", 0, ["bc"]),
    (r"(?=(a+))a*b\1", 0, ["baaabac"]),
    (r"(?!(a)b)(a)", 0, ["ab", "ac"]),
    (r"(?<=(a))b", 0, ["ab"]),
    (r"(a)(?<=\1)b", 0, ["ab", "b"]),
    (r"(ab)c(?<=\1c)", 0, ["abc"]),
    (r"(?P<x>a|bc)(?<=(?P=x))d", 0, ["ad"]),
    (r"^(?=.*\d)(?=.*[a-z]).{6,}$", 0, ["abc123", "abcdef", "12"]),
    (r"\w+(?<!ing)\b", 0, ["running jump"]),
    # conditionals
    (r"(a)?(?(1)b|c)", 0, ["ab", "c", "ac"]),
    (r"(?P<x><)?\w+(?(x)>)", 0, ["<tag>", "tag", "<tag"]),
    (r"(a)?(?(1)b)", 0, ["a", "ab", ""]),
    # alternation
    (r"a|ab|abc", 0, ["abc"]),
    (r"(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    (r"cat|dog|bird", 0, ["hotdog"]),
    (r"|a", 0, ["a"]),
    # flags
    (r"abc", re.I, ["ABC", "aBc"]),
    (r"[a-z]+", re.I, ["HeLLo"]),
    (r"[^a-z]+", re.I, ["HeLLo123"]),
    (r"(?i)straße", 0, ["STRASSE", "STRAßE"]),
    (r"(?i)k", 0, ["\u212a"]),
    (r"(?i)\u212a", 0, ["k", "K"]),
    (r"(?i)[k]", 0, ["\u212a"]),
    (r"(?i)s", 0, ["\u017f"]),
    (r"(?i)σ", 0, ["Σ", "ς"]),
    (r"(?ia)é", 0, ["É"]),
    (r"(?i)é", 0, ["É"]),
    (r"a(?i:b)c", 0, ["aBc", "ABC"]),
    (r"(?i)a(?-i:b)c", 0, ["AbC", "ABC"]),
    (r"(?s:.)", 0, ["\n"]),
    (r"(?m)^b", 0, ["a\nb"]),
    (r"(?x) a b # comment\n c", 0, ["abc"]),
    (r"a b", re.X, ["ab", "a b"]),
    (r"a\ b", re.X, ["a b"]),
    (r"[ ]", re.X, [" "]),
    (r"(?a)\w+", 0, ["héllo"]),
    (r"(?a:\w)+", 0, ["héllo"]),
    (r"(?u)\w+", 0, ["héllo"]),
    # escapes
    (r"\.\*\+\?", 0, [".*+?"]),
    (r"\t\n", 0, ["\t\n"]),
    (r"\\", 0, ["a\\b"]),
    (r"[\]]", 0, ["]"]),
    (r"[\\-]", 0, ["-"]),
    (r"\(\)", 0, ["()"]),
    (r"[.]", 0, ["a.b"]),
    (r"a\Z", 0, ["a\n"]),
    # errors
    (r"(", 0, [""]),
    (r"(abc", 0, [""]),
    (r")", 0, [""]),
    (r"abc)", 0, [""]),
    (r"*", 0, [""]),
    (r"a**", 0, [""]),
    (r"a*??", 0, [""]),
    (r"+a", 0, [""]),
    (r"{1}", 0, [""]),
    (r"^*", 0, [""]),
    (r"\q", 0, [""]),
    (r"a\q", 0, [""]),
    (r"[\q]", 0, [""]),
    (r"\\\x", 0, [""]),
    (r"\x4", 0, [""]),
    (r"\u12", 0, [""]),
    (r"[a", 0, [""]),
    (r"[]", 0, [""]),
    (r"[z-a]", 0, [""]),
    (r"[\d-z]", 0, [""]),
    (r"(?<x)", 0, [""]),
    (r"(?Q)", 0, [""]),
    (r"(?P<1>a)", 0, [""]),
    (r"(?P<a>x)(?P<a>y)", 0, [""]),
    (r"(?P=x)", 0, [""]),
    (r"(?P<n", 0, [""]),
    (r"(?P<>a)", 0, [""]),
    (r"(?Px)", 0, [""]),
    (r"\1", 0, [""]),
    (r"(a)\2", 0, [""]),
    (r"(a\1)", 0, [""]),
    (r"(?<=a+)b", 0, [""]),
    (r"(?<=a|bc)d", 0, [""]),
    (r"a(?i)b", 0, [""]),
    (r"(?i", 0, [""]),
    (r"(?z)", 0, [""]),
    (r"(?i-i:a)", 0, [""]),
    (r"(?-a:x)", 0, [""]),
    (r"(?#abc", 0, [""]),
    (r"a{3,2}", 0, [""]),
    (r"(?(2)a|b)", 0, [""]),
    (r"(?(x)a|b)", 0, [""]),
    (r"(a)(?(1)a|b|c)", 0, [""]),
    (r"(?(0)a)", 0, [""]),
    (r"\N{NOT A NAME}", 0, [""]),
    (r"\N", 0, [""]),
    (r"\8", 0, [""]),
    (r"\777", 0, [""]),
    (r"abc\\", 0, ["abc\\"]),
    ("abc\\", 0, [""]),
    ("ab\n(", 0, [""]),
    (r"(?L)a", 0, [""]),
    (r"a", re.L, [""]),
    (r"a", re.A | re.U, [""]),
    (r"a{4294967295}", 0, [""]),
    (r"(?", 0, [""]),
    (r"(?<", 0, [""]),
    (r"(?a-i)", 0, [""]),
    (r"(?im-", 0, [""]),
    (r"x(?=", 0, [""]),
    (r"[\8]", 0, [""]),
]

# Every one of these patterns against every one of these texts.
CROSS_PATTERNS = [
    r"\w+", r"\d+\.?\d*", r"[aeiou]{2,}", r"(\w)(\w)?\2", r"\b\w{3}\b",
    r"(?i)[A-F0-9]+", r"(.)(.)\2\1", r"\s*,\s*", r"(?:a|b)+?c", r"x*",
    r"^\w+|\w+$", r"(?m)^\s*#.*$", r"[^\W\d]+", r"(?<=\d)[a-z]", r"\w+(?!\d)",
    r"(a|ab)(c|bcd)?", r"((a)|b)*", r"a{0,3}b", r"\S+@\S+", r"(?s).+",
]
CROSS_TEXTS = [
    "", "abba cde 12.5, x", "aaabbbcab  #note\n#two\nend", "Ärger über ÆØÅ 3rd 4th",
    "mail@example.com, 0xBEEF",
]
PATTERNS += [(p, 0, CROSS_TEXTS) for p in CROSS_PATTERNS]

BYTES_PATTERNS = [
    (rb"\w+", 0, [b"caf\xe9 ok"]),
    (rb"[a-z]+", re.I, [b"HeLLo"]),
    (rb"(?i)\xe9", 0, [b"\xc9"]),
    (rb"\d+\s\S", 0, [b"12 x"]),
    (rb"(\x00)(\xff)", 0, [b"a\x00\xffb"]),
    (rb"\u1234", 0, [b""]),
    (rb"(?u)a", 0, [b""]),
    (rb"\xe9\q", 0, [b""]),
    (rb"a$", re.M, [b"a\nb"]),
]


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= o < 127:
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return "".join(out)


def spans(m):
    if m is None:
        return "none"
    return " ".join(
        "-" if a == -1 else f"{a},{b}" for a, b in (m.span(g) for g in range(len(m.groups()) + 1))
    )


def lines():
    for kind, table in (("str", PATTERNS), ("bytes", BYTES_PATTERNS)):
        for pattern, flags, texts in table:
            dec = (lambda b: b.decode("latin-1")) if kind == "bytes" else (lambda s: s)
            try:
                compiled = re.compile(pattern, flags)
            except (re.error, ValueError, OverflowError) as e:
                pos = getattr(e, "pos", None)
                msg = getattr(e, "msg", str(e))
                where = "-" if pos is None else str(pos)
                answer = f"error:{type(e).__name__}:{where}:{msg}"
                yield "\t".join([kind, esc(dec(pattern)), str(int(flags)), "", answer])
                continue
            for text in texts:
                answers = [spans(compiled.search(text)), spans(compiled.fullmatch(text))]
                yield "\t".join([kind, esc(dec(pattern)), str(int(flags)), esc(dec(text))] + answers)


def main():
    path = pathlib.Path(__file__).resolve().parent / "cases.txt"
    path.write_text("\n".join(lines()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
