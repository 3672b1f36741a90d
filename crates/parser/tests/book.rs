//! The examples of `docs/src/parser.md` (chapter 3): each ` ```python
//! example` block is followed by a ` ```text` block holding its
//! `ast.dump`, and each ` ```python error` block by its classic rendering.
//! The chapter cannot go stale.

use std::path::Path;

use pyrite_parser::{ast, parse_module, render};

/// The (info string, body) of every fenced block, in order.
fn blocks(markdown: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in markdown.lines() {
        match (&mut current, line.strip_prefix("```")) {
            (None, Some(info)) => current = Some((info.trim().to_owned(), String::new())),
            (Some(_), Some(_)) => blocks.extend(current.take()),
            (Some((_, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    blocks
}

#[test]
fn chapter_three_examples_are_true() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/src/parser.md");
    let markdown = std::fs::read_to_string(path).expect("the chapter is readable");
    let blocks = blocks(&markdown);
    let mut checked = 0;
    for pair in blocks.windows(2) {
        let [(info, source), (next, expected)] = pair else {
            continue;
        };
        if next != "text" {
            continue;
        }
        let output = parse_module(source);
        let actual = match info.as_str() {
            "python example" => {
                let module = output.module.expect("the example parses");
                ast::dump_module(&module, 3) + "\n"
            }
            "python error" => {
                let d = output.diagnostics.first().expect("the example is an error");
                render::render_classic(d, source, "example.py")
            }
            _ => continue,
        };
        assert_eq!(&actual, expected, "the example\n{source}");
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} examples were found");
}
