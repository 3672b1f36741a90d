"""Text forms of dates and times for the `datetime` module: strftime
(the C library's codes, in the C locale), ISO 8601 parsing for the
fromisoformat constructors, and strptime."""

import re as _re

import datetime as _dt


def _iso_calendar(tt):
    import _datetime_support as _sup

    return _sup.date(tt[0], tt[1], tt[2]).isocalendar()


def _offset_text(obj, colon=False):
    offset = obj.utcoffset() if hasattr(obj, "utcoffset") else None
    if offset is None:
        return ""
    return _dt._format_offset(offset, ":" if colon else "")


def _format_time(obj, fmt, tt):
    """strftime: `obj` is the date/time/datetime, `tt` its time tuple."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    year, month, day, hour, minute, second, wday, yday = tt[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        code = fmt[i]
        i += 1
        out.append(_directive(obj, code, year, month, day, hour, minute, second, wday, yday, tt))
    return "".join(out)


def _directive(obj, code, year, month, day, hour, minute, second, wday, yday, tt):
    if code == "a":
        return _dt._DAYNAMES[wday + 1]
    if code == "A":
        return _dt._FULL_DAYNAMES[wday + 1]
    if code in "bh":
        return _dt._MONTHNAMES[month]
    if code == "B":
        return _dt._FULL_MONTHNAMES[month]
    if code == "d":
        return "%02d" % day
    if code == "e":
        return "%2d" % day
    if code == "m":
        return "%02d" % month
    if code == "y":
        return "%02d" % (year % 100)
    if code == "Y":
        return str(year)
    if code == "C":
        return "%02d" % (year // 100)
    if code == "H":
        return "%02d" % hour
    if code == "k":
        return "%2d" % hour
    if code == "I":
        return "%02d" % (hour % 12 or 12)
    if code == "l":
        return "%2d" % (hour % 12 or 12)
    if code == "p":
        return "AM" if hour < 12 else "PM"
    if code == "M":
        return "%02d" % minute
    if code == "S":
        return "%02d" % second
    if code == "f":
        return "%06d" % getattr(obj, "microsecond", 0)
    if code == "z":
        return _offset_text(obj)
    if code == "Z":
        name = obj.tzname() if hasattr(obj, "tzname") else None
        return name or ""
    if code == "j":
        return "%03d" % yday
    if code == "U":
        return "%02d" % ((yday + 6 - (wday + 1) % 7) // 7)
    if code == "W":
        return "%02d" % ((yday + 6 - wday) // 7)
    if code == "w":
        return str((wday + 1) % 7)
    if code == "u":
        return str(wday + 1)
    if code == "G":
        return str(_iso_calendar(tt)[0])
    if code == "g":
        return "%02d" % (_iso_calendar(tt)[0] % 100)
    if code == "V":
        return "%02d" % _iso_calendar(tt)[1]
    if code == "c":
        return "%s %s %2d %02d:%02d:%02d %d" % (_dt._DAYNAMES[wday + 1], _dt._MONTHNAMES[month],
                                                day, hour, minute, second, year)
    if code in "xD":
        return "%02d/%02d/%02d" % (month, day, year % 100)
    if code in "XT":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if code == "R":
        return "%02d:%02d" % (hour, minute)
    if code == "F":
        return "%d-%02d-%02d" % (year, month, day)
    if code == "n":
        return "\n"
    if code == "t":
        return "\t"
    if code == "%":
        return "%"
    return "%" + code


_FRACTION_CORRECTION = [100000, 10000, 1000, 100, 10]


def _digits(text):
    if not text or not all("0" <= c <= "9" for c in text):
        raise ValueError("expected digits")
    return int(text)


def _isoweek_to_gregorian(year, week, day):
    import _datetime_support as _sup

    d = _sup.date.fromisocalendar(year, week, day)
    return d.year, d.month, d.day


def _parse_isoformat_date(dtstr):
    if len(dtstr) not in (7, 8, 10):
        raise ValueError("invalid date length")
    year = _digits(dtstr[0:4])
    has_sep = dtstr[4] == "-"
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == "W":
        pos += 1
        weekno = _digits(dtstr[pos:pos + 2])
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == "-") != has_sep:
                raise ValueError("Inconsistent use of dash separator")
            pos += has_sep
            dayno = _digits(dtstr[pos:pos + 1])
        return list(_isoweek_to_gregorian(year, weekno, dayno))
    month = _digits(dtstr[pos:pos + 2])
    pos += 2
    if (dtstr[pos:pos + 1] == "-") != has_sep:
        raise ValueError("Inconsistent use of dash separator")
    pos += has_sep
    day = _digits(dtstr[pos:pos + 2])
    if pos + 2 != len(dtstr):
        raise ValueError("trailing characters")
    return [year, month, day]


def _parse_hh_mm_ss_ff(tstr):
    len_str = len(tstr)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(0, 3):
        if (len_str - pos) < 2:
            raise ValueError("Incomplete time component")
        comps[comp] = _digits(tstr[pos:pos + 2])
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ":"
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ":":
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < len_str:
        if tstr[pos] not in ".,":
            raise ValueError("Invalid microsecond component")
        pos += 1
        remainder = len_str - pos
        to_parse = 6 if remainder >= 6 else remainder
        comps[3] = _digits(tstr[pos:pos + to_parse])
        if to_parse < 6:
            comps[3] *= _FRACTION_CORRECTION[to_parse - 1]
        if remainder > to_parse and not all("0" <= c <= "9" for c in tstr[pos + to_parse:]):
            raise ValueError("Non-digit values in unparsed fraction")
    return comps


def _parse_isoformat_time(tstr):
    len_str = len(tstr)
    if len_str < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = tstr.find("-") + 1 or tstr.find("+") + 1 or tstr.find("Z") + 1
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == len_str and tstr[-1] == "Z":
        tzi = _dt.timezone.utc
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError("Malformed time zone string")
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if all(x == 0 for x in tz_comps):
            tzi = _dt.timezone.utc
        else:
            sign = -1 if tstr[tz_pos - 1] == "-" else 1
            delta = _dt.timedelta(hours=tz_comps[0], minutes=tz_comps[1],
                                  seconds=tz_comps[2], microseconds=tz_comps[3])
            tzi = _dt.timezone(sign * delta)
    comps.append(tzi)
    return comps


def _names(values):
    return "(?P<%s>" + "|".join(_re.escape(v) for v in sorted(values, key=len, reverse=True)
                                if v) + ")"


_STRPTIME_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": _names(_dt._FULL_DAYNAMES[1:]) % "A",
    "a": _names(_dt._DAYNAMES[1:]) % "a",
    "B": _names(_dt._FULL_MONTHNAMES[1:]) % "B",
    "b": _names(_dt._MONTHNAMES[1:]) % "b",
    "p": r"(?P<p>am|pm)",
    "Z": r"(?P<Z>utc|gmt)",
    "%": "%",
}
_STRPTIME_PATTERNS["W"] = _STRPTIME_PATTERNS["U"].replace("U", "W")


def _strptime_regex(fmt):
    out = []
    seen = set()
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            code = fmt[i + 1]
            if code not in _STRPTIME_PATTERNS:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
            pattern = _STRPTIME_PATTERNS[code]
            if code in seen and code != "%":
                pattern = "(?P=%s)" % code
            seen.add(code)
            out.append(pattern)
            i += 2
        elif ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(_re.escape(ch))
            i += 1
    return _re.compile("".join(out), _re.IGNORECASE)


def _strptime(cls, data_string, fmt):
    for value, name in ((data_string, "strptime() argument 1"), (fmt, "strptime() argument 2")):
        if not isinstance(value, str):
            raise TypeError("%s must be str, not %s" % (name, type(value).__name__))
    found = _strptime_regex(fmt).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, fmt))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    julian = None
    weekday = None
    if g.get("y") is not None:
        year = int(g["y"])
        year += 1900 if year >= 69 else 2000
    if g.get("Y") is not None:
        year = int(g["Y"])
    if g.get("m") is not None:
        month = int(g["m"])
    if g.get("B") is not None:
        month = [m.lower() if m else m for m in _dt._FULL_MONTHNAMES].index(g["B"].lower())
    if g.get("b") is not None:
        month = [m.lower() if m else m for m in _dt._MONTHNAMES].index(g["b"].lower())
    if g.get("d") is not None:
        day = int(g["d"])
    if g.get("H") is not None:
        hour = int(g["H"])
    if g.get("I") is not None:
        hour = int(g["I"])
        ampm = (g.get("p") or "").lower()
        if ampm in ("", "am"):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        s = g["f"]
        fraction = int(s + "0" * (6 - len(s)))
    if g.get("j") is not None:
        julian = int(g["j"])
    if g.get("z") is not None:
        z = g["z"]
        if z == "Z":
            tz = _dt.timezone.utc
        else:
            if z[3] == ":":
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ":":
                        raise ValueError(f"Inconsistent use of : in {g['z']}")
                    z = z[:5] + z[6:]
            hours = int(z[1:3])
            minutes = int(z[3:5])
            seconds = int(z[5:7] or 0)
            micro = z[8:]
            micro = int(micro + "0" * (6 - len(micro))) if micro else 0
            offset = _dt.timedelta(hours=hours, minutes=minutes, seconds=seconds,
                                   microseconds=micro)
            if z.startswith("-"):
                offset = -offset
            tz = _dt.timezone(offset)
    if julian is not None:
        import _datetime_support as _sup

        d = _sup.date.fromordinal(julian - 1 + _sup.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if month == 2 and day == 29 and g.get("Y") is None and g.get("y") is None:
        year = 1904
    args = (year, month, day, hour, minute, second, fraction)
    if tz is not None:
        return cls(*args, tzinfo=tz)
    return cls(*args)
