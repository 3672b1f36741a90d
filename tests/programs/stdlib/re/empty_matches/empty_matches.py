import re

print(re.sub("x*", "-", "abxd"))
print(re.split("x*", "axbc"))
print(re.findall("x*", "axxb"))
print([m.span() for m in re.finditer(r"\b", "ab cd")])
print(re.sub(r"(?=b)", "^", "abab"))
print(re.subn("", "|", "ab"))
print(re.split(r"(?=[A-Z])", "HelloWorldFoo"))
print(re.findall(r"(a|)", "ab"))
print(re.match(r"(a|)+", "aa").groups())
print(re.match(r"(a*)*", "aaa").groups(), re.match(r"(a*)+", "b").groups())
