//! `dis` of hand-built code objects, against python3.11's listings.
//!
//! Each code object is assembled from an assembler fixture (whose bytes are
//! already checked against CPython's) and given the constants, names and
//! variables python3.11 gave the same function; its `dis` listing must then
//! equal `fixtures/dis/NAME.txt` (written by `fixtures/dis/generate.py`), and
//! is kept as an insta snapshot for reading.

mod common;

use pyrite_compiler::bytecode::{CodeFlags, CodeObject, Constant};
use pyrite_compiler::dis::{DisOptions, dis_with};

fn strings(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

/// A code object from fixture case `qualname` with the given tables:
/// `co_names`, `co_varnames`, `co_cellvars`, `co_freevars`.
fn build(
    fixture: &str,
    qualname: &str,
    consts: Vec<Constant>,
    [names, varnames, cellvars, freevars]: [&[&str]; 4],
    flags: u32,
) -> CodeObject {
    let cases = common::parse_cases(fixture);
    let case = cases
        .iter()
        .find(|c| c.name == qualname)
        .unwrap_or_else(|| panic!("no fixture {qualname}"));
    let out = common::run(case);
    let name = qualname.rsplit('.').next().unwrap();
    CodeObject {
        co_name: name.to_string(),
        co_qualname: qualname.to_string(),
        co_filename: "functions.py".to_string(),
        co_firstlineno: case.first_line,
        co_argcount: 1,
        co_posonlyargcount: 0,
        co_kwonlyargcount: 0,
        co_flags: CodeFlags(flags),
        co_stacksize: out.co_stacksize,
        co_code: out.co_code,
        co_consts: consts,
        co_names: strings(names),
        co_varnames: strings(varnames),
        co_cellvars: strings(cellvars),
        co_freevars: strings(freevars),
        co_linetable: out.co_linetable,
        co_exceptiontable: out.co_exceptiontable,
    }
}

const FUNCTIONS: &str = include_str!("fixtures/assemble/functions.txt");
const HANDWRITTEN: &str = include_str!("fixtures/assemble/handwritten.txt");

fn listing(code: &CodeObject) -> String {
    let options = DisOptions {
        address: &|_| 0xADD,
        current: None,
        ..DisOptions::default()
    };
    dis_with(code, options)
        .expect("hand-built code disassembles")
        .replace("at 0xadd,", "at 0xADDR,")
}

fn check(name: &str, code: &CodeObject, expected: &str) {
    code.validate().expect("hand-built code is valid");
    let text = listing(code);
    assert_eq!(text, expected, "{name}: dis differs from python3.11");
    insta::assert_snapshot!(name, text);
}

fn none() -> Constant {
    Constant::None
}

#[test]
fn add_one() {
    let code = build(
        FUNCTIONS,
        "add_one",
        vec![none(), Constant::int(1)],
        [&[], &["x"], &[], &[]],
        3,
    );
    check("add_one", &code, include_str!("fixtures/dis/add_one.txt"));
}

#[test]
fn pysum() {
    let code = build(
        FUNCTIONS,
        "pysum",
        vec![none(), Constant::int(0)],
        [&[], &["x", "s", "i"], &[], &[]],
        3,
    );
    check("pysum", &code, include_str!("fixtures/dis/pysum.txt"));
}

#[test]
fn closure_with_nested_code_object() {
    let inner = build(
        FUNCTIONS,
        "nlocal.<locals>.c",
        vec![none()],
        [&[], &["y"], &[], &["x"]],
        19,
    );
    let outer = build(
        FUNCTIONS,
        "nlocal",
        vec![none(), Constant::Code(Box::new(inner))],
        [&[], &["x", "c"], &["x"], &[]],
        3,
    );
    check("nlocal", &outer, include_str!("fixtures/dis/nlocal.txt"));
}

#[test]
fn loops_with_jumps_both_ways() {
    let consts = [0, 2, 1, 100, -1].into_iter().map(Constant::int);
    let code = build(
        FUNCTIONS,
        "loops",
        std::iter::once(none()).chain(consts).collect(),
        [&[], &["n", "total"], &[], &[]],
        3,
    );
    check("loops", &code, include_str!("fixtures/dis/loops.txt"));
}

#[test]
fn calls_with_keywords_and_star_args() {
    let consts = vec![
        none(),
        Constant::str(""),
        Constant::Tuple(vec![Constant::str("sep"), Constant::str("end")]),
        Constant::int(1),
        Constant::int(2),
        Constant::int(3),
        Constant::Tuple(vec![Constant::str("key")]),
    ];
    let code = build(
        FUNCTIONS,
        "calls",
        consts,
        [
            &["print", "b", "c", "method", "f"],
            &["a", "args", "kwargs"],
            &[],
            &[],
        ],
        15,
    );
    check("calls", &code, include_str!("fixtures/dis/calls.txt"));
}

#[test]
fn exception_table_listing() {
    let code = build(
        HANDWRITTEN,
        "guarded",
        vec![none()],
        [&[], &["f"], &[], &[]],
        3,
    );
    check("guarded", &code, include_str!("fixtures/dis/guarded.txt"));
}
