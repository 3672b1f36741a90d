import re

cases = [
    lambda: re.search("a", b"a"),
    lambda: re.search(b"a", "a"),
    lambda: re.search("a", 12),
    lambda: re.compile(12),
    lambda: re.compile("a", re.LOCALE),
    lambda: re.compile("a{99999999999}"),
    lambda: re.match("a", "a").group(5),
    lambda: re.sub("(a)", r"\g<nope>", "a"),
    lambda: re.compile(re.compile("a"), re.I),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__ + ":", e)
