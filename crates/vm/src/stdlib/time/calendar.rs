//! Dates in the proleptic Gregorian calendar: seconds since the epoch to
//! broken-down fields and back, and `strftime`/`asctime` text in the C
//! locale, as glibc writes it.
//!
//! Fields use Python's conventions throughout: months 1–12, weekdays 0
//! (Monday) to 6, days of the year from 1.

use pyrite_objects::{PyErr, PyResult};

/// A date and time broken into fields (`struct_time`'s nine, and the zone).
#[derive(Clone, Debug, Default)]
pub(super) struct BrokenDown {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    /// The zone's abbreviation (`tm_zone`), or empty when unknown.
    pub zone: String,
    /// Seconds east of UTC (`tm_gmtoff`).
    pub gmtoff: i64,
}

const SECONDS_PER_DAY: i64 = 86_400;

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub(super) fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days from 1970-01-01 to `year`-`mon`-`mday`; months outside 1–12 and
/// days outside the month carry into the neighbouring ones.
pub(super) fn days_from_civil(year: i64, mon: i64, mday: i64) -> i64 {
    // Normalise the month into 1..=12, carrying whole years.
    let year = year + (mon - 1).div_euclid(12);
    let mon = (mon - 1).rem_euclid(12) + 1;
    // Count from 1 March of year 0, so the leap day ends each year:
    // a 400-year era has 146097 days.
    let y = if mon <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400);
    let month_from_march = (mon + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era + (mday - 1) - 719_468
}

/// The (year, month, day) of the day `days` after 1970-01-01.
pub(super) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let mday = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let mon = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(mon <= 2);
    (year, mon, mday)
}

/// The fields of `secs` since the epoch at `utoff` seconds east of UTC,
/// or `None` when the year does not fit a C `int`.
pub(super) fn broken_down(secs: i64, utoff: i64, isdst: i64, zone: &str) -> Option<BrokenDown> {
    let local = secs.checked_add(utoff)?;
    let days = local.div_euclid(SECONDS_PER_DAY);
    let rest = local.rem_euclid(SECONDS_PER_DAY);
    let (year, mon, mday) = civil_from_days(days);
    if i32::try_from(year - 1900).is_err() {
        return None;
    }
    Some(BrokenDown {
        year,
        mon,
        mday,
        hour: rest / 3600,
        min: rest % 3600 / 60,
        sec: rest % 60,
        // 1970-01-01 was a Thursday (3).
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst,
        zone: zone.to_string(),
        gmtoff: utoff,
    })
}

/// The wall-clock fields of `tm` as seconds since the epoch, as if in UTC
/// (out-of-range fields carry, as C's `mktime` allows).
pub(super) fn seconds_of(tm: &BrokenDown) -> i64 {
    let days = days_from_civil(tm.year, tm.mon, 1) + tm.mday - 1;
    days * SECONDS_PER_DAY + tm.hour * 3600 + tm.min * 60 + tm.sec
}

