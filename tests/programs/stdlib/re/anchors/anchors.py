import re

for p in [r"^abc", r"abc$", r"\Aabc", r"abc\Z", r"^abc$", r"\babc\b", r"\Babc"]:
    print(p, [bool(re.search(p, s)) for s in ["abc", "xabc", "abc\n", "abcx", "x abc y"]])
print(re.findall(r"\b\w", "hello big world"))
print(re.findall(r"\B\w", "hi you"))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"^$", ""))
print(re.sub(r"$", "!", "line1\nline2\n"))
print(re.sub(r"(?m)$", "!", "line1\nline2\n"))
print(re.sub(r"(?m)^", "> ", "a\nb\n"))
