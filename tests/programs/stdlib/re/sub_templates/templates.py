import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good morning"))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second>-\g<first>", "one two"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"))
print(re.sub(r"x", r"\n", "axb") == "a\nb")
print(re.sub(r"x", r"\\", "axb"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub("", "-", "abc"))
print(re.sub("x*", "-", "abxd"))
print(re.subn("a", "b", "aaa", count=2))
print(re.sub(r"\.", r"\.", "a.b"))
for bad in [r"\2", r"\g<x>", r"\g<", r"\q"]:
    try:
        re.sub(r"(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
