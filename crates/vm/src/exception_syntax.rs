//! `SyntaxError`'s attributes, constructor, `str()` and report, which
//! differ from every other exception's, and the `SyntaxError` that
//! `compile()`, `exec()`, `eval()` and `import` raise for a diagnostic.
//!
//! `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
//! end_offset]))` keeps both arguments as `args` and stores the parts as
//! attributes; `msg` is the first argument whatever the count. Every
//! attribute defaults to `None`, `print_file_and_line` included (its
//! presence is what tells the report to print the location section).
//! `str()` is `msg (file.py, line 3)` with the file's base name, or the
//! parts of that which are set. `IndentationError` and `TabError` are
//! subclasses and share all of this.

use pyrite_lexer::{Diagnostic, DiagnosticKind};
use pyrite_objects::{ExcKind, ObjRef, PyErr, PyResult, Value};
use pyrite_parser::render;

use crate::interpreter::Interpreter;

/// The attributes a `SyntaxError` carries besides `args`, in the order of
/// the details tuple (after `msg`).
pub(crate) const SYNTAX_ERROR_ATTRS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

impl Interpreter {
    /// An instance of `class` (a `SyntaxError` subclass) for `args`
    /// (borrowed). A details tuple of the wrong length leaves the
    /// location attributes `None`.
    pub(crate) fn new_syntax_exception(&mut self, class: ObjRef, args: &[Value]) -> Value {
        let exc = self.new_exception_with_args(class, args);
        if let Some(&msg) = args.first() {
            self.set_exception_attr(exc, "msg", msg);
        }
        if let [_, info] = args {
            let details = self.tuple_items(*info);
            if (4..=6).contains(&details.len()) {
                for (name, value) in SYNTAX_ERROR_ATTRS[1..7].iter().zip(details) {
                    self.set_exception_attr(exc, name, value);
                }
            }
        }
        exc
    }

    /// The error for a diagnostic from compiling `source` (read from
    /// `filename`): a `SyntaxError` (or `IndentationError`, `TabError`)
    /// with its location, or the `RecursionError`/`MemoryError` CPython's
    /// compiler and parser give for a source nested too deeply.
    pub(crate) fn syntax_error(&mut self, d: &Diagnostic, source: &str, filename: &str) -> PyErr {
        let kind = match d.kind {
            DiagnosticKind::SyntaxError => ExcKind::SyntaxError,
            DiagnosticKind::IndentationError => ExcKind::IndentationError,
            DiagnosticKind::TabError => ExcKind::TabError,
            DiagnosticKind::MemoryError => return PyErr::new(ExcKind::MemoryError, ""),
            DiagnosticKind::RecursionError => {
                return PyErr::new(ExcKind::RecursionError, d.message.clone());
            }
        };
        let at = render::location(d, source);
        let number = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
        // The line as CPython's `text` holds it. Its parser takes the line
        // the tokenizer is on, with the line break (added to a last line
        // without one), or else an earlier line from its buffers, without
        // it. The tokenizer is at the end of the error, or at the end of the
        // source for a bracket never closed.
        let lines: Vec<&str> = source.split_inclusive('\n').collect();
        let tokenizer_line = if d.message.ends_with("was never closed") {
            lines.len()
        } else {
            at.end_lineno
        };
        let text = match lines.get(at.lineno.wrapping_sub(1)) {
            Some(line) => {
                let mut line = line.trim_end_matches(['\n', '\r']).to_string();
                if at.lineno == tokenizer_line {
                    line.push('\n');
                }
                self.heap.new_str(line)
            }
            None => Value::None,
        };
        let details = vec![
            self.heap.new_str(filename.to_string()),
            number(at.lineno),
            number(at.offset),
            text,
            number(at.end_lineno),
            number(at.end_offset),
        ];
        let info = self.heap.new_tuple(details);
        let msg = self.heap.new_str(d.message.clone());
        let class = self.classes.exc[&kind];
        let exc = self.new_exception(class, &[msg, info]);
        self.release([msg, info]);
        PyErr::Raised(exc)
    }

