//! Source bytes through `decode_source` and `tokenize`: neither may panic,
//! and the token stream keeps the lexer's invariants (ranges on character
//! boundaries, ordered, exactly one `EndMarker`, at the end).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyrite_lexer::{TokenKind, decode_source, tokenize};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source(data) else {
        return;
    };
    let (tokens, _diagnostics) = tokenize(&source);
    let end_markers = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::EndMarker)
        .count();
    assert_eq!(end_markers, 1, "one EndMarker");
    assert_eq!(
        tokens.last().map(|t| t.kind),
        Some(TokenKind::EndMarker),
        "the stream ends with EndMarker"
    );
    let mut previous_start = 0;
    for token in &tokens {
        let (start, end) = (token.range.start as usize, token.range.end as usize);
        assert!(
            start <= end && end <= source.len(),
            "range inside the source"
        );
        assert!(
            source.is_char_boundary(start) && source.is_char_boundary(end),
            "range on character boundaries"
        );
        assert!(start >= previous_start, "tokens in source order");
        previous_start = start;
    }
});
