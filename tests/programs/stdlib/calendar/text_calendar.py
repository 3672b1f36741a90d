# calendar: leap years, weekdays, month ranges, month/year text layouts,
# Calendar iteration with another first weekday, names, timegm, errors.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 2, 29))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.month(2023, 9, w=3, l=1))
calendar.prmonth(2025, 6)
print(calendar.calendar(2024))
print(calendar.TextCalendar(firstweekday=6).formatmonth(2024, 3))
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(list(cal.iterweekdays()), cal.monthdayscalendar(2024, 2)[0], cal.monthdatescalendar(2024, 2)[0][0])
print(list(cal.itermonthdays2(2024, 2))[:3], list(cal.itermonthdays3(2024, 2))[:2], len(cal.yeardayscalendar(2024)))
print(list(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[3], calendar.day_name[-1])
print(calendar.weekheader(2), calendar.weekheader(9), calendar.firstweekday(), calendar.timegm((2024, 1, 1, 12, 0, 0)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
calendar.setfirstweekday(0)
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7), lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
