import re

text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.MULTILINE))
print(re.findall(r"\w+$", text, re.M))
print(re.findall(r"\w+$", text))
print(re.search(r"line.second", text))
print(re.search(r"line.second", text, re.DOTALL).group() == "line\nsecond")
print(re.findall(r"(?m)^$", "a\n\nb\n"))
print(re.search(r"a$", "a\n").span(), re.search(r"a\Z", "a\n"))
print(re.findall(r"(?s:.)(?-s:.)?", "a\nb"))
