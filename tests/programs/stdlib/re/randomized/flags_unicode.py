# Random patterns under random flags over Unicode texts: finditer spans and sub with count.
import random, re
random.seed(5)
pieces = ["a", "B", "é", "ß", "[a-z]", "[^ab]", "\\w+?", "\\W", "(a|é)", "(?i:b)", "(?-i:a)", "a++", "[ä-ü]*", "(\\w)\\1", "(?(1)x|y)", "(?<=a)b", "(?<!b)a", "(?>a|ab)", "a{1,3}?", ".", "\\s*", "$", "^", "(?s:.)", "[\\d\\s]"]
texts = ["aAbB", "éÉßẞ", "AaéÉ b\nab", "xyab ÄÖü", "ABAB aab", "ssSS ß"]
out = []
for i in range(600):
    p = "".join(random.choice(pieces) for _ in range(random.randint(1, 4)))
    t = random.choice(texts)
    flags = random.choice([0, re.I, re.M, re.S, re.I | re.A, re.X])
    try:
        r = re.compile(p, flags)
    except re.error as e:
        out.append("%r err %s" % (p, e)); continue
    out.append("%r %d %r %r %r" % (p, flags, t, [m.span() for m in r.finditer(t)], r.sub("-", t, count=2)))
print("\n".join(out))
