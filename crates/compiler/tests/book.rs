//! The examples of the book's chapter 4 (`docs/src/bytecode.md`): each
//! Python block after a `<!-- checked: MODE -->` marker is compiled, and the
//! text block after it must be its `dis` listing. Mode `eval` compiles the
//! block as an expression and shows the whole code object; mode `function`
//! compiles a module and shows its first function, as `dis.dis(f)` does.
//! Code object addresses print as 0x7f5e1c2a3b40.

use pyrite_compiler::bytecode::Constant;
use pyrite_compiler::codegen::{CompileOptions, compile_eval_source, compile_source};
use pyrite_compiler::dis::{DisOptions, dis_with};

/// The contents of the next fenced block at or after `from`, and where it
/// ends.
fn next_block(text: &str, from: usize) -> Option<(String, usize)> {
    let start = from + text[from..].find("```")?;
    let body = start + text[start..].find('\n')? + 1;
    let end = body + text[body..].find("```")?;
    Some((text[body..end].to_string(), end + 3))
}

#[test]
fn chapter_examples_match_their_listings() {
    let chapter = include_str!("../../../docs/src/bytecode.md");
    let marker = "<!-- checked: ";
    let mut at = 0;
    let mut checked = 0;
    while let Some(found) = chapter[at..].find(marker) {
        let start = at + found + marker.len();
        let mode = &chapter[start..start + chapter[start..].find(' ').unwrap()];
        let (source, after_source) = next_block(chapter, start).unwrap();
        let (expected, after_listing) = next_block(chapter, after_source).unwrap();
        let options = CompileOptions {
            filename: "<string>".to_string(),
            optimize: 0,
        };
        let code = match mode {
            "eval" => compile_eval_source(&source, options).unwrap(),
            _ => {
                let module = compile_source(&source, options).unwrap();
                module
                    .co_consts
                    .iter()
                    .find_map(|c| match c {
                        Constant::Code(code) => Some((**code).clone()),
                        _ => None,
                    })
                    .unwrap()
            }
        };
        let listing = dis_with(
            &code,
            DisOptions {
                address: &|_| 0x7f5e1c2a3b40,
                current: None,
                ..DisOptions::default()
            },
        )
        .unwrap();
        assert_eq!(listing, expected, "example:\n{source}");
        checked += 1;
        at = after_listing;
    }
    assert!(checked >= 6, "only {checked} checked examples");
}
