import re

pattern = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
print(pattern.groupindex == {"year": 1, "month": 2, "day": 3})
print(sorted(pattern.groupindex.items()))
for text in ["2023-07-04", "1999-12", "no date"]:
    m = pattern.search(text)
    if m:
        print(text, m.groupdict(), m.groupdict("??"), m.lastgroup)
    else:
        print(text, None)

m = pattern.match("2020-01-02")
print(m.group("day"), m["month"], m.span("year"))
print(m.expand(r"\g<day>/\g<month>/\g<year> (\g<0>)"))
