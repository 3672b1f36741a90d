//! The matcher against CPython 3.11: `cases.txt` (written by `cases.py`
//! from CPython's own answers) lists patterns, flags and texts with the
//! spans CPython's `search` and `fullmatch` found, or the error it raised.

use pyrite_sre::{ErrorKind, Mode, Regex};

fn unescape(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c as u32);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push(92),
            Some('t') => out.push(9),
            Some('n') => out.push(10),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(u32::from_str_radix(&hex, 16).expect("cases.txt writes \\u{hex}"));
            }
            other => panic!("unknown escape {other:?} in cases.txt"),
        }
    }
    out
}

fn spans(r: &Regex, text: &[u32], bytes: bool, mode: Mode) -> String {
    let caps = if bytes {
        let b: Vec<u8> = text.iter().map(|&c| c as u8).collect();
        r.run(&b, 0, mode)
    } else {
        let c: Vec<char> = text
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('?'))
            .collect();
        r.run(&c, 0, mode)
    };
    match caps {
        None => "none".to_string(),
        Some(c) => c
            .spans
            .iter()
            .map(|s| match s {
                Some((a, b)) => format!("{a},{b}"),
                None => "-".to_string(),
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

#[test]
fn agrees_with_cpython() {
    let cases = include_str!("cases.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in cases.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [kind, pattern, flags, text, answers @ ..] = &fields[..] else {
            panic!("bad line {line:?}");
        };
        count += 1;
        let bytes = *kind == "bytes";
        let pattern = unescape(pattern);
        let flags: u32 = flags.parse().expect("flags are numbers");
        let got = match Regex::new(&pattern, bytes, flags) {
            Err(e) => {
                let kind = match e.kind {
                    ErrorKind::Regex => "error",
                    ErrorKind::Value => "ValueError",
                    ErrorKind::Overflow => "OverflowError",
                    ErrorKind::Index => "IndexError",
                    ErrorKind::Recursion => "RecursionError",
                };
                let pos = e.pos.map_or("-".to_string(), |p| p.to_string());
                vec![format!("error:{kind}:{pos}:{}", e.msg)]
            }
            Ok(r) => {
                let text = unescape(text);
                vec![
                    spans(&r, &text, bytes, Mode::Search),
                    spans(&r, &text, bytes, Mode::FullMatch),
                ]
            }
        };
        let want: Vec<String> = answers.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("{line}\n    got: {got:?}"));
        }
    }
    assert!(count > 200, "cases.txt lost its cases");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
