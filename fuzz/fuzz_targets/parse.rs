//! Source bytes through `decode_source` and the parser in its three modes:
//! no input may panic, and a failed parse always says why.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyrite_lexer::decode_source;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source(data) else {
        return;
    };
    let module = pyrite_parser::parse_module(&source);
    assert!(
        module.module.is_some() || !module.diagnostics.is_empty(),
        "a module that does not parse has a diagnostic"
    );
    let expression = pyrite_parser::parse_expression(&source);
    assert!(
        expression.expression.is_some() || !expression.diagnostics.is_empty(),
        "an expression that does not parse has a diagnostic"
    );
    let interactive = pyrite_parser::parse_interactive(&source);
    assert!(
        interactive.interactive.is_some() || !interactive.diagnostics.is_empty(),
        "an interactive input that does not parse has a diagnostic"
    );
});
