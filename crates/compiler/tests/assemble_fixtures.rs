//! The assembler against python3.11's own output. Each fixture lists a code
//! object's instructions (jumps as direction-free pseudo-jumps to labels,
//! exception handling as SETUP_*/POP_BLOCK) with their source positions, and
//! the `co_code`, `co_linetable`, `co_exceptiontable` and `co_stacksize`
//! CPython produced; assembling must reproduce all four exactly.
//! `fixtures/assemble/generate.py` writes the fixtures without exception
//! tables from `functions.py`; `handwritten.txt` has the others.

mod common;

use common::{parse_cases, run};

#[test]
fn generated_fixtures_assemble_to_cpython_bytes() {
    let cases = parse_cases(include_str!("fixtures/assemble/functions.txt"));
    assert!(cases.len() >= 7);
    for case in &cases {
        run(case);
    }
}

#[test]
fn handwritten_fixtures_assemble_to_cpython_bytes() {
    let cases = parse_cases(include_str!("fixtures/assemble/handwritten.txt"));
    assert!(!cases.is_empty());
    for case in &cases {
        run(case);
    }
}
