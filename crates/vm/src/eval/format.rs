//! f-strings: `FORMAT_VALUE` (conversion, then `format(value, spec)`),
//! and `PRINT_EXPR` for the interactive prompt.

use pyrite_objects::{PyResult, Value};

use super::Flow;
use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn op_format_value(&mut self, flags: u32) -> PyResult<Flow> {
        let spec = if flags & 0x04 != 0 {
            Some(self.pop())
        } else {
            None
        };
        let value = self.pop();
        let result = self.format_value(value, flags & 0x03, spec);
        self.heap.decref(value);
        if let Some(s) = spec {
            self.heap.decref(s);
        }
        self.push(result?);
        Ok(Flow::Next)
    }

    fn format_value(
        &mut self,
        value: Value,
        conversion: u32,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        let converted = match conversion {
            1 => Some(self.str_of(value)?),
            2 => Some(self.repr(value)?),
            3 => Some(ascii_escape(&self.repr(value)?)),
            _ => None,
        };
        let spec_text = spec
            .and_then(|s| self.heap.str_of(s).map(str::to_string))
            .unwrap_or_default();
        if let Some(text) = converted {
            if spec_text.is_empty() {
                return Ok(self.heap.new_str(text));
            }
            let s = self.heap.new_str(text);
            let r = self.format(s, &spec_text);
            self.heap.decref(s);
            return r.map(|t| self.heap.new_str(t));
        }
        if spec_text.is_empty() && self.heap.str_of(value).is_some() {
            self.heap.incref(value);
            return Ok(value);
        }
        let text = self.format(value, &spec_text)?;
        Ok(self.heap.new_str(text))
    }

    /// `PRINT_EXPR`: an expression statement compiled interactively hands
    /// its value to `sys.displayhook`.
    pub(super) fn op_print_expr(&mut self) -> PyResult<Flow> {
        let v = self.pop();
        let r = self.display(v);
        self.heap.decref(v);
        r.map(|()| Flow::Next)
    }

    pub(super) fn op_get_len(&mut self) -> PyResult<Flow> {
        let v = self.peek(0);
        let n = self.len(v)?;
        self.push(Value::Int(n as i64));
        Ok(Flow::Next)
    }
}

/// `ascii()`: a repr with non-ASCII characters escaped.
pub(crate) fn ascii_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
