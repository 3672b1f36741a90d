import re

for make in (lambda: re.Pattern("a", 0), lambda: re.Match()):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
p = re.compile("a+")
print(type(p) is re.Pattern, isinstance(re.match("a", "a"), re.Match))
print(re.__version__, sorted(n for n in re.__all__ if n.isupper()))
print(re.template("a") == re.compile("a", re.TEMPLATE))
