//! The system's time zone, as the C library finds it: `TZ` names a zone
//! file under `/usr/share/zoneinfo` (or is a path, after an optional
//! `:`), or is itself a POSIX rule like `EST5EDT,M3.2.0,M11.1.0`; without
//! `TZ`, `/etc/localtime`. A zone file is TZif: a table of transitions
//! and, from version 2 on, a POSIX rule for times after the last one.
//! Whatever cannot be read or understood counts as UTC.
//!
//! The zone is read once per value of `TZ` in the process (CPython reads
//! it at import and on `time.tzset()`), and shared: it never changes once
//! read.

use std::sync::{Arc, Mutex};

/// The last zone read, and the `TZ` it was read for.
static SYSTEM: Mutex<Option<(Option<String>, Arc<Zone>)>> = Mutex::new(None);

/// One kind of local time: its offset, whether it is daylight saving
/// time, and its abbreviation.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LocalKind {
    /// Seconds east of UTC.
    pub utoff: i64,
    pub isdst: bool,
    pub abbr: String,
}

impl LocalKind {
    fn utc() -> LocalKind {
        LocalKind {
            utoff: 0,
            isdst: false,
            abbr: "UTC".to_string(),
        }
    }
}

/// A day a POSIX rule switches on.
#[derive(Clone, Copy, Debug)]
enum RuleDay {
    /// `Jn`: day 1–365, never counting 29 February.
    Julian(i64),
    /// `n`: day 0–365, counting 29 February.
    Ordinal(i64),
    /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
    MonthWeek(i64, i64, i64),
}

/// A switch between standard and summer time: the day, and the local
/// time of day in seconds.
type Switch = (RuleDay, i64);

/// A POSIX `TZ` rule.
#[derive(Clone, Debug)]
struct Rule {
    standard: LocalKind,
    /// Daylight saving time, and the switches into and out of it.
    daylight: Option<(LocalKind, Switch, Switch)>,
}

/// A time zone.
#[derive(Clone, Debug)]
pub(super) struct Zone {
    /// Transition times (UTC seconds) and the kind in force from each.
    transitions: Vec<(i64, usize)>,
    kinds: Vec<LocalKind>,
    /// For times after the last transition (or all times, without any).
    rule: Option<Rule>,
}

impl Zone {
    fn utc() -> Zone {
        Zone {
            transitions: Vec::new(),
            kinds: vec![LocalKind::utc()],
            rule: None,
        }
    }

    /// The zone of this process (read again only when `TZ` changed).
    pub(super) fn system() -> Arc<Zone> {
        let tz = std::env::var("TZ").ok();
        // A poisoned lock only means a reader panicked; the cache is
        // replaced whole, so it is never half-written.
        let mut cache = SYSTEM.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((cached_tz, zone)) = cache.as_ref() {
            if *cached_tz == tz {
                return zone.clone();
            }
        }
        let zone = Arc::new(Zone::read(tz.as_deref()));
        *cache = Some((tz, zone.clone()));
        zone
    }

    /// The zone `TZ` names (`None`: `TZ` is not set).
    fn read(tz: Option<&str>) -> Zone {
        let spec = match tz {
            None => return read_file("/etc/localtime").unwrap_or_else(Zone::utc),
            Some("") => return Zone::utc(),
            Some(s) => s.strip_prefix(':').unwrap_or(s),
        };
        let path = if spec.starts_with('/') {
            spec.to_string()
        } else {
            format!("/usr/share/zoneinfo/{spec}")
        };
        if !spec.contains("..") {
            if let Some(zone) = read_file(&path) {
                return zone;
            }
        }
        match parse_rule(spec) {
            Some(rule) => Zone {
                transitions: Vec::new(),
                kinds: vec![rule.standard.clone()],
                rule: Some(rule),
            },
            None => Zone::utc(),
        }
    }

