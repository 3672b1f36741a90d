# strftime and asctime in the C locale, and their range checks.
import time

t = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
for d in "aAbBcCdDeFgGhHIjklmMnprRSTuUVwWxXyY%P":
    print(d, repr(time.strftime("%" + d, t)))
print(repr(time.strftime("%Q and a trailing %", t)))
print(repr(time.strftime("%4Y|%-d|%_m|%^a|%10B|%-j|%_H", t)))
print(repr(time.strftime("", t)), repr(time.strftime("no directives", t)))
print(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1700000000)))
print(time.asctime(t))
print(time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(time.gmtime(0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))

# ISO weeks at year boundaries.
for stamp in [1609459200, 1609632000, 1640995200, 1735516800, 1704067200, 1230768000]:
    g = time.gmtime(stamp)
    print(time.strftime("%Y-%m-%d %a: %G-W%V-%u, %U/%W, %g", g))

for year in [-150, -5, 5, 99, 2024, 10000]:
    print(repr(time.strftime("%C|%Y|%y|%G|%g", (year, 1, 1, 0, 0, 0, 0, 1, 0))))

cases = [
    (2020, 13, 1, 0, 0, 0, 0, 1, 0),
    (2020, 0, 0, 0, 0, 0, 0, 0, 0),
    (2020, 1, 32, 0, 0, 0, 0, 1, 0),
    (2020, 1, 1, 24, 0, 0, 0, 1, 0),
    (2020, 1, 1, 0, 60, 0, 0, 1, 0),
    (2020, 1, 1, 0, 0, 61, 0, 1, 0),
    (2020, 1, 1, 0, 0, 62, 0, 1, 0),
    (2020, 1, 1, 0, 0, 0, -1, 1, 0),
    (2020, 1, 1, 0, 0, 0, -2, 1, 0),
    (2020, 1, 1, 0, 0, 0, 9, 1, 0),
    (2020, 1, 1, 0, 0, 0, 0, 367, 0),
    (2020, 1, 1, 0, 0, 0, 0, -1, 0),
]
for case in cases:
    try:
        print(case, repr(time.strftime("%Y-%m-%d %H:%M:%S %a %j", case)), time.asctime(case))
    except ValueError as e:
        print(case, "ValueError", e)

for call in [
    lambda: time.strftime(1),
    lambda: time.strftime("%Y", (1, 2)),
    lambda: time.strftime("%Y", 5),
    lambda: time.strftime("%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0]),
    lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, "x")),
    lambda: time.asctime((1, 2)),
    lambda: time.asctime("2020"),
    lambda: time.mktime((1, 2)),
    lambda: time.mktime(5),
    lambda: time.strftime(),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
