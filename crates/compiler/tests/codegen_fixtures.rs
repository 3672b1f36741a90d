//! Code generation against python3.11. For each `fixtures/codegen/NAME.py`,
//! `NAME.expected.txt` holds python3.11's instructions per code object as
//! `OPNAME ARGREPR` (written by `fixtures/codegen/expected.py`); pyrite's
//! must be the same for every code object, and the whole `dis` listing is
//! kept as an insta snapshot (`compare.py` checks listings against a live
//! python3.11, character for character).

use pyrite_compiler::bytecode::{CodeObject, Constant};
use pyrite_compiler::codegen::{CompileOptions, compile_source};
use pyrite_compiler::dis::{DisOptions, dis_with, get_instructions};

fn walk(code: &CodeObject, out: &mut Vec<String>) {
    out.push(format!("=== {}@{}", code.co_name, code.co_firstlineno));
    for instr in get_instructions(code).expect("compiled code disassembles") {
        let rep = if instr.argrepr.starts_with("to ") {
            "to".to_string()
        } else if instr.argrepr.starts_with("<code object") {
            let (head, tail) = instr.argrepr.split_once(" at 0x").unwrap();
            let (_, rest) = tail.split_once(',').unwrap();
            format!("{head} at ADDR,{rest}")
        } else {
            instr.argrepr.clone()
        };
        out.push(format!("{} {}", instr.opname, rep).trim_end().to_string());
    }
    for constant in &code.co_consts {
        if let Constant::Code(nested) = constant {
            walk(nested, out);
        }
    }
}

fn check(name: &str, source: &str, expected: &str) {
    let options = CompileOptions {
        filename: format!("{name}.py"),
        optimize: 0,
    };
    let code = compile_source(source, options).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let mut actual = Vec::new();
    walk(&code, &mut actual);
    let actual = actual.join("\n") + "\n";
    let split = |text: &str| -> Vec<String> {
        text.split("=== ")
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (want, got) = (split(expected), split(&actual));
    let differing: Vec<String> = want
        .iter()
        .zip(&got)
        .filter(|(w, g)| w != g)
        .map(|(w, _)| w.lines().next().unwrap_or("").to_string())
        .collect();
    assert_eq!(want.len(), got.len(), "{name}: number of code objects");
    assert!(
        differing.is_empty(),
        "{name}: code objects differing from python3.11: {differing:?}"
    );
    let listing = dis_with(
        &code,
        DisOptions {
            address: &|_| 0xADD,
            current: None,
            ..DisOptions::default()
        },
    )
    .unwrap();
    insta::assert_snapshot!(format!("codegen_{name}"), listing);
}

#[test]
fn basics_match_cpython() {
    check(
        "basics",
        include_str!("fixtures/codegen/basics.py"),
        include_str!("fixtures/codegen/basics.expected.txt"),
    );
}

#[test]
fn asynchronous_match_cpython() {
    check(
        "asynchronous",
        include_str!("fixtures/codegen/asynchronous.py"),
        include_str!("fixtures/codegen/asynchronous.expected.txt"),
    );
}

#[test]
fn patterns_match_cpython() {
    check(
        "patterns",
        include_str!("fixtures/codegen/patterns.py"),
        include_str!("fixtures/codegen/patterns.expected.txt"),
    );
}

#[test]
fn except_star_matches_cpython() {
    check(
        "except_star",
        include_str!("fixtures/codegen/except_star.py"),
        include_str!("fixtures/codegen/except_star.expected.txt"),
    );
}

/// `-O` drops asserts and makes `__debug__` false; `-OO` also drops
/// docstrings, leaving the string as a statement (expected values from
/// python3.11's `compile(..., optimize=N)`).
#[test]
fn optimize_levels_match_cpython() {
    let source = "def f(x):\n    \"\"\"doc\"\"\"\n    assert x, 'm'\n    if __debug__:\n        return 1\n    return 2\n";
    let cases = [
        (
            1,
            Constant::str("doc"),
            &["RESUME", "NOP", "LOAD_CONST", "RETURN_VALUE"][..],
        ),
        (
            2,
            Constant::None,
            &["RESUME", "NOP", "NOP", "LOAD_CONST", "RETURN_VALUE"][..],
        ),
    ];
    for (level, first_const, expected) in cases {
        let options = CompileOptions {
            filename: "x".to_string(),
            optimize: level,
        };
        let module = compile_source(source, options).unwrap();
        let Constant::Code(f) = &module.co_consts[0] else {
            panic!("first constant is the function");
        };
        let consts = vec![
            first_const,
            Constant::Bool(false),
            Constant::int(1),
            Constant::int(2),
        ];
        assert_eq!(f.co_consts, consts, "optimize={level}");
        let ops: Vec<&str> = get_instructions(f)
            .unwrap()
            .into_iter()
            .map(|i| i.opname)
            .collect();
        assert_eq!(ops, expected, "optimize={level}");
    }
}

/// `compile(..., 'single')` prints top-level expression values (python3.11
/// `dis` of `compile('x; "doc"; y = 2\n', '<stdin>', 'single')`).
#[test]
fn interactive_mode_matches_cpython() {
    let options = CompileOptions {
        filename: "<stdin>".to_string(),
        optimize: 0,
    };
    let code = pyrite_compiler::codegen::compile_interactive_source("x; \"doc\"; y = 2\n", options)
        .unwrap();
    let listing = dis_with(
        &code,
        DisOptions {
            address: &|_| 0xADD,
            current: None,
            ..DisOptions::default()
        },
    )
    .unwrap();
    let expected = "  0           0 RESUME                   0

  1           2 LOAD_NAME                0 (x)
              4 PRINT_EXPR
              6 LOAD_CONST               0 ('doc')
              8 PRINT_EXPR
             10 LOAD_CONST               1 (2)
             12 STORE_NAME               1 (y)
             14 LOAD_CONST               2 (None)
             16 RETURN_VALUE
";
    assert_eq!(listing, expected);
}