    /// The kind of local time at `secs` since the epoch.
    pub(super) fn local(&self, secs: i64) -> LocalKind {
        let after_last = self.transitions.last().is_none_or(|(t, _)| secs >= *t);
        if after_last {
            if let Some(rule) = &self.rule {
                return rule.local(secs);
            }
        }
        let i = self.transitions.partition_point(|(t, _)| *t <= secs);
        let kind = match i {
            // Before the first transition: the first standard-time kind.
            0 => self.kinds.iter().position(|k| !k.isdst).unwrap_or(0),
            _ => self.transitions[i - 1].1,
        };
        self.kinds.get(kind).cloned().unwrap_or_else(LocalKind::utc)
    }

    /// `time.timezone`, `time.altzone`, `time.daylight` and `time.tzname`
    /// for the year around `now`, from its January and July, as CPython
    /// computes them.
    pub(super) fn summary(&self, now: i64) -> (i64, i64, bool, [String; 2]) {
        let year = super::calendar::civil_from_days(now.div_euclid(86_400)).0;
        let at = |mon| super::calendar::days_from_civil(year, mon, 1) * 86_400;
        let january = self.local(at(1));
        let july = self.local(at(7));
        // In the southern hemisphere July is standard time.
        let (standard, summer) = if january.utoff < july.utoff {
            (january, july)
        } else {
            (july, january)
        };
        let daylight = standard.utoff != summer.utoff;
        (
            -standard.utoff,
            -summer.utoff,
            daylight,
            [standard.abbr, summer.abbr],
        )
    }
}

impl Rule {
    fn local(&self, secs: i64) -> LocalKind {
        let Some((daylight, (start_day, start_time), (end_day, end_time))) = &self.daylight else {
            return self.standard.clone();
        };
        let local_days = (secs + self.standard.utoff).div_euclid(86_400);
        let year = super::calendar::civil_from_days(local_days).0;
        // The switches in UTC: into summer time by the standard offset,
        // back out by the summer one.
        let start = day_of(*start_day, year) * 86_400 + start_time - self.standard.utoff;
        let end = day_of(*end_day, year) * 86_400 + end_time - daylight.utoff;
        let in_summer = if start < end {
            start <= secs && secs < end
        } else {
            !(end <= secs && secs < start)
        };
        if in_summer {
            daylight.clone()
        } else {
            self.standard.clone()
        }
    }
}

/// Days from the epoch to the day `day` of `year`.
fn day_of(day: RuleDay, year: i64) -> i64 {
    use super::calendar::{days_from_civil, is_leap};
    let jan1 = days_from_civil(year, 1, 1);
    match day {
        RuleDay::Julian(n) => {
            let leap_shift = i64::from(is_leap(year) && n >= 60);
            jan1 + n - 1 + leap_shift
        }
        RuleDay::Ordinal(n) => jan1 + n,
        RuleDay::MonthWeek(m, w, d) => {
            let first = days_from_civil(year, m, 1);
            // 1970-01-01 was a Thursday: Sunday-based weekday 4.
            let first_wday = (first + 4).rem_euclid(7);
            let mut day = first + (d - first_wday).rem_euclid(7) + (w - 1) * 7;
            let next_month = days_from_civil(year, m + 1, 1);
            while day >= next_month {
                day -= 7;
            }
            day
        }
    }
}

fn read_file(path: &str) -> Option<Zone> {
    parse_tzif(&std::fs::read(path).ok()?)
}

