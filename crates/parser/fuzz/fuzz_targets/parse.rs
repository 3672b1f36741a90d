//! Any bytes, decoded as a source file, parsed, dumped and rendered: none
//! of it may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyrite_parser::{ast, parse_module, render};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let output = parse_module(source);
    if let Some(module) = &output.module {
        let _ = ast::dump_module(module, 3);
    }
    for d in &output.diagnostics {
        let _ = render::render_classic(d, source, "fuzz.py");
        let _ = render::render_pretty(d, source, "fuzz.py", false);
    }
});
