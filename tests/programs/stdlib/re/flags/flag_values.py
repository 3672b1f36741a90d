import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.IGNORECASE | re.DOTALL | re.VERBOSE)
print(int(re.I), int(re.M | re.S), re.I == 2, re.I | 2)
print(repr(re.ASCII), str(re.I | re.M), f"{re.M}")
print(type(re.I).__name__, isinstance(re.I, int))
print(re.compile("a", re.I | re.M))
print(re.compile("a").flags, re.compile("(?i)a").flags, re.compile(b"a").flags)
print(re.compile("a", re.A).flags, re.compile(r"(?x) a").flags)
print(re.compile("ab+", re.I | re.S))
print(re.compile(b"x+"), re.compile("x", re.U))
