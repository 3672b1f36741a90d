import re

print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.split(r"(?P<op>[+*/-])", "1+2*3-4"))
print(re.split(r"(\s)(\s)?", "a b  c"))
