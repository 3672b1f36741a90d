//! `cargo run -p pyrite-compiler --example dis -- FILE`: the compiler's own
//! `dis` of a file, without the CLI (arguments `-m dis` are accepted and
//! ignored, so `tests/fixtures/codegen/compare.py` can drive it).

use pyrite_compiler::codegen::{CompileOptions, compile_source};

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().skip(1).find(|a| a != "-m" && a != "dis") else {
        eprintln!("usage: dis FILE");
        return std::process::ExitCode::from(2);
    };
    let source = match std::fs::read(&path)
        .ok()
        .and_then(|b| pyrite_lexer::decode_source(&b).ok().map(|s| s.into_owned()))
    {
        Some(source) => source,
        None => {
            eprintln!("dis: cannot read {path}");
            return std::process::ExitCode::from(2);
        }
    };
    let options = CompileOptions {
        filename: path.clone(),
        optimize: 0,
    };
    match compile_source(&source, options).map(|code| pyrite_compiler::dis::dis(&code)) {
        Ok(Ok(text)) => {
            print!("{text}");
            std::process::ExitCode::SUCCESS
        }
        Ok(Err(e)) => {
            eprintln!("dis: {e}");
            std::process::ExitCode::from(1)
        }
        Err(d) => {
            eprintln!("{}: {}", d.kind.name(), d.message);
            std::process::ExitCode::from(1)
        }
    }
}
