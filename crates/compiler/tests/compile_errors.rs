//! SyntaxErrors the symbol table and the code generator raise, against
//! python3.11: `fixtures/errors/cases.txt` holds sources, each after a
//! `### MESSAGE (line N)` header giving CPython's `compile()` error.

use pyrite_compiler::codegen::{CompileOptions, compile_module};
use pyrite_lexer::{DiagnosticKind, LineIndex};

#[test]
fn errors_match_cpython() {
    let text = include_str!("fixtures/errors/cases.txt");
    let mut checked = 0;
    for case in text.split("### ").filter(|c| !c.is_empty()) {
        let (header, source) = case.split_once('\n').unwrap();
        let parsed = pyrite_parser::parse_module(source);
        let actual = match parsed.module {
            None => parsed
                .diagnostics
                .first()
                .map(|d| (d.message.clone(), d.range)),
            Some(module) => compile_module(&module, source, CompileOptions::default())
                .err()
                .map(|d| (d.message, d.range)),
        };
        let (message, range) = actual.unwrap_or_else(|| panic!("no error for:\n{source}"));
        let line = LineIndex::new(source).line(range.start as usize);
        assert_eq!(
            format!("{message} (line {line})"),
            header,
            "source:\n{source}"
        );
        checked += 1;
    }
    assert!(checked >= 25);
}

/// Deeply nested code that CPython compiles compiles here too, even from a
/// test thread's small stack; past CPython's compiler depth limit, the
/// symbol table reports it instead of overflowing the stack.
#[test]
fn deep_nesting_compiles_or_fails_cleanly() {
    let chain = format!("x = {}\n", vec!["a"; 2900].join("+"));
    compile_module(
        &pyrite_parser::parse_module(&chain).module.unwrap(),
        &chain,
        CompileOptions::default(),
    )
    .unwrap();
    let calls = format!("x = {}a{}\n", "f(".repeat(1600), ")".repeat(1600));
    if let Some(module) = pyrite_parser::parse_module(&calls).module {
        let result = compile_module(&module, &calls, CompileOptions::default());
        if let Err(d) = result {
            assert_eq!(
                d.message,
                "maximum recursion depth exceeded during compilation"
            );
        }
    }
}

/// Past CPython's compiler depth (3000 levels of statements and
/// expressions) but within the parser's estimate per expression, the
/// symbol table refuses the tree as CPython does: `RecursionError`.
#[test]
fn past_the_compiler_depth_is_a_recursion_error() {
    let mut source: String = (0..60)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    source.push_str(&format!("{}y = {}1\n", " ".repeat(60), "-".repeat(2990)));
    let module = pyrite_parser::parse_module(&source)
        .module
        .expect("each expression is within the parser's depth estimate");
    let error = compile_module(&module, &source, CompileOptions::default())
        .expect_err("the tree is deeper than the compiler's limit");
    assert_eq!(error.kind, DiagnosticKind::RecursionError);
    assert_eq!(
        error.message,
        "maximum recursion depth exceeded during compilation"
    );
}

/// Compiling does not depend on the caller's stack: deep nesting compiles
/// from a 2 MiB thread (Rust's default for spawned threads).
#[test]
fn deep_sources_compile_from_a_small_stack() {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            for source in [
                format!("x = {}a\n", "-".repeat(490)),
                format!("x = {}a{}\n", "[".repeat(180), "]".repeat(180)),
                format!("x = {}\n", vec!["a"; 2000].join("+")),
            ] {
                if let Some(module) = pyrite_parser::parse_module(&source).module {
                    compile_module(&module, &source, CompileOptions::default()).unwrap();
                }
            }
        })
        .unwrap();
    handle.join().unwrap();
}