    /// The value of one of `exc`'s `SyntaxError` attributes (borrowed), or
    /// `None` when it is unset.
    fn syntax_attr(&mut self, exc: Value, name: &str) -> Value {
        let dict = self.exception_data(exc).map_or(Value::None, |e| e.dict);
        if dict == Value::None {
            return Value::None;
        }
        let value = self.dict_get_str(dict, name).unwrap_or(Value::None);
        self.heap.decref(value);
        value
    }

    /// `str(exc)` for a `SyntaxError`; `None` for other exceptions.
    pub(crate) fn syntax_error_str(&mut self, exc: Value) -> Option<PyResult<String>> {
        if !self.is_instance(exc, self.classes.exc[&ExcKind::SyntaxError]) {
            return None;
        }
        let msg = self.syntax_attr(exc, "msg");
        let filename = self.syntax_attr(exc, "filename");
        let lineno = self.syntax_attr(exc, "lineno");
        let base = self
            .heap
            .str_of(filename)
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let msg = match self.str_of(msg) {
            Ok(m) => m,
            Err(e) => return Some(Err(e)),
        };
        Some(Ok(match (base, lineno) {
            (Some(f), Value::Int(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), _) => format!("{msg} ({f})"),
            (None, Value::Int(n)) => format!("{msg} (line {n})"),
            (None, _) => msg,
        }))
    }

    /// The location section of a `SyntaxError`'s report, between the
    /// traceback and the last line, and the message that last line shows:
    /// `  File "f.py", line 3`, the source line, the carets under the
    /// error. `None` for other exceptions, or when the attributes are not
    /// usable (as CPython, the report then shows `str(exc)`).
    pub(crate) fn syntax_error_section(&mut self, exc: Value) -> Option<(String, String)> {
        if !self.is_instance(exc, self.classes.exc[&ExcKind::SyntaxError]) {
            return None;
        }
        let int = |v: Value| match v {
            Value::Int(n) => Some(n),
            Value::None => Some(-1),
            _ => None,
        };
        let msg = self.syntax_attr(exc, "msg");
        let message = self.heap.str_of(msg)?.to_string();
        let filename = self.syntax_attr(exc, "filename");
        let filename = match filename {
            Value::None => "<string>".to_string(),
            f => self.heap.str_of(f)?.to_string(),
        };
        let lineno = int(self.syntax_attr(exc, "lineno"))?;
        let mut offset = int(self.syntax_attr(exc, "offset"))?;
        let end_lineno = int(self.syntax_attr(exc, "end_lineno"))?;
        let mut end_offset = int(self.syntax_attr(exc, "end_offset"))?;
        let text = self.syntax_attr(exc, "text");
        let mut out = format!("  File \"{filename}\", line {lineno}\n");
        if let Some(text) = self.heap.str_of(text) {
            let size = i64::try_from(text.chars().count()).unwrap_or(i64::MAX);
            if end_lineno > lineno {
                end_offset = size;
            }
            end_offset = end_offset.min(size + 1);
            let carets = if end_offset > 0 && end_offset > offset {
                end_offset - offset
            } else {
                1
            };
            offset -= 1;
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            offset -= i64::try_from(text.len() - stripped.len()).unwrap_or(0);
            let mut line = stripped;
            let len = line.strip_suffix('\n').unwrap_or(line).chars().count();
            offset = offset.min(i64::try_from(len).unwrap_or(i64::MAX));
            // A text of several lines shows the one the offset falls in.
            while let Some(nl) = line.find('\n') {
                let before = i64::try_from(line[..nl].chars().count()).unwrap_or(i64::MAX);
                if before >= offset {
                    break;
                }
                offset -= before + 1;
                line = &line[nl + 1..];
            }
            out.push_str("    ");
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push('\n');
            }
            if offset >= 0 {
                out.push_str("    ");
                out.push_str(&" ".repeat(usize::try_from(offset).unwrap_or(0)));
                out.push_str(&"^".repeat(usize::try_from(carets).unwrap_or(1)));
                out.push('\n');
            }
        }
        Some((out, message))
    }
}
