import re

p = re.compile(r"(?P<k>\w+):(\d+)", re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex["k"])
print(type(p).__name__, type(p))
print(p.match("a:1 b:2"), p.match(" a:1"))
print(p.search(" a:1").span(), p.fullmatch("a:1") is not None, p.fullmatch("a:1 "))
print(p.findall("a:1 b:2"), [m.group(2) for m in p.finditer("x:7 y:8")])
print(p.sub(r"\2=\1", "a:1 b:2"), p.subn("#", "a:1 b:2 c"))
print(p.split("a:1,b:2,c"))
print(p == re.compile(r"(?P<k>\w+):(\d+)", re.I), p == re.compile("x"))
print(re.compile(p) is p)
print(re.compile(r"\d+").pattern, re.compile("'"), re.compile('"\''))
