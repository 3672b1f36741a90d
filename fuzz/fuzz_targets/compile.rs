//! Source bytes through `decode_source`, the parser and the code generator
//! (with its optimiser and assembler): a tree the parser accepts either
//! compiles or yields a `SyntaxError`, never a panic. A module that compiles
//! also passes the code object validator, disassembles, and comes back
//! byte for byte through the code cache.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyrite_compiler::cache::{self, SourceStamp};
use pyrite_compiler::codegen::{CompileOptions, compile_module};
use pyrite_compiler::dis::dis;
use pyrite_lexer::decode_source;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source(data) else {
        return;
    };
    let Some(module) = pyrite_parser::parse_module(&source).module else {
        return;
    };
    let Ok(code) = compile_module(&module, &source, CompileOptions::default()) else {
        return;
    };
    if let Err(e) = code.validate() {
        panic!("compiled code fails validation: {e}");
    }
    if let Err(e) = dis(&code) {
        panic!("compiled code does not disassemble: {e}");
    }
    let stamp = SourceStamp {
        mtime: 0,
        size: data.len() as u64,
    };
    let written = cache::write(&code, stamp).expect("a compiled module serialises");
    let read = cache::read(&written, stamp).expect("a written cache file reads back");
    let rewritten = cache::write(&read, stamp).expect("a read module serialises");
    assert!(written == rewritten, "the code cache round trip is exact");
});
