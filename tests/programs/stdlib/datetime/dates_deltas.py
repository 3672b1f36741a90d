# datetime: timedelta normalisation, str/repr and arithmetic; date
# construction, ordinals, weekdays, ISO calendar, arithmetic,
# comparisons, formatting and parsing; the errors.
from datetime import date, timedelta, MINYEAR, MAXYEAR

d = timedelta(days=1, hours=25, minutes=-30, seconds=3.5, milliseconds=250, microseconds=7)
print(repr(d), d, d.days, d.seconds, d.microseconds, d.total_seconds())
print(repr(timedelta()), repr(timedelta(seconds=-1)), timedelta(seconds=-1), timedelta(weeks=2, minutes=1.5))
print(timedelta(hours=1) * 2.5, timedelta(hours=1) / 3, timedelta(hours=3) / timedelta(minutes=45))
print(timedelta(hours=3) // timedelta(minutes=45), timedelta(hours=3) % timedelta(minutes=45), divmod(timedelta(hours=3), timedelta(minutes=50)))
print(-timedelta(days=1, seconds=5), abs(timedelta(days=-2)), timedelta(days=2) // 3, 3 * timedelta(microseconds=5))
print(timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2, timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6))
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) > timedelta(0, 86399), bool(timedelta(0)), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(timedelta.max, timedelta.min, timedelta.resolution)

day = date(2024, 2, 29)
print(repr(day), day, day.year, day.month, day.day, day.weekday(), day.isoweekday(), day.toordinal())
print(day.isocalendar(), day.isocalendar().week, date(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar())
print(day + timedelta(days=1), day - timedelta(days=60), date(2025, 1, 1) - day, day.replace(day=1))
print(date.fromordinal(1), date.fromordinal(738000), date.fromisoformat("2023-07-04"), date.fromisoformat("20230704"))
print(date.fromisoformat("2023-W01-1"), date.fromisocalendar(2020, 53, 7), day.ctime(), day.timetuple()[:8])
print(day.strftime("%A %d %B %Y | %a %b %j %U %W %w %u %G-W%V | %x %c %% %y %m"))
print(f"{day:%Y/%m/%d}", format(day), "{:%d.%m}".format(day))
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), sorted([date(2020, 5, 1), date(2019, 1, 1)]))
print({date(2020, 1, 1): 1}[date(2020, 1, 1)], date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
for bad in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: date("2020", 1, 1),
            lambda: date.fromisoformat("2023-7-4"), lambda: date.fromordinal(0), lambda: date.max + timedelta(1),
            lambda: timedelta(days=10 ** 9), lambda: date.fromisocalendar(2021, 53, 1),
            lambda: timedelta(days="1")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