/// A TZif file's zone: the version 2+ (64-bit) data when present, else
/// version 1's, and the footer rule.
fn parse_tzif(data: &[u8]) -> Option<Zone> {
    let header = |at: usize| -> Option<(u8, [usize; 6])> {
        let h = data.get(at..at + 44)?;
        if &h[..4] != b"TZif" {
            return None;
        }
        let mut counts = [0usize; 6];
        for (i, c) in counts.iter_mut().enumerate() {
            let b = &h[20 + 4 * i..24 + 4 * i];
            *c = u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
        }
        Some((h[4], counts))
    };
    let (version, counts) = header(0)?;
    // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    let block_len = |c: [usize; 6], time_size: usize| {
        c[3] * time_size + c[3] + c[4] * 6 + c[5] + c[2] * (time_size + 4) + c[1] + c[0]
    };
    if version == 0 {
        return parse_block(data.get(44..)?, counts, 4).map(|(zone, _)| zone);
    }
    let second = 44 + block_len(counts, 4);
    let (_, counts) = header(second)?;
    let (mut zone, used) = parse_block(data.get(second + 44..)?, counts, 8)?;
    let footer = data.get(second + 44 + used..)?;
    if let Some(text) = footer
        .strip_prefix(b"\n")
        .and_then(|f| f.split(|b| *b == b'\n').next())
        .and_then(|f| std::str::from_utf8(f).ok())
    {
        zone.rule = parse_rule(text);
    }
    Some(zone)
}

