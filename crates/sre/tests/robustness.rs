//! No pattern makes the crate panic, and no text or nesting exhausts the
//! Rust stack.

use pyrite_sre::{Mode, Regex, parse_template};

/// A small deterministic generator (an LCG), so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

const PIECES: &[&str] = &[
    "a", "b", "(", ")", "(?:", "(?P<n>", "(?P=n)", "(?=", "(?!", "(?<=", "(?<!", "(?>", "[", "]",
    "^", "-", "*", "+", "?", "{", "}", "{2}", "{1,3}", ",", "|", ".", "\\", "\\1", "\\2", "\\b",
    "\\w", "\\d", "\\s", "\\x4", "\\u00e9", "$", "(?i)", "(?x)", "#", " ", "(?(1)", "é", "\n",
    "(?i:", "(?-s:", "\\N{", "}", "\\g<1>", "0", "9",
];

#[test]
fn random_patterns_never_panic() {
    let mut rng = Lcg(42);
    let texts = [
        "",
        "ab",
        "aab\nba é",
        "b a(b)a\\1",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
    ];
    for _ in 0..20_000 {
        let len = (rng.next() % 10) as usize;
        let pattern: String = (0..len)
            .map(|_| PIECES[(rng.next() as usize) % PIECES.len()])
            .collect();
        let code: Vec<u32> = pattern.chars().map(|c| c as u32).collect();
        let flags = [0, 2, 8, 16, 64, 256][(rng.next() % 6) as usize];
        for bytes in [false, true] {
            let code: Vec<u32> = if bytes {
                code.iter().map(|&c| c & 0xff).collect()
            } else {
                code.clone()
            };
            let _ = parse_template(&code, bytes, 2, &[("n".to_string(), 1)]);
            if let Ok(r) = Regex::new(&code, bytes, flags) {
                for t in texts {
                    let chars: Vec<char> = t.chars().collect();
                    for mode in [Mode::Search, Mode::Match, Mode::FullMatch] {
                        let _ = r.run(&chars, 0, mode);
                        let _ = r.run(t.as_bytes(), 1.min(t.len()), mode);
                    }
                }
            }
        }
    }
}

fn compile(p: &str) -> Regex {
    let code: Vec<u32> = p.chars().map(|c| c as u32).collect();
    Regex::new(&code, false, 0).expect("a valid pattern")
}

#[test]
fn long_texts_use_the_heap_not_the_stack() {
    let text: Vec<char> = "ab".repeat(200_000).chars().collect();
    for p in ["(a|b)*", "(?:ab)*$", "(a|b)*?$", "(?:(a)|b)+$", ".*(ab)+$"] {
        let r = compile(p);
        assert!(r.run(&text, 0, Mode::Search).is_some(), "{p}");
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = format!("{}a{}", "(".repeat(5000), ")".repeat(5000));
    let code: Vec<u32> = deep.chars().map(|c| c as u32).collect();
    assert!(Regex::new(&code, false, 0).is_err());
    let ok = format!("{}a{}", "(?:".repeat(300), ")*".repeat(300));
    let r = compile(&ok);
    let text: Vec<char> = "aaaa".chars().collect();
    assert!(r.run(&text, 0, Mode::FullMatch).is_some());
}
