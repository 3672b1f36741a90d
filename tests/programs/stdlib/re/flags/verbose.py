import re

number = re.compile(r"""
    (?P<sign>[-+])?      # optional sign
    (?P<int>\d+)         # integer part
    (?:\.(?P<frac>\d*))? # fraction
    (?:[eE](?P<exp>[-+]?\d+))?
""", re.VERBOSE)
for s in ["42", "-3.14", "+6.02e23", "1e-9", "x"]:
    m = number.fullmatch(s)
    print(s, m.groupdict() if m else None)

print(re.findall(r"(?x) a \  b [ ]c \# d", "a bc# d a b c"))
print(re.match(r"(?x)a#comment\nb", "ab").group())
