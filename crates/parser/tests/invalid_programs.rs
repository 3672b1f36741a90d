//! The invalid-program corpus: each `tests/invalid/*.py` holds one syntax
//! error; `tests/invalid/EXPECTED` holds what CPython 3.11 reports for it
//! (recorded by `scripts/record_invalid.py`).
//!
//! `cpython_messages_and_locations` checks pyrite's first diagnostic
//! against CPython's exception name, message, line and column, and
//! requires at least 90% of the corpus to match exactly.
//! `renderings` snapshots both renderings of every error.

use std::path::Path;

use pyrite_parser::{parse_module, render};

struct Case {
    name: String,
    source: String,
    expected: String,
}

fn corpus() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid");
    let expected = std::fs::read_to_string(dir.join("EXPECTED")).expect("EXPECTED is readable");
    expected
        .lines()
        .filter_map(|line| {
            let (name, rest) = line.split_once('\t')?;
            let source = std::fs::read_to_string(dir.join(format!("{name}.py"))).ok()?;
            Some(Case {
                name: name.to_owned(),
                source,
                expected: rest.to_owned(),
            })
        })
        .collect()
}

/// `Kind: message<TAB>line<TAB>offset`, as EXPECTED spells CPython's.
fn pyrite_report(source: &str) -> String {
    let output = parse_module(source);
    let Some(d) = output.diagnostics.first() else {
        return "accepted".to_owned();
    };
    let loc = render::location(d, source);
    format!(
        "{}: {}\t{}\t{}",
        d.kind.name(),
        d.message,
        loc.lineno,
        loc.offset
    )
}

#[test]
fn cpython_messages_and_locations() {
    let cases = corpus();
    assert!(
        cases.len() >= 150,
        "the corpus has {} programs",
        cases.len()
    );
    let mut mismatches = Vec::new();
    for case in &cases {
        let actual = pyrite_report(&case.source);
        if actual != case.expected {
            mismatches.push(format!(
                "{}:\n  cpython: {}\n  pyrite:  {}",
                case.name, case.expected, actual
            ));
        }
    }
    for m in &mismatches {
        println!("{m}");
    }
    let matched = cases.len() - mismatches.len();
    println!("{matched}/{} invalid programs match CPython", cases.len());
    assert!(
        matched * 10 >= cases.len() * 9,
        "only {matched} of {} match CPython",
        cases.len()
    );
}

#[test]
fn renderings() {
    for case in corpus() {
        let output = parse_module(&case.source);
        let Some(d) = output.diagnostics.first() else {
            panic!("{} parsed without error", case.name);
        };
        let file = format!("{}.py", case.name);
        let text = format!(
            "{}\n{}",
            render::render_classic(d, &case.source, &file),
            render::render_pretty(d, &case.source, &file, false)
        );
        insta::assert_snapshot!(case.name.clone(), text);
    }
}
