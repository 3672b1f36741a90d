import re

tag = re.compile(r"(<)?\w+(?(1)>)")
for s in ["<tag>", "tag", "<tag", "tag>"]:
    m = tag.fullmatch(s)
    print(s, m.group() if m else None)

phone = re.compile(r"(?P<paren>\()?\d{3}(?(paren)\))[- ]?\d{4}")
for s in ["(555)1234", "555-1234", "(555-1234", "555)1234"]:
    print(s, bool(phone.fullmatch(s)))
print(re.match(r"(a)?(?(1)b|c)", "c").group())
