//! AST snapshots: each `tests/fixtures/*.py` dumped as `python3.11 -m ast`
//! prints it. The snapshots were checked against python3.11's output.

use std::path::Path;

use pyrite_parser::{ast, parse_module};

#[test]
fn fixtures_dump_as_cpython_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("the fixtures directory is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for path in names {
        let source = std::fs::read_to_string(&path).expect("a fixture is readable");
        let output = parse_module(&source);
        let module = output
            .module
            .unwrap_or_else(|| panic!("{path:?}: {:?}", output.diagnostics));
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("fixture")
            .to_owned();
        insta::assert_snapshot!(name, ast::dump_module(&module, 3));
    }
}