/// CPython's range checks of a time tuple for `asctime` and `strftime`:
/// a 0 month, day or day of the year reads as the first; the weekday is
/// taken modulo 7 the way C's `%` does.
pub(super) fn check(tm: &mut BrokenDown) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    } else if !(1..=12).contains(&tm.mon) {
        return Err(PyErr::value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(PyErr::value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(PyErr::value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(PyErr::value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(PyErr::value_error("seconds out of range"));
    }
    // C's weekday counts from Sunday; its `%` keeps the dividend's sign.
    let c_wday = (tm.wday + 1) % 7;
    if c_wday < 0 {
        return Err(PyErr::value_error("day of week out of range"));
    }
    tm.wday = (c_wday + 6) % 7;
    if tm.yday == 0 {
        tm.yday = 1;
    } else if !(1..=366).contains(&tm.yday) {
        return Err(PyErr::value_error("day of year out of range"));
    }
    Ok(())
}

/// `check`, then `tm_isdst` clamped to -1..=1, as `strftime` does.
pub(super) fn normalise_for_strftime(tm: &mut BrokenDown) -> PyResult<()> {
    check(tm)?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(())
}

/// `asctime`'s text: `'Thu Jan  1 00:00:00 1970'`.
pub(super) fn asctime(tm: &BrokenDown) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &WEEKDAYS[tm.wday.rem_euclid(7) as usize][..3],
        &MONTHS[(tm.mon - 1).rem_euclid(12) as usize][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// The ISO 8601 (year, week) of `tm` (`%G`, `%V`).
fn iso_week(tm: &BrokenDown) -> (i64, i64) {
    // Days since the Monday of week 1 (the week with the year's first
    // Thursday), counted from a 0-based day of the year and a weekday
    // counted from Monday.
    fn days_into_iso_year(yday0: i64, wday: i64) -> i64 {
        let monday_of_week = yday0 - wday;
        // The Monday of week 1 falls within -3..=3.
        let week1_monday = (monday_of_week + 3).rem_euclid(7) - 3;
        yday0 - week1_monday
    }
    let yday0 = tm.yday - 1;
    let wday = tm.wday.rem_euclid(7);
    let mut year = tm.year;
    let mut days = days_into_iso_year(yday0, wday);
    if days < 0 {
        year -= 1;
        let previous = if is_leap(year) { 366 } else { 365 };
        days = days_into_iso_year(yday0 + previous, wday);
    } else {
        let length = if is_leap(year) { 366 } else { 365 };
        let next = days_into_iso_year(yday0 - length, wday);
        if next >= 0 {
            year += 1;
            days = next;
        }
    }
    (year, days / 7 + 1)
}

/// How a `strftime` directive pads a number.
#[derive(Clone, Copy, PartialEq)]
enum Pad {
    Zero,
    Space,
    None,
}

/// `strftime(format, tm)` in the C locale, as glibc formats it: unknown
/// directives are kept as written; the flags `-`, `_`, `0` and `^` and a
/// field width are honoured.
pub(super) fn strftime(format: &str, tm: &BrokenDown) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::from("%");
        let mut pad = None;
        let mut upper = false;
        while let Some(&f) = chars.peek() {
            match f {
                '-' => pad = Some(Pad::None),
                '_' => pad = Some(Pad::Space),
                '0' => pad = Some(Pad::Zero),
                '^' => upper = true,
                '#' => {}
                _ => break,
            }
            spec.push(f);
            chars.next();
        }
        let mut width = None;
        while let Some(&d) = chars.peek() {
            let Some(v) = d.to_digit(10) else { break };
            width = Some(width.unwrap_or(0) * 10 + v as usize);
            spec.push(d);
            chars.next();
        }
        if let Some(&m) = chars.peek() {
            if m == 'E' || m == 'O' {
                spec.push(m);
                chars.next();
            }
        }
        let Some(directive) = chars.next() else {
            out.push_str(&spec);
            break;
        };
        match expand(directive, tm) {
            Some(Field::Number(n, digits, default_pad)) => {
                let pad = pad.unwrap_or(default_pad);
                let width = width.unwrap_or(digits);
                let text = n.abs().to_string();
                let sign = if n < 0 { "-" } else { "" };
                let fill = width.saturating_sub(text.len() + sign.len());
                match pad {
                    Pad::Zero => {
                        out.push_str(sign);
                        out.extend(std::iter::repeat_n('0', fill));
                    }
                    Pad::Space => {
                        out.extend(std::iter::repeat_n(' ', fill));
                        out.push_str(sign);
                    }
                    Pad::None => out.push_str(sign),
                }
                out.push_str(&text);
            }
            Some(Field::Text(text)) => {
                let text = if upper { text.to_uppercase() } else { text };
                if let Some(w) = width {
                    let fill = w.saturating_sub(text.chars().count());
                    let ch = if pad == Some(Pad::Zero) { '0' } else { ' ' };
                    out.extend(std::iter::repeat_n(ch, fill));
                }
                out.push_str(&text);
            }
            None => {
                out.push_str(&spec);
                out.push(directive);
            }
        }
    }
    out
}

/// What one directive stands for.
enum Field {
    /// A number with its usual width and padding.
    Number(i64, usize, Pad),
    Text(String),
}

fn expand(directive: char, tm: &BrokenDown) -> Option<Field> {
    let weekday = WEEKDAYS[tm.wday.rem_euclid(7) as usize];
    let month = MONTHS[(tm.mon - 1).rem_euclid(12) as usize];
    let hour12 = match tm.hour % 12 {
        0 => 12,
        h => h,
    };
    let am_pm = if tm.hour < 12 { "AM" } else { "PM" };
    let sunday_based = (tm.wday + 1).rem_euclid(7);
    let text = |s: String| Some(Field::Text(s));
    let zero = |n: i64, digits: usize| Some(Field::Number(n, digits, Pad::Zero));
    match directive {
        'a' => text(weekday[..3].to_string()),
        'A' => text(weekday.to_string()),
        'b' | 'h' => text(month[..3].to_string()),
        'B' => text(month.to_string()),
        'c' => text(strftime("%a %b %e %H:%M:%S %Y", tm)),
        // glibc writes year-like numbers without padding.
        'C' => Some(Field::Number(tm.year.div_euclid(100), 1, Pad::Zero)),
        'd' => zero(tm.mday, 2),
        'D' | 'x' => text(strftime("%m/%d/%y", tm)),
        'e' => Some(Field::Number(tm.mday, 2, Pad::Space)),
        'F' => text(strftime("%Y-%m-%d", tm)),
        'g' => zero(iso_week(tm).0.rem_euclid(100), 2),
        'G' => Some(Field::Number(iso_week(tm).0, 1, Pad::Zero)),
        'H' => zero(tm.hour, 2),
        'I' => zero(hour12, 2),
        'j' => zero(tm.yday, 3),
        'k' => Some(Field::Number(tm.hour, 2, Pad::Space)),
        'l' => Some(Field::Number(hour12, 2, Pad::Space)),
        'm' => zero(tm.mon, 2),
        'M' => zero(tm.min, 2),
        'n' => text("\n".to_string()),
        'p' => text(am_pm.to_string()),
        'P' => text(am_pm.to_lowercase()),
        'r' => text(strftime("%I:%M:%S %p", tm)),
        'R' => text(strftime("%H:%M", tm)),
        's' => Some(Field::Number(seconds_of(tm) - tm.gmtoff, 1, Pad::Zero)),
        'S' => zero(tm.sec, 2),
        't' => text("\t".to_string()),
        'T' | 'X' => text(strftime("%H:%M:%S", tm)),
        'u' => Some(Field::Number(tm.wday.rem_euclid(7) + 1, 1, Pad::Zero)),
        'U' => zero((tm.yday - 1 + 7 - sunday_based) / 7, 2),
        'V' => zero(iso_week(tm).1, 2),
        'w' => Some(Field::Number(sunday_based, 1, Pad::Zero)),
        'W' => zero((tm.yday - 1 + 7 - tm.wday.rem_euclid(7)) / 7, 2),
        'y' => zero(tm.year.rem_euclid(100), 2),
        'Y' => Some(Field::Number(tm.year, 1, Pad::Zero)),
        'z' => {
            let sign = if tm.gmtoff < 0 { '-' } else { '+' };
            let off = tm.gmtoff.abs() / 60;
            text(format!("{sign}{:02}{:02}", off / 60, off % 60))
        }
        'Z' => text(tm.zone.clone()),
        '%' => text("%".to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [-719_468, -1, 0, 1, 59, 10_956, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(days_from_civil(2024, 14, 1), days_from_civil(2025, 2, 1));
    }

    #[test]
    fn iso_weeks_at_year_ends() {
        // 2021-01-03 is in week 53 of 2020; 2024-12-30 in week 1 of 2025.
        for (secs, expected) in [(1_609_632_000, (2020, 53)), (1_735_516_800, (2025, 1))] {
            let tm = broken_down(secs, 0, 0, "UTC").expect("in range");
            assert_eq!(iso_week(&tm), expected);
        }
    }
}
