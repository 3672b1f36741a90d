import re

text = "alice=30, bob=25, carol=41"
print(re.findall(r"\d+", text))
print(re.findall(r"(\w+)=", text))
print(re.findall(r"(\w+)=(\d+)", text))
print(re.findall(r"(\w+)=(\d+)?x?", "a=1 b= c=3"))
print(re.findall(r"(a)|b", "abab"))
print(re.findall(r"", "abc"))
print(re.findall(r"a*?", "aa"))
print(re.findall(r"\b\w", "the quick brown fox"))
print(re.compile(r"o").findall("foo boo", 2, 6))
