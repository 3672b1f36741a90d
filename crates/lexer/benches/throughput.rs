//! Lexing throughput over CPython 3.11's standard library, in MB/s.
//!
//! `cargo bench -p pyrite-lexer` reads every `.py` file of the standard
//! library (found with `python3.11`, or the directory in `PYRITE_CORPUS`),
//! decodes them, and times `tokenize` over the whole corpus several times,
//! reporting the best round. Decoding is not timed.

use std::path::PathBuf;
use std::time::Instant;

/// Timed rounds over the whole corpus; the best is reported, as the least
/// disturbed by other work on the machine.
const ROUNDS: usize = 10;

fn corpus_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("PYRITE_CORPUS") {
        return Some(dir.into());
    }
    let output = std::process::Command::new("python3.11")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&output.stdout).trim().into())
}

fn main() {
    let Some(root) = corpus_dir() else {
        eprintln!("no corpus: set PYRITE_CORPUS or install python3.11");
        return;
    };
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
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
    let sources: Vec<String> = files
        .iter()
        .filter_map(|path| std::fs::read(path).ok())
        .filter_map(|bytes| {
            pyrite_lexer::decode_source(&bytes)
                .ok()
                .map(|text| text.into_owned())
        })
        .collect();
    let bytes: usize = sources.iter().map(String::len).sum();
    let mut best = f64::INFINITY;
    let mut tokens = 0;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        tokens = 0;
        for source in &sources {
            let (toks, _) = pyrite_lexer::tokenize(source);
            tokens += toks.len();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let megabytes = bytes as f64 / 1e6;
    println!(
        "lexed {} files from {}: {megabytes:.1} MB, {tokens} tokens",
        sources.len(),
        root.display()
    );
    println!(
        "best of {ROUNDS}: {:.1} ms, {:.0} MB/s, {:.1} M tokens/s",
        best * 1e3,
        megabytes / best,
        tokens as f64 / best / 1e6
    );
}
