import re

a = re.compile("abc+")
b = re.compile("abc+")
print(a == b, a.pattern == b.pattern)
re.purge()
c = re.compile("abc+")
print(c == a, c.search("xxabccc").group())
for i in range(600):
    re.match("x%d" % i, "x%d" % i)
print(re.match("x599", "x599").group())
re.purge()
print(re.fullmatch("[0-9a-f]+", "deadbeef") is not None)
