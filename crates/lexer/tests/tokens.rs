//! Each token family, snapshotted: one fixture per family under
//! `fixtures/tokens`, tokenized and dumped one token per line. None of these
//! fixtures has an error, so each dump must come with no diagnostics.

mod common;

use pyrite_lexer::{decode_source_file, tokenize};

#[test]
fn token_families() {
    for path in common::fixtures("tokens") {
        let name = common::stem(&path);
        let bytes = std::fs::read(&path).expect("fixture is readable");
        let source = decode_source_file(&bytes, &name).expect("fixtures decode");
        let (tokens, diagnostics) = tokenize(&source);
        assert!(diagnostics.is_empty(), "{name}: {diagnostics:?}");
        insta::assert_snapshot!(name, common::dump_tokens(&source, &tokens));
    }
}
