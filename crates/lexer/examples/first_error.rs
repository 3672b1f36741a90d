//! Prints, for each file named on the command line, the first error the
//! lexer finds in it, as `PATH<TAB>KIND: MESSAGE @ LINE:OFFSET` (OFFSET is
//! 1-based, in characters, as in CPython's `SyntaxError.offset`), or
//! `PATH<TAB>OK`. Used by `tests/differential/tokenize_errors.py`.

use pyrite_lexer::{LineIndex, decode_source_file, tokenize};

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            println!("{path}\tunreadable");
            continue;
        };
        let result = match decode_source_file(&bytes, &path) {
            Err(diagnostic) => format!("{}: {}", diagnostic.kind.name(), diagnostic.message),
            Ok(source) => {
                let (_, diagnostics) = tokenize(&source);
                match diagnostics.first() {
                    None => "OK".to_string(),
                    Some(d) => {
                        let index = LineIndex::new(&source);
                        let (line, column) = index.line_col_chars(&source, d.range.start as usize);
                        format!("{}: {} @ {line}:{}", d.kind.name(), d.message, column + 1)
                    }
                }
            }
        };
        println!("{path}\t{result}");
    }
}
