# Random patterns built from pieces, checked against CPython through findall, sub, split and finditer.
import random, re
random.seed(7)
pieces = ["a", "b", "c", ".", "\\w", "\\d", "\\s", "\\b", "[ab]", "[^a]", "(a|b)", "(?:ab)", "a*", "b+", "c?",
          "a*?", "(b)", "(?P<n>a)", "(?P=n)", "\\1", "^", "$", "(?=a)", "(?!b)", "(?<=a)", "x{1,2}", "[a-c]{2}"]
texts = ["", "abc", "aabbcc", "ab ab\nba", "cab1 2ba", "xxabxx"]
out = []
for i in range(400):
    p = "".join(random.choice(pieces) for _ in range(random.randint(1, 4)))
    t = random.choice(texts)
    try:
        r = re.compile(p)
    except re.error as e:
        out.append("%r err %s" % (p, e))
        continue
    try:
        out.append("%r %r %r %r %r %r" % (p, t, r.findall(t), r.sub("<\\g<0>>", t), r.split(t), [m.span() for m in r.finditer(t)]))
    except re.error as e:
        out.append("%r %r sub-err %s" % (p, t, e))
print("\n".join(out))
