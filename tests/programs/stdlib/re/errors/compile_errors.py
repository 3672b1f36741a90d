import re

patterns = [
    "(abc", "abc)", "*a", "a**", "a{2}{3}", "[a-", "[z-a]", r"\q", "a\\",
    "(?<x)", "(?Q)", "(?P<1>x)", "(?P<a>x)(?P<a>y)", "(?P=missing)",
    r"(a)\2", r"(a\1)", "a{3,1}", "(?i", "a(?i)b", "(?#never closed",
    "(?(2)a|b)", r"\N{NO SUCH NAME}", r"\777", "ab\n(cd", "x{1,2}{3}",
    "(?i-i:a)", r"[\d-z]", "(?P<n", "(?", r"\x1",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e)
