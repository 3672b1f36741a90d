//! The report CPython 3.11 prints for an uncaught exception: chained
//! exceptions first, each with `Traceback (most recent call last):`, one
//! `File "…", line N, in name` entry per traceback object with the source
//! line and its position markers (`^^^^`, or `~~~^^^~~~` under a binary
//! operator or a subscript), runs of identical entries folded into
//! `[Previous line repeated N more times]`, then `Type: message`.
//!
//! Source lines come from the files themselves for the interpreter's own
//! report (`sys.excepthook`), and through `linecache.getlines` for the
//! `traceback` module, so names linecache knows (code compiled from
//! strings, doctest's patched `getlines`) show their lines there as in
//! CPython.

use std::rc::Rc;

use pyrite_compiler::bytecode::Position;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{Payload, Value};
use pyrite_parser::ast::{ExprKind, StmtKind};

use crate::interpreter::Interpreter;

/// Identical consecutive entries printed before folding (CPython's
/// `TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// Where a traceback entry's source line comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum LineSource {
    /// The file named by the code object, read directly.
    Files,
    /// `linecache.getlines(filename)`, whatever it is at the time.
    Linecache,
}

/// One traceback entry, resolved.
struct Entry {
    filename: String,
    line: Option<u32>,
    name: String,
    position: Position,
}

impl Interpreter {
    /// The full report for an exception, as `sys.excepthook` prints it.
    pub fn format_exception(&mut self, exc: Value) -> String {
        self.format_exception_from(exc, LineSource::Files)
    }

    /// The full report for an exception, source lines taken from `lines`.
    pub(crate) fn format_exception_from(&mut self, exc: Value, lines: LineSource) -> String {
        if self.chain_has_group(exc) {
            return self.format_exception_groups(exc);
        }
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen, lines);
        out
    }

    fn format_chain(
        &mut self,
        exc: Value,
        out: &mut String,
        seen: &mut Vec<Value>,
        lines: LineSource,
    ) {
        seen.push(exc);
        let (cause, context, suppress, tb) = match self.exception_data(exc) {
            Some(e) => (e.cause, e.context, e.suppress_context, e.traceback),
            None => (Value::None, Value::None, false, Value::None),
        };
        if cause != Value::None && !seen.iter().any(|s| s.is(cause)) {
            self.format_chain(cause, out, seen, lines);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if context != Value::None && !suppress && !seen.iter().any(|s| s.is(context)) {
            self.format_chain(context, out, seen, lines);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        if tb != Value::None {
            out.push_str("Traceback (most recent call last):\n");
            self.format_entries_from(tb, out, lines);
        }
        out.push_str(&self.format_exception_only(exc));
    }

    /// `Type: message`, with the module for classes outside `builtins`
    /// and `__main__`.
    pub fn format_exception_only(&mut self, exc: Value) -> String {
        let class = self.class_of(exc);
        let mut name = crate::class::class_data(&self.heap, Value::Obj(class))
            .map_or_else(|| "?".into(), |c| c.qualname.clone());
        if !self.classes.native.contains(&class) {
            let dict = crate::class::class_data(&self.heap, Value::Obj(class))
                .map_or(Value::None, |c| c.dict);
            if let Some(m) = self.dict_get_str(dict, "__module__") {
                let module = self.heap.str_of(m).unwrap_or("").to_string();
                self.heap.decref(m);
                if module != "builtins" && module != "__main__" {
                    name = format!("{module}.{name}");
                }
            }
        }
        let (section, text) = match self.syntax_error_section(exc) {
            Some(parts) => parts,
            None => match self.str_of(exc) {
                Ok(t) => (String::new(), t),
                Err(e) => {
                    self.drop_error(e);
                    (String::new(), "<exception str() failed>".to_string())
                }
            },
        };
        let notes = self.notes_text(exc);
        if text.is_empty() {
            format!("{section}{name}\n{notes}")
        } else {
            format!("{section}{name}: {text}\n{notes}")
        }
    }

    /// The entries of a traceback chain, source lines read from files.
    pub(crate) fn format_entries(&mut self, tb: Value, out: &mut String) {
        self.format_entries_from(tb, out, LineSource::Files);
    }

    /// The entries of a traceback chain, source lines taken from `lines`.
    pub(crate) fn format_entries_from(&mut self, tb: Value, out: &mut String, lines: LineSource) {
        let mut entries = Vec::new();
        let mut t = tb;
        while let Some(r) = t.as_obj() {
            let Payload::Interp(o) = self.heap.payload(r) else {
                break;
            };
            let InterpObject::Traceback {
                code, lasti, next, ..
            } = &**o
            else {
                break;
            };
            let (code, lasti, next) = (*code, *lasti as usize / 2, *next);
            if let Some(index) = self.code_index(code) {
                let info = self.codes[index as usize].clone();
                let position = info.position(lasti);
                entries.push(Entry {
                    filename: info.code.co_filename.clone(),
                    line: position.line,
                    name: info.code.co_name.clone(),
                    position,
                });
            }
            t = next;
        }
        let mut last: Option<(String, Option<u32>, String)> = None;
        let mut count = 0;
        for e in &entries {
            let key = (e.filename.clone(), e.line, e.name.clone());
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                fold_repeats(out, count);
                last = Some(key);
                count = 1;
            }
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            self.format_entry(e, out, lines);
        }
        fold_repeats(out, count);
    }

    fn format_entry(&mut self, e: &Entry, out: &mut String, lines: LineSource) {
        let line_text = match e.line {
            Some(l) => l.to_string(),
            None => "-1".to_string(),
        };
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            e.filename, line_text, e.name
        ));
        let Some(line) = e.line else { return };
        let raw = match lines {
            LineSource::Files => self.source_of(&e.filename).and_then(|source| {
                (line as usize)
                    .checked_sub(1)
                    .and_then(|i| source.lines().nth(i))
                    .map(str::to_string)
            }),
            LineSource::Linecache => self.linecache_line(&e.filename, line),
        };
        let Some(raw) = raw else {
            return;
        };
        let raw = raw.as_str();
        let stripped = raw.trim();
        if stripped.is_empty() {
            return;
        }
        out.push_str(&format!("    {stripped}\n"));
        if let Some(carets) = caret_line(raw, line, e.position) {
            out.push_str(&carets);
        }
    }

    /// Line `line` (1-based, without its line break) of what
    /// `linecache.getlines(filename)` returns; `None` when it has no such
    /// line or the lookup fails.
    fn linecache_line(&mut self, filename: &str, line: u32) -> Option<String> {
        let index = (line as usize).checked_sub(1)?;
        let result = self.call_linecache_getlines(filename);
        let lines = match result {
            Ok(v) => v,
            Err(err) => {
                self.drop_error(err);
                return None;
            }
        };
        let text = match lines.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::List(items)) => items
                .get(index)
                .and_then(|v| self.heap.str_of(v))
                .map(|s| s.trim_end_matches(['\n', '\r']).to_string()),
            _ => None,
        };
        self.heap.decref(lines);
        text
    }

    /// `linecache.getlines(filename)` (a new reference).
    fn call_linecache_getlines(&mut self, filename: &str) -> pyrite_objects::PyResult<Value> {
        let module = self.import_name("linecache", Value::None, Value::None, 0)?;
        let key = self.intern("getlines");
        let getlines = self.get_attr(module, key);
        self.heap.decref(key);
        self.heap.decref(module);
        let getlines = getlines?;
        let name = self.heap.new_str(filename.to_string());
        let result = self.call(getlines, &[name], &[]);
        self.heap.decref(name);
        self.heap.decref(getlines);
        result
    }

    /// The text of a source file, as `linecache` would find it.
    pub(crate) fn source_of(&mut self, filename: &str) -> Option<Rc<str>> {
        if filename.starts_with('<') {
            return None;
        }
        if let Some(s) = self.sources.get(filename) {
            return s.clone();
        }
        let text = std::fs::read(filename).ok().and_then(|b| {
            pyrite_lexer::decode_source(&b)
                .ok()
                .map(|s| Rc::from(s.as_ref()))
        });
        self.sources.insert(filename.to_string(), text.clone());
        text
    }
}

