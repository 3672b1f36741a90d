import re

print(re.split(r"\s+", "  leading and   trailing  "))
print(re.split(r"[,;]\s*", "a, b;c,d"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "hi there"))
print(re.split(r"^", "a\nb\nc", flags=re.M))
print(re.split("z", "abc"))
print(re.split(r"\W+", "Words, words, words."))
print(re.compile(r"\d").split("a1b2c3", 1))
