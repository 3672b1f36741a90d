# localtime and mktime invert each other in whatever zone the machine is
# in; ctime is asctime of localtime.
import time

for t in [0, 86400 * 365, 1234567890, 1700000000, 951825600, 1111111111]:
    local = time.localtime(t)
    print(t, time.mktime(local) == t, time.ctime(t) == time.asctime(local),
          type(time.mktime(local)).__name__, len(local), local.tm_isdst in (0, 1))
    print(" gmtoff", local.tm_gmtoff == time.mktime(time.gmtime(t)) * 0 + local.tm_gmtoff,
          isinstance(local.tm_zone, str))
now = time.localtime()
print(abs(time.mktime(now) - time.time()) < 2)
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__)
print(type(time.tzname).__name__, len(time.tzname), all(isinstance(n, str) for n in time.tzname))
print(len(time.ctime()), len(time.asctime()))
# mktime lets fields run over, as C's mktime does.
a = time.mktime((2021, 12, 31, 12, 0, 0, 0, 0, -1))
b = time.mktime((2021, 12, 30, 36, 0, 0, 0, 0, -1))
c = time.mktime((2021, 13, 0, 12, 0, 0, 0, 0, -1))
print(a == b, a == c)
print(time.strftime("%H", time.localtime(time.mktime((2021, 6, 1, 15, 0, 0, 0, 0, -1)))))
before = (time.timezone, time.altzone, time.daylight, time.tzname)
print(time.tzset(), before == (time.timezone, time.altzone, time.daylight, time.tzname))
