//! Symbol tables of the fixture files against CPython's `symtable` module:
//! `fixtures/symtable/NAME.txt` is what `fixtures/symtable/dump.py` prints
//! under python3.11 (the table, or the SyntaxError and its line).

use pyrite_compiler::symtable;
use pyrite_lexer::LineIndex;

fn table_or_error(source: &str) -> String {
    let parsed = pyrite_parser::parse_module(source);
    let Some(module) = parsed.module else {
        return format!("parse error: {:?}\n", parsed.diagnostics);
    };
    match symtable::build(&module, source) {
        Ok(table) => symtable::dump(&table),
        Err(diagnostic) => {
            let line = LineIndex::new(source).line(diagnostic.range.start as usize);
            format!("SyntaxError: {} (line {line})\n", diagnostic.message)
        }
    }
}

#[test]
fn fixtures_match_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/symtable");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && !p.ends_with("dump.py"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 30);
    let mut failures = Vec::new();
    for path in &paths {
        let source = std::fs::read_to_string(path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("txt")).unwrap();
        let actual = table_or_error(&source);
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if actual != expected {
            failures.push(format!(
                "--- {name}\nexpected:\n{expected}actual:\n{actual}"
            ));
        }
        insta::assert_snapshot!(format!("symtable_{name}"), actual);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
