import re

m = re.match(r"(\d{4})-(\d{2})-(\d{2})", "2024-03-15 rest")
print(m.group(0), m.group(1), m.group(2, 3))
print(m.groups())
print(m.span(), m.span(1), m.start(3), m.end(3))
print(m.lastindex, m.lastgroup)

# A group that does not take part is None, or the default given.
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2))

# Nested groups are numbered by their opening parenthesis.
m = re.search(r"((\w+)@(\w+))\.com", "mail bob@example.com now")
for i in range(4):
    print(i, m.group(i), m.span(i))
print(m.lastindex)

# A repeated group keeps its last iteration.
m = re.match(r"(?:(\w)-)+", "a-b-c-")
print(m.group(1), m.span(1))

# Non-capturing groups do not count.
print(re.compile(r"(?:x)(y)(?:z)").groups)
