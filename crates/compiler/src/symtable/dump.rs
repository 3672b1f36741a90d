//! A plain-text view of a symbol table, the same one
//! `tests/fixtures/symtable/dump.py` prints from CPython's `symtable`
//! module, so the two can be compared line by line.
//!
//! Each scope prints as `TYPE NAME (line N)` (plus ` nested`), then its
//! symbols sorted by name as `NAME: SCOPE FLAG|FLAG`, then its children,
//! indented.

use super::{BlockType, SymbolFlags, SymbolTable};

/// The dump of `table` and everything nested in it.
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    write_table(&mut out, table, 0);
    out
}

fn write_table(out: &mut String, table: &SymbolTable, depth: usize) {
    let indent = "  ".repeat(depth);
    let kind = match table.block_type {
        BlockType::Module => "module",
        BlockType::Class => "class",
        BlockType::Function => "function",
        BlockType::Annotation => "annotation",
    };
    let nested = if table.is_nested { " nested" } else { "" };
    out.push_str(&format!(
        "{indent}{kind} {} (line {}){nested}\n",
        table.name, table.lineno
    ));
    let mut names: Vec<&String> = table.symbols.keys().collect();
    names.sort();
    for name in names {
        let symbol = &table.symbols[name];
        let flags: Vec<&str> = SymbolFlags::NAMES
            .iter()
            .filter(|(bit, _)| symbol.flags.has(*bit))
            .map(|(_, n)| *n)
            .collect();
        out.push_str(&format!(
            "{indent}  {name}: {} {}\n",
            symbol.scope.name(),
            flags.join("|")
        ));
    }
    for child in &table.children {
        write_table(out, child, depth + 1);
    }
}
