//! Fuzz-style robustness: thousands of mutated and truncated fixture files,
//! and random byte strings, go through `decode_source` and `tokenize`. None
//! may panic, and every token stream must keep the lexer's invariants.
//!
//! The generator is a fixed-seed xorshift, so a failure reproduces; the
//! case count keeps the test to a few seconds in a debug build.

mod common;

use pyrite_lexer::{TokenKind, decode_source, tokenize};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Byte sequences that matter to the lexer, for insertions.
const PIECES: &[&[u8]] = &[
    b"'",
    b"\"",
    b"'''",
    b"\"\"\"",
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\\",
    b"\n",
    b"\r",
    b"\r\n",
    b"\t",
    b" ",
    b"\x0c",
    b"#",
    b"0",
    b"1_",
    b"0x",
    b"0o",
    b"0b",
    b"e",
    b"j",
    b".",
    b"...",
    b"f'",
    b"rb'",
    b"_",
    b"\0",
    b"$",
    b"?",
    b"!",
    b"\xc3\xa9",
    b"\xe2\x82\xac",
    b"\xe2\x80\x8b",
    b"\xff",
    b"\xc3",
    b"\xef\xbb\xbf",
    b"# coding: latin-1\n",
    b"if x:\n",
    b"    ",
    b"\n\t",
    b"->",
    b":=",
    b"**=",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut bytes = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 => bytes.truncate(at),
            1 => {
                let end = (at + rng.below(16)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let piece = PIECES[rng.below(PIECES.len())];
                bytes.splice(at..at, piece.iter().copied());
            }
            3 => {
                let end = (at + rng.below(64)).min(bytes.len());
                let chunk = bytes[at..end].to_vec();
                let to = rng.below(bytes.len() + 1);
                bytes.splice(to..to, chunk);
            }
            _ => {
                if at < bytes.len() {
                    bytes[at] = rng.next() as u8;
                }
            }
        }
    }
    bytes
}

fn check(bytes: &[u8]) {
    let decoded = decode_source(bytes);
    let lossy;
    let source: &str = match &decoded {
        Ok(text) => text,
        Err(_) => {
            lossy = String::from_utf8_lossy(bytes);
            &lossy
        }
    };
    let (tokens, _diagnostics) = tokenize(source);
    let ends = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::EndMarker)
        .count();
    assert_eq!(ends, 1, "exactly one EndMarker in {bytes:?}");
    assert_eq!(tokens.last().map(|t| t.kind), Some(TokenKind::EndMarker));
    let mut previous_end = 0;
    for token in &tokens {
        let range = token.range.as_range();
        assert!(range.start >= previous_end, "tokens overlap in {bytes:?}");
        assert!(range.end <= source.len(), "token past the end in {bytes:?}");
        assert!(
            source.is_char_boundary(range.start) && source.is_char_boundary(range.end),
            "token off a character boundary in {bytes:?}"
        );
        previous_end = range.end;
    }
}

#[test]
fn mutated_fixtures_never_panic() {
    let corpus: Vec<Vec<u8>> = ["tokens", "errors"]
        .iter()
        .flat_map(|dir| common::fixtures(dir))
        .map(|path| std::fs::read(path).expect("fixture is readable"))
        .collect();
    assert!(!corpus.is_empty());
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..6000 {
        let input = &corpus[i % corpus.len()];
        check(&mutate(&mut rng, input));
    }
    // Every truncation of every fixture.
    for input in &corpus {
        for len in 0..=input.len().min(400) {
            check(&input[..len]);
        }
    }
}

/// Python's significant ASCII characters, for random sources.
const ALPHABET: &[u8] = b" \t\n\r\\'\"#()[]{}0123456789abefjoxrb_.:=+-*/<>!$\x0c";

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..3000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                // Mostly ASCII with Python's special characters, some high bytes.
                match rng.below(4) {
                    0 => rng.next() as u8,
                    _ => ALPHABET[rng.below(ALPHABET.len())],
                }
            })
            .collect();
        check(&bytes);
    }
}

#[test]
fn pathological_nesting_does_not_overflow() {
    check(&b"(".repeat(100_000));
    check(&b")".repeat(10_000));
    let mut deep = Vec::new();
    for level in 0..300 {
        deep.extend(b" ".repeat(level));
        deep.extend(b"if x:\n");
    }
    check(&deep);
    check(&b"'''".repeat(1000));
    check(&b"\\\n".repeat(1000));
}

/// The same over CPython's standard library (slow; run with
/// `cargo test -p pyrite-lexer --release -- --ignored`): every file once
/// truncated at a random point, and 20,000 mutations.
#[test]
#[ignore = "needs python3.11's standard library; slow in debug builds"]
fn mutated_stdlib_never_panics() {
    let output = std::process::Command::new("python3.11")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3.11 runs");
    let stdlib = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(stdlib)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() && !path.ends_with("site-packages") {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    files.sort();
    let corpus: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for input in &corpus {
        check(&input[..rng.below(input.len() + 1)]);
    }
    for i in 0..20_000 {
        check(&mutate(&mut rng, &corpus[i * 7919 % corpus.len()]));
    }
    println!(
        "{} stdlib files, {} cases",
        corpus.len(),
        corpus.len() + 20_000
    );
}