fn fold_repeats(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n > 1 { "s" } else { "" }
        ));
    }
}

/// Character offset of a UTF-8 byte offset in `line`.
fn char_offset(line: &str, byte: usize) -> usize {
    let byte = byte.min(line.len());
    String::from_utf8_lossy(&line.as_bytes()[..byte])
        .chars()
        .count()
}

/// The marker line under a source line, or `None` when CPython omits it
/// (the instruction spans the whole line and has no operator anchors).
fn caret_line(raw: &str, line: u32, pos: Position) -> Option<String> {
    let (Some(start_line), Some(end_line), Some(col), Some(end_col)) =
        (pos.line, pos.end_line, pos.col, pos.end_col)
    else {
        return None;
    };
    if start_line != line {
        return None;
    }
    let chars: Vec<char> = raw.chars().collect();
    let start = char_offset(raw, col as usize);
    let truncation = chars.iter().take_while(|c| c.is_whitespace()).count();
    let right_trimmed = raw.trim_end().chars().count();
    let end = if end_line == start_line {
        char_offset(raw, end_col as usize)
    } else {
        right_trimmed
    };
    if end <= start || start < truncation {
        return None;
    }
    let anchors = if end_line == start_line {
        let segment: String = chars[start..end].iter().collect();
        anchors_of(&segment).map(|(l, r)| (start + l, start + r))
    } else {
        None
    };
    let stripped_len = right_trimmed - truncation;
    if end - start >= stripped_len && anchors.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    for i in truncation..end {
        if i < start {
            out.push(' ');
        } else {
            match anchors {
                Some((l, r)) if i >= l && i < r => out.push('^'),
                Some(_) => out.push('~'),
                None => out.push('^'),
            }
        }
    }
    out.push('\n');
    Some(out)
}

/// The operator of a binary operation, or the subscript of an item
/// access, that a one-line segment consists of, as character offsets into
/// the segment.
fn anchors_of(segment: &str) -> Option<(usize, usize)> {
    let parsed = pyrite_parser::parse_module(segment);
    let module = parsed.module?;
    if !parsed.diagnostics.is_empty() || module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr { value } = &module.body[0].kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    let to_char = |b: usize| char_offset(segment, b);
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let from = left.range.end as usize;
            let to = right.range.start as usize;
            let i = (from..to).find(|&i| !bytes[i].is_ascii_whitespace())?;
            let mut r = i + 1;
            if r < to && !bytes[r].is_ascii_whitespace() {
                r += 1;
            }
            Some((to_char(i), to_char(r)))
        }
        ExprKind::Subscript { value, slice, .. } => {
            let l = value.range.end as usize;
            let r = slice.range.end as usize + 1;
            Some((to_char(l), to_char(r.min(segment.len()))))
        }
        _ => None,
    }
}
