import re

print(re.findall(r"\w+(?=!)", "hey! you! there"))
print(re.findall(r"\b\w+\b(?!\.)", "one. two three."))
password = re.compile(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$")
for pw in ["Passw0rdX", "password1", "SHORT1a", "NoDigitsHere"]:
    print(pw, bool(password.match(pw)))
# Groups captured inside a lookahead are kept.
m = re.match(r"(?=(\w+))\w", "abc")
print(m.group(0), m.group(1))
# A negative lookahead leaves no captures behind.
print(re.match(r"(?!(a)x)(\w)", "ab").groups())
print(re.sub(r"(?=(\d{3})+$)", ",", "1234567"))
