//! The whole standard library as a parser corpus, against CPython 3.11.
//!
//! Ignored by default: it needs the expected dumps, written by
//! `python3.11 crates/parser/scripts/stdlib_expected.py DIR`, and is meant
//! to run in release mode:
//!
//! ```text
//! PYRITE_AST_EXPECTED=DIR cargo test --release -p pyrite-parser \
//!     --test stdlib_corpus -- --ignored --nocapture
//! ```
//!
//! It reports how many files pyrite accepts and rejects exactly as CPython
//! does, how many dumps are identical, and the parse throughput. With
//! `PYRITE_AST_ATTRIBUTES=1` (and dumps written with `--attributes`) the
//! dumps compared include every node's position.

use std::time::{Duration, Instant};

use pyrite_parser::{ast, parse_module};

#[test]
#[ignore = "needs the expected dumps from scripts/stdlib_expected.py"]
fn stdlib_matches_cpython() {
    let Ok(dir) = std::env::var("PYRITE_AST_EXPECTED") else {
        panic!("set PYRITE_AST_EXPECTED to the directory stdlib_expected.py wrote");
    };
    let index = std::fs::read_to_string(format!("{dir}/INDEX")).expect("INDEX is readable");
    let attributes = std::env::var("PYRITE_AST_ATTRIBUTES").is_ok_and(|v| v == "1");
    let (mut files, mut agree, mut identical) = (0, 0, 0);
    let mut bytes = 0usize;
    let mut parsing = Duration::ZERO;
    let mut parsing_cpu = Duration::ZERO;
    let mut differences = Vec::new();
    for line in index.lines() {
        let mut fields = line.split('\t');
        let (Some(key), Some(path), Some(status)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let expected_error = fields.next().unwrap_or("");
        let Ok(raw) = std::fs::read(path) else {
            continue;
        };
        let Ok(source) = pyrite_lexer::decode_source(&raw) else {
            if status == "error" {
                agree += 1;
            } else {
                differences.push(format!("{path}: pyrite could not decode it"));
            }
            files += 1;
            continue;
        };
        files += 1;
        bytes += source.len();
        let (start, cpu_start) = (Instant::now(), thread_cpu_time());
        let output = parse_module(&source);
        parsing += start.elapsed();
        if let (Some(a), Some(b)) = (cpu_start, thread_cpu_time()) {
            parsing_cpu += b.saturating_sub(a);
        }
        match (status, output.module) {
            ("ok", Some(module)) => {
                agree += 1;
                let expected = std::fs::read_to_string(format!("{dir}/{key}")).unwrap_or_default();
                let actual = if attributes {
                    ast::dump_module_with_attributes(&module, 3, &source)
                } else {
                    ast::dump_module(&module, 3)
                } + "\n";
                if actual == expected {
                    identical += 1;
                } else {
                    differences.push(format!("{path}: dump differs"));
                }
            }
            ("ok", None) => {
                let d = &output.diagnostics[0];
                let (line, _) = pyrite_lexer::LineIndex::new(&source)
                    .line_col_chars(&source, d.range.start as usize);
                differences.push(format!("{path}: rejected: {}:{line}", d.message));
            }
            (_, Some(_)) => {
                differences.push(format!("{path}: accepted, CPython says {expected_error}"))
            }
            (_, None) => agree += 1,
        }
    }
    for d in &differences {
        println!("{d}");
    }
    let mb = bytes as f64 / 1e6;
    let pyrite_rate = mb / parsing.as_secs_f64();
    println!(
        "{files} files, {agree} accepted/rejected as CPython does, {identical} identical dumps; \
         {mb:.1} MB parsed in {:.2}s = {pyrite_rate:.1} MB/s",
        parsing.as_secs_f64(),
    );
    let pyrite_cpu_rate = mb / parsing_cpu.as_secs_f64();
    if let Some((cpython_rate, cpython_cpu_rate)) = cpython_parse_rate(&dir) {
        println!(
            "CPython's ast.parse on the same files: {cpython_rate:.1} MB/s; pyrite is {:.2}x",
            pyrite_rate / cpython_rate
        );
        // CPU time is what a loaded machine distorts least.
        println!(
            "by CPU time: pyrite {pyrite_cpu_rate:.1} MB/s, CPython {cpython_cpu_rate:.1} MB/s, \
             pyrite is {:.2}x",
            pyrite_cpu_rate / cpython_cpu_rate
        );
    }
}

/// The CPU time this thread has used (Linux), to measure the parser
/// undisturbed by other processes on a busy machine.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// CPython's `ast.parse` throughput over the files of the INDEX, measured
/// now, in MB of source text per second of wall time and of CPU time
/// (None without python3.11).
fn cpython_parse_rate(dir: &str) -> Option<(f64, f64)> {
    let script = r#"
import ast, sys, time
total = 0
elapsed = 0.0
cpu = 0.0
for line in open(sys.argv[1] + "/INDEX", encoding="utf-8"):
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 3 or fields[2] != "ok":
        continue
    with open(fields[1], "rb") as f:
        data = f.read()
    text = data.decode("utf-8", "surrogateescape")
    start, cpu_start = time.perf_counter(), time.thread_time()
    ast.parse(data)
    elapsed += time.perf_counter() - start
    cpu += time.thread_time() - cpu_start
    total += len(text.encode("utf-8", "surrogateescape"))
print(total / 1e6 / elapsed, total / 1e6 / cpu)
"#;
    let output = std::process::Command::new("python3.11")
        .args(["-c", script, dir])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut rates = text.split_whitespace().map(|r| r.parse::<f64>().ok());
    Some((rates.next()??, rates.next()??))
}
