import re

quoted = re.compile(r"""(?P<quote>['"]).*?(?P=quote)""")
for text in ["say 'hello' now", 'he said "hi"', "mixed 'oops\"", "none"]:
    m = quoted.search(text)
    print(repr(text), "->", m.group() if m else None)

doubled = re.compile(r"\b(?P<word>\w+)\s+(?P=word)\b", re.IGNORECASE)
print(doubled.findall("This is is a test test of the The words"))
print(doubled.sub(r"\g<word>", "the the cat sat sat down"))
