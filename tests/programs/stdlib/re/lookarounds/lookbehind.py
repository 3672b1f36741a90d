import re

print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $42.50 or $7, not 13"))
print(re.findall(r"(?<!\$)\b\d+\b", "$42 17 $8 99"))
print(re.sub(r"(?<=[a-z])(?=[A-Z])", "_", "camelCaseName").lower())
print(re.search(r"(?<=ab)c", "abc").span())
print(re.search(r"(?<=^)a", "a"))
print(re.findall(r"(?<=a|b)c", "acbcdc"))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("error:", e, e.pos)
