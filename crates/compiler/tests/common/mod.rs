//! Reading the assembler fixtures (see `assemble_fixtures.rs`).
#![allow(dead_code)]

use std::collections::HashMap;

use pyrite_compiler::assemble::{Assembled, BlockId, CfgBuilder, Instr, assemble};
use pyrite_compiler::bytecode::{Location, Opcode};

pub struct Case {
    pub name: String,
    pub first_line: u32,
    pub lines: Vec<String>,
    pub expected: HashMap<String, String>,
}

pub fn parse_cases(text: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.push(Case {
                name: name.to_string(),
                first_line: 0,
                lines: Vec::new(),
                expected: HashMap::new(),
            });
            continue;
        }
        let case = cases.last_mut().expect("fixture starts with ===");
        if let Some(n) = line.strip_prefix("firstlineno ") {
            case.first_line = n.parse().unwrap();
        } else if line.starts_with("co_") {
            let (key, value) = line.split_once(' ').unwrap_or((line, ""));
            case.expected.insert(key.to_string(), value.to_string());
        } else {
            case.lines.push(line.to_string());
        }
    }
    cases
}

fn parse_location(text: &str) -> Option<Location> {
    if text == "-" {
        return None;
    }
    let (start, end) = text.split_once('-').unwrap_or((text, ""));
    let (line, col) = start.split_once(':').unwrap();
    let line: u32 = line.parse().unwrap();
    if col.is_empty() {
        // "L:-" (no columns) or "L-E:-" (a line range without columns).
        let end_line = if end.is_empty() || end == ":" {
            line
        } else {
            end.trim_end_matches(':').parse().unwrap()
        };
        return Some(Location {
            line,
            end_line,
            col: None,
            end_col: None,
        });
    }
    let (end_line, end_col) = end.split_once(':').unwrap();
    Some(Location {
        line,
        end_line: end_line.parse().unwrap(),
        col: Some(col.parse().unwrap()),
        end_col: Some(end_col.parse().unwrap()),
    })
}

fn label(labels: &mut HashMap<String, BlockId>, builder: &mut CfgBuilder, name: &str) -> BlockId {
    *labels
        .entry(name.to_string())
        .or_insert_with(|| builder.new_block())
}

/// Builds the case's graph, assembles it and checks the four outputs
/// against CPython's.
pub fn run(case: &Case) -> Assembled {
    let mut builder = CfgBuilder::new();
    let mut labels: HashMap<String, BlockId> = HashMap::new();
    for line in &case.lines {
        if let Some(name) = line.strip_suffix(':') {
            if builder.cfg.block(builder.current).instructions.is_empty()
                && builder.current == builder.cfg.entry
            {
                // The entry block itself is the first label.
                labels.insert(name.to_string(), builder.current);
                continue;
            }
            let block = label(&mut labels, &mut builder, name);
            builder.use_next_block(block);
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let opcode = Opcode::from_name(fields[0]).unwrap_or_else(|| panic!("{line}"));
        let location = parse_location(fields[2]);
        if let Some(target) = fields[1].strip_prefix('@') {
            let target = label(&mut labels, &mut builder, &format!("@{target}"));
            builder.emit(Instr::jump(opcode, target, location));
        } else {
            builder.emit(Instr::new(opcode, fields[1].parse().unwrap(), location));
        }
    }
    let out = assemble(builder.finish(), case.first_line)
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    assert_eq!(
        hex(&out.co_code),
        case.expected["co_code"],
        "{} co_code",
        case.name
    );
    assert_eq!(
        hex(&out.co_linetable),
        case.expected["co_linetable"],
        "{} co_linetable",
        case.name
    );
    assert_eq!(
        hex(&out.co_exceptiontable),
        case.expected["co_exceptiontable"],
        "{} co_exceptiontable",
        case.name
    );
    assert_eq!(
        out.co_stacksize.to_string(),
        case.expected["co_stacksize"],
        "{} co_stacksize",
        case.name
    );
    out
}
