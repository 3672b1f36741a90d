import re

for s in ["a.b", "1+1=2", "[x]", "what? (yes)", "a b\tc", "-_~#&", "ünïcode", ""]:
    e = re.escape(s)
    print(repr(s), repr(e), bool(re.fullmatch(e, s)))
print(re.escape(b"a*b"))
print(re.findall(re.escape("$5.00"), "costs $5.00 or $5x00"))
