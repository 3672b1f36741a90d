//! Each lexer error: its message and position agree with CPython 3.11
//! (`fixtures/errors/expected.txt`, written by `cpython_errors.py`), and its
//! rendering as a user reads it is snapshotted.

mod common;

use std::collections::BTreeMap;

use pyrite_lexer::{decode_source_file, tokenize};

fn expected() -> BTreeMap<String, String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/errors/expected.txt"
    );
    std::fs::read_to_string(path)
        .expect("expected.txt is committed beside the fixtures")
        .lines()
        .filter_map(|line| line.split_once(": "))
        .map(|(name, rest)| (name.to_string(), rest.to_string()))
        .collect()
}

#[test]
fn first_error_matches_cpython() {
    let expected = expected();
    let mut mismatches = Vec::new();
    let fixtures = common::fixtures("errors");
    assert_eq!(
        fixtures.len(),
        expected.len(),
        "one expectation per fixture"
    );
    for path in fixtures {
        let name = common::stem(&path);
        let bytes = std::fs::read(&path).expect("fixture is readable");
        let source = decode_source_file(&bytes, &name).expect("fixtures are UTF-8");
        let (_, diagnostics) = tokenize(&source);
        let actual = match diagnostics.first() {
            None => "OK".to_string(),
            Some(d) => {
                let (line, offset) = common::cpython_position(&source, d);
                let want = &expected[&name];
                // A trailing `:-` means CPython shows no column.
                let offset = if want.ends_with(":-") {
                    "-".to_string()
                } else {
                    offset.to_string()
                };
                format!("{}: {} @ {line}:{offset}", d.kind.name(), d.message)
            }
        };
        if actual != expected[&name] {
            mismatches.push(format!(
                "{name}\n  cpython: {}\n  pyrite:  {actual}",
                expected[&name]
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn errors_as_the_user_sees_them() {
    for path in common::fixtures("errors") {
        let name = common::stem(&path);
        let bytes = std::fs::read(&path).expect("fixture is readable");
        let source = decode_source_file(&bytes, &name).expect("fixtures are UTF-8");
        let (_, diagnostics) = tokenize(&source);
        let filename = format!("{name}.py");
        let rendered: String = diagnostics
            .iter()
            .map(|d| common::render(&filename, &source, d))
            .collect::<Vec<_>>()
            .join("\n");
        insta::assert_snapshot!(name, rendered);
    }
}
