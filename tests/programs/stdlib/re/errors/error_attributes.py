import re

try:
    re.compile("ab\n(cd")
except re.error as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, Exception))
    print(repr(e.msg), repr(e.pattern), e.pos, e.lineno, e.colno)
    print(e.args)

try:
    re.compile("(?<=a*)b")
except re.error as e:
    print(e.msg, e.pos, e.lineno)

try:
    re.compile(b"[b-a]")
except re.error as e:
    print(e, e.pattern)

print(re.error.__name__, re.error.__mro__[1].__name__)
err = re.error("custom", "pattern", 3)
print(err, err.colno)
