import re

p = re.compile(r"\w+")
text = "one two three"
print(p.search(text, 4), p.search(text, 4, 6))
print(p.match(text, 4).group(), p.match(text, 3))
print(p.findall(text, 4, 9), p.fullmatch(text, 4, 7))
print(re.compile("^t").search(text, 4), re.compile("o$").search(text, 0, 3))
m = p.search(text, 2, 100)
print(m, m.pos, m.endpos)
print(p.search(text, -5, 3), p.search(text, 20))
print([m.group() for m in p.finditer(text, 3, 10)])
