# datetime: datetimes and times, timezones, aware/naive rules,
# isoformat/fromisoformat, strftime/strptime, combine, astimezone between
# fixed offsets, timestamps in UTC, and the errors.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

dt = datetime(2024, 3, 10, 14, 5, 9, 1500)
print(repr(dt), dt, repr(datetime(2024, 3, 10)), repr(datetime(2024, 3, 10, 0, 0, 5)))
print(dt.isoformat(), dt.isoformat(" ", "minutes"), dt.isoformat(timespec="milliseconds"), dt.date(), dt.time())
print(dt + timedelta(hours=12), dt - timedelta(days=10), datetime(2024, 3, 11) - dt, dt.weekday(), dt.timetuple()[:9])
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %I%p %j %c"), dt.ctime(), f"{dt:%H:%M}")
print(dt.replace(year=2000, microsecond=0), datetime.combine(date(2020, 1, 2), time(3, 4)), datetime.min, datetime.max)
t = time(9, 30)
print(repr(t), t, repr(time(9, 30, 15, 20)), time(9, 30).isoformat("hours"), time(23, 59, 59, 999999), t.strftime("%H.%M %p"))
print(time.fromisoformat("04:23:01.000384"), time.fromisoformat("T0423"), time(1) < time(2), time.min, time.max)

utc = timezone.utc
plus = timezone(timedelta(hours=5, minutes=30))
named = timezone(timedelta(hours=-8), "PST")
print(repr(utc), repr(plus), repr(named), utc, plus, named, timezone(timedelta(0)) is utc, timezone.min, timezone.max)
aware = datetime(2024, 1, 1, 12, tzinfo=utc)
print(repr(aware), aware, aware.astimezone(plus), aware.astimezone(named), aware.utcoffset(), aware.tzname(), aware.dst())
print(aware == aware.astimezone(plus), aware.astimezone(plus) - aware, aware.timestamp(), datetime.fromtimestamp(0, utc))
print(datetime.utcfromtimestamp(86400.5), datetime.fromtimestamp(1700000000, plus), aware.timetz(), aware.time())
print(aware.strftime("%z %Z"), datetime(2024, 1, 1, tzinfo=named).strftime("%z|%Z"), dt.strftime("[%z][%Z]"))
print(datetime.fromisoformat("2011-11-04T00:05:23Z"), datetime.fromisoformat("2011-11-04 00:05:23.283+05:30"))
print(repr(datetime.fromisoformat("20111104T000523")), repr(datetime.fromisoformat("2011-11-04")), datetime.fromisoformat("2011-W01-2T12:30"))
print(datetime.strptime("2023-07-04 15:30:45", "%Y-%m-%d %H:%M:%S"), datetime.strptime("4 Jul 23 3pm", "%d %b %y %I%p"))
print(repr(datetime.strptime("12/31/1999 23:59 +0100", "%m/%d/%Y %H:%M %z")), datetime.strptime("2020 100", "%Y %j"))
print(hash(aware) == hash(aware.astimezone(plus)), {aware: 1}[aware.astimezone(named)], dt == dt.date(), dt.date() == dt)


class Fixed(tzinfo):
    def __init__(self, hours):
        self.delta = timedelta(hours=hours)

    def utcoffset(self, dt):
        return self.delta

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "Fixed%+d" % (self.delta.total_seconds() // 3600)


custom = datetime(2024, 6, 1, 8, tzinfo=Fixed(2))
print(custom, custom.tzname(), custom.astimezone(utc), utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)))
for bad in [lambda: datetime(2024, 1, 1) < aware, lambda: datetime(2024, 1, 1) - aware, lambda: dt < dt.date(),
            lambda: time(24), lambda: datetime(2024, 1, 1, 12, 60), lambda: timezone(timedelta(hours=24)),
            lambda: timezone(5), lambda: datetime.fromisoformat("2024-01-01T25:00"), lambda: datetime(2024, 1, 1, tzinfo=5),
            lambda: datetime.strptime("2023-13-01", "%Y-%m-%d"), lambda: datetime.strptime("2023-01-01x", "%Y-%m-%d"),
            lambda: datetime.strptime("2023", "%Q"), lambda: dt.isoformat(timespec="days"), lambda: tzinfo().utcoffset(None)]:
    try:
        bad()
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
print(datetime(2024, 1, 1) == aware, datetime(2024, 1, 1) != aware)
