//! Compare `repr`, `str`, `hash` and error messages of a few hundred
//! expressions with CPython 3.11 (`data/expression_table.tsv`, produced by
//! `gen_expression_table.py` from `data/expressions.txt`).
//!
//! The expressions use a small subset of Python that this file parses and
//! evaluates with the crate's operations: literals, `+ - * **`, method
//! calls through the built-in method tables, `operator.<name>(...)` and a
//! handful of built-in functions.

mod eval;

use pyrite_objects::types::str::str_repr;
use pyrite_objects::{ExcKind, Heap, PyErr, ops};

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn describe_error(heap: &mut Heap, e: PyErr) -> (String, String) {
    match e {
        PyErr::KeyError(k) => {
            let shown = ops::repr(heap, k).unwrap_or_default();
            heap.decref(k);
            ("KeyError".into(), shown)
        }
        PyErr::Builtin {
            kind: ExcKind::KeyError,
            message,
        } => ("KeyError".into(), str_repr(&message)),
        PyErr::Builtin { kind, message } => (kind.name().into(), message),
        PyErr::Os { errno, .. } => (ExcKind::for_errno(errno).name().into(), errno.to_string()),
        PyErr::Unicode(info) => (info.kind.name().into(), info.message()),
        PyErr::Raised(_) => ("?".into(), "an exception object".into()),
    }
}

#[test]
fn expressions_match_cpython() {
    let table = include_str!("data/expression_table.tsv");
    let mut failures = Vec::new();
    let mut total = 0;
    let mut heap = Heap::new();
    for line in table.lines() {
        total += 1;
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let expr = &fields[0];
        let got = match eval::evaluate(&mut heap, expr) {
            Ok(v) => {
                let r = ops::repr(&mut heap, v).map_err(|e| describe_error(&mut heap, e));
                let s = ops::str(&mut heap, v).map_err(|e| describe_error(&mut heap, e));
                let h = match ops::hash(&mut heap, v) {
                    Ok(h) => h.to_string(),
                    Err(PyErr::Builtin {
                        kind: ExcKind::TypeError,
                        message,
                    }) if message.starts_with("unhashable") => "unhashable".into(),
                    Err(e) => format!("{:?}", describe_error(&mut heap, e)),
                };
                heap.decref(v);
                match (r, s) {
                    (Ok(r), Ok(s)) => vec!["ok".to_string(), r, s, h],
                    (Err((k, m)), _) | (_, Err((k, m))) => vec!["err".into(), k, m],
                }
            }
            Err(e) => {
                let (k, m) = describe_error(&mut heap, e);
                vec!["err".into(), k, m]
            }
        };
        let mut expected: Vec<String> = fields[1..].to_vec();
        let mut got = got;
        // A hash that depends on an object's address cannot be compared.
        if expected.len() == 4 && expected[3] == "identity" {
            expected.pop();
            got.truncate(3);
        }
        if got != expected {
            failures.push(format!(
                "{expr}\n    expected {expected:?}\n    got      {got:?}"
            ));
        }
    }
    assert_eq!(
        heap.live_objects(),
        0,
        "every expression's objects were freed"
    );
    assert!(
        failures.is_empty(),
        "{} of {total} expressions differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
