import re

html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.*>", html))
print(re.findall(r"<.*?>", html))
print(re.match(r"a{2,4}", "aaaaa").group(), re.match(r"a{2,4}?", "aaaaa").group())
print(re.match(r"a{,2}", "aaa").group(), re.match(r"a{2,}", "aaaa").group())
print(re.match(r"(a+?)(a*)", "aaaa").groups())
print(re.match(r"(a*)(a+)", "aaaa").groups())
print(re.match(r"(ab)*?c", "ababc").groups())
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"x{}", "x{}"))
print(re.match(r"(?:a|ab)(?:c|bcd)(d*)", "abcd").group(0, 1))
