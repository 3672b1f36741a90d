# Random patterns with groups: spans, groups, lastindex and lastgroup of every match.
import random, re
random.seed(11)
pieces = ["a", "b", "(a)", "(b)", "(a|b)", "(?:(a)|b)", "((a)b)", "(a)?", "(b)*", "(?P<x>a)", "(?P<y>b)?", "(ab|a)", "c", "(?=(a))", "(a*)", "(?:a|(b))+"]
texts = ["a", "ab", "abc", "ba", "aab", "bab", "abab"]
out = []
for i in range(400):
    p = "".join(random.choice(pieces) for _ in range(random.randint(1, 4)))
    t = random.choice(texts)
    try:
        r = re.compile(p)
    except re.error as e:
        out.append("%r err %s" % (p, e)); continue
    for m in r.finditer(t):
        out.append("%r %r %r %r %r %r" % (p, t, m.span(), m.groups(), m.lastindex, m.lastgroup))
print("\n".join(out))
