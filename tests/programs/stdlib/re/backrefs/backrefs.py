import re

print(re.findall(r"(\w)\1", "aabbcdeeff"))
print(re.search(r"(\w+) \1", "it is is here").group())
print(re.match(r"(a+)\1$", "aaaa").group(1))
print(re.match(r"(?i)(ab)\1", "abAB").group())
print(re.match(r"(a)?b\1", "b"))
print(re.fullmatch(r"(\d+)-\1", "12-12"), re.fullmatch(r"(\d+)-\1", "12-13"))
print(re.sub(r"(\w)\1+", r"\1", "aaabbbcdd"))
print(re.findall(r"<(\w+)>.*?</\1>", "<a>x</a><b>y</c><i>z</i>"))
