# gmtime and struct_time: fields, sequence behaviour, comparisons, repr.
import time

for t in [0, 1, -1, 86399, 951782400, 1709211909.9, -1.5, 2**31, 253402300799, -62135596800]:
    g = time.gmtime(t)
    print(t, g)
g = time.gmtime(1234567890)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
print(g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(len(g), g[0], g[-1], g[2:5], g[::3], list(g), tuple(g))
year, month, day, *rest = g
print(year, month, day, rest)
print(g == tuple(g), tuple(g) == g, g != g, g == time.gmtime(1234567890))
print(g < time.gmtime(1234567891), g > (2009, 2, 13), 2009 in g)
print(hash(g) == hash(tuple(g)))
print(type(g).__name__, time.struct_time.__module__, time.struct_time.n_fields,
      time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
s = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, -1))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time([2020, 5, 17, 10, 30, 0, 6, 138, 0, "XYZ", 3600])
print(s.tm_zone, s.tm_gmtoff, len(s), s[-1])
for seq in [(1, 2), range(12), 5]:
    try:
        time.struct_time(seq)
    except TypeError as e:
        print("TypeError", e)
try:
    g.tm_year = 5
except AttributeError as e:
    print("AttributeError")
try:
    g[9]
except IndexError as e:
    print("IndexError", e)

# Every day of a leap year and the days around it convert and come back.
start = 1704067200  # 2024-01-01
ok = True
for day in range(-3, 370):
    g = time.gmtime(start + day * 86400 + 43200)
    if time.strftime("%Y-%m-%d", g) != "%04d-%02d-%02d" % (g.tm_year, g.tm_mon, g.tm_mday):
        ok = False
    if day >= 0 and day < 366 and g.tm_yday != day + 1:
        ok = False
print("2024 days", ok, time.gmtime(start + 365 * 86400)[:3])

for bad in ["x", float("nan"), 1e30, 2**70, None]:
    try:
        print(time.gmtime(bad)[0] > 2000)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
