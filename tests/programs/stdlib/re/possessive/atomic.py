import re

print(re.match(r"a*+a", "aaaa"))
print(re.match(r"a*a", "aaaa").group())
print(re.match(r"(?>a+)b", "aaab").group())
print(re.match(r"(?>a+)a", "aaa"))
print(re.findall(r"\d++(?!\.)", "12 3.5 44"))
print(re.match(r"(?:ab)++c", "ababc").group())
print(re.match(r"a?+a", "a"), re.match(r"a{1,2}+a", "aaa").group())
print(re.match(r"(?>(a)|ab)c", "abc"))
