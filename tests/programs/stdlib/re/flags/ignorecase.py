import re

print(re.findall(r"python", "Python PYTHON python", re.IGNORECASE))
print(re.findall(r"[a-c]+", "ABCabcXYZ", re.I))
print(re.findall(r"[^a-c]+", "ABCxyz", re.I))
print(bool(re.match(r"(?i)straße", "STRAßE")))
print(bool(re.match(r"(?i)k", "\u212a")), bool(re.match(r"(?i)\u212a", "K")))
print(bool(re.match(r"(?i)é", "É")), bool(re.match(r"(?ia)é", "É")))
print(re.match(r"a(?i:b)c", "aBc") is not None, re.match(r"a(?i:b)c", "ABc"))
print(re.match(r"(?i)a(?-i:b)", "Ab") is not None, re.match(r"(?i)a(?-i:b)", "AB"))
print(re.match(r"(?i)(\w+) \1", "Hello HELLO").group())
