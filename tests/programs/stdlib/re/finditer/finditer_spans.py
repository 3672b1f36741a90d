import re

for m in re.finditer(r"\b(\w)(\w*)\b", "the quick fox"):
    print(m.span(), m.group(1).upper() + m.group(2))

it = re.finditer(r"\d", "a1b2")
print(type(next(it)).__name__)
print([m.start() for m in re.finditer("", "abc")])
print([m.group() for m in re.finditer(r"x*", "axxb")])
print(sum(1 for _ in re.finditer("a", "banana")))
