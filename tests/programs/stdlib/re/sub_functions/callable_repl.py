import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "a1 b22 c333"))
print(re.sub(r"(?P<word>[a-z]+)", lambda m: m["word"].upper(), "hello, world 42"))

# The function sees every match, in order, with positions.
seen = []
def record(m):
    seen.append((m.group(), m.span(), m.pos, m.endpos))
    return "<%s>" % m.group()
print(re.sub(r"o+", record, "foo boo zoo"))
print(seen)

# count= limits the replacements; subn reports how many were made.
print(re.sub("a", lambda m: "A", "banana", count=2))
print(re.subn(r"\s+", lambda m: "_", "a  b   c d"))

# A function may return an empty string.
print(re.sub(r"[aeiou]", lambda m: "", "programming language"))

try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", type(e).__name__)