/// One data block of a TZif file; the zone and the block's length.
fn parse_block(data: &[u8], counts: [usize; 6], time_size: usize) -> Option<(Zone, usize)> {
    let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts;
    let mut at = 0;
    let mut take = |n: usize| {
        let s = data.get(at..at + n);
        at += n;
        s
    };
    let times = take(timecnt * time_size)?;
    let indices = take(timecnt)?;
    let types = take(typecnt * 6)?;
    let chars = take(charcnt)?;
    take(leapcnt * (time_size + 4))?;
    take(isstdcnt)?;
    take(isutcnt)?;
    let time_at = |i: usize| -> i64 {
        let b = &times[i * time_size..(i + 1) * time_size];
        if time_size == 8 {
            i64::from_be_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
        } else {
            i64::from(i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        }
    };
    let transitions = (0..timecnt)
        .map(|i| (time_at(i), indices[i] as usize))
        .collect();
    let kinds = types
        .chunks(6)
        .map(|t| {
            let utoff = i64::from(i32::from_be_bytes([t[0], t[1], t[2], t[3]]));
            let start = (t[5] as usize).min(chars.len());
            let end = chars[start..]
                .iter()
                .position(|b| *b == 0)
                .map_or(chars.len(), |p| start + p);
            LocalKind {
                utoff,
                isdst: t[4] != 0,
                abbr: String::from_utf8_lossy(&chars[start..end]).into_owned(),
            }
        })
        .collect::<Vec<_>>();
    if kinds.is_empty() {
        return None;
    }
    Some((
        Zone {
            transitions,
            kinds,
            rule: None,
        },
        at,
    ))
}

/// A POSIX `TZ` rule: `std offset [dst [offset] [,start[/time],end[/time]]]`.
fn parse_rule(text: &str) -> Option<Rule> {
    let mut rest = text;
    let standard_name = take_name(&mut rest)?;
    let standard_utoff = -take_offset(&mut rest)?;
    let standard = LocalKind {
        utoff: standard_utoff,
        isdst: false,
        abbr: standard_name,
    };
    if rest.is_empty() {
        return Some(Rule {
            standard,
            daylight: None,
        });
    }
    let daylight_name = take_name(&mut rest)?;
    let daylight_utoff = if rest.starts_with(',') || rest.is_empty() {
        standard_utoff + 3600
    } else {
        -take_offset(&mut rest)?
    };
    let daylight = LocalKind {
        utoff: daylight_utoff,
        isdst: true,
        abbr: daylight_name,
    };
    // Without dates, the United States' rule of 2007.
    let (start, end) = if rest.is_empty() {
        (
            (RuleDay::MonthWeek(3, 2, 0), 7200),
            (RuleDay::MonthWeek(11, 1, 0), 7200),
        )
    } else {
        rest = rest.strip_prefix(',')?;
        let start = take_switch(&mut rest)?;
        rest = rest.strip_prefix(',')?;
        let end = take_switch(&mut rest)?;
        (start, end)
    };
    if !rest.is_empty() {
        return None;
    }
    Some(Rule {
        standard,
        daylight: Some((daylight, start, end)),
    })
}

fn take_name(rest: &mut &str) -> Option<String> {
    if let Some(quoted) = rest.strip_prefix('<') {
        let end = quoted.find('>')?;
        let name = quoted[..end].to_string();
        *rest = &quoted[end + 1..];
        return Some(name);
    }
    let end = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    if end < 3 {
        return None;
    }
    let name = rest[..end].to_string();
    *rest = &rest[end..];
    Some(name)
}

/// `[+-]hh[:mm[:ss]]` in seconds.
fn take_offset(rest: &mut &str) -> Option<i64> {
    let sign = match rest.chars().next() {
        Some('-') => {
            *rest = &rest[1..];
            -1
        }
        Some('+') => {
            *rest = &rest[1..];
            1
        }
        _ => 1,
    };
    let mut total = 0;
    for (i, scale) in [3600, 60, 1].into_iter().enumerate() {
        if i > 0 {
            match rest.strip_prefix(':') {
                Some(r) => *rest = r,
                None => break,
            }
        }
        total += take_number(rest)? * scale;
    }
    Some(sign * total)
}

fn take_number(rest: &mut &str) -> Option<i64> {
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let n = rest[..end].parse().ok()?;
    *rest = &rest[end..];
    Some(n)
}

/// `date[/time]`; the time defaults to 02:00.
fn take_switch(rest: &mut &str) -> Option<Switch> {
    let day = if let Some(r) = rest.strip_prefix('J') {
        *rest = r;
        RuleDay::Julian(take_number(rest)?)
    } else if let Some(r) = rest.strip_prefix('M') {
        *rest = r;
        let m = take_number(rest)?;
        *rest = rest.strip_prefix('.')?;
        let w = take_number(rest)?;
        *rest = rest.strip_prefix('.')?;
        let d = take_number(rest)?;
        if !(1..=12).contains(&m) || !(1..=5).contains(&w) || !(0..=6).contains(&d) {
            return None;
        }
        RuleDay::MonthWeek(m, w, d)
    } else {
        RuleDay::Ordinal(take_number(rest)?)
    };
    let time = match rest.strip_prefix('/') {
        Some(r) => {
            *rest = r;
            take_offset(rest)?
        }
        None => 7200,
    };
    Some((day, time))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_rule_switches_on_second_sunday_of_march() {
        let rule = parse_rule("EST5EDT,M3.2.0,M11.1.0").expect("a valid rule");
        let zone = Zone {
            transitions: Vec::new(),
            kinds: vec![rule.standard.clone()],
            rule: Some(rule),
        };
        // 2024-03-10 06:59:59 UTC is 01:59:59 EST; a second later, 03:00 EDT.
        assert_eq!(zone.local(1_710_053_999).abbr, "EST");
        assert_eq!(zone.local(1_710_054_000).abbr, "EDT");
        assert_eq!(zone.local(1_710_054_000).utoff, -4 * 3600);
        // 2024-11-03 05:59:59 UTC is 01:59:59 EDT; then 01:00 EST.
        assert_eq!(zone.local(1_730_613_599).abbr, "EDT");
        assert_eq!(zone.local(1_730_613_600).abbr, "EST");
    }

    #[test]
    fn quoted_names_and_southern_rules() {
        let rule = parse_rule("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0").expect("a valid rule");
        assert_eq!(rule.standard.utoff, 37_800);
        let zone = Zone {
            transitions: Vec::new(),
            kinds: vec![rule.standard.clone()],
            rule: Some(rule),
        };
        // January is summer there.
        assert_eq!(zone.local(1_704_067_200).abbr, "+11");
        assert_eq!(zone.local(1_719_792_000).abbr, "+1030");
    }
}
