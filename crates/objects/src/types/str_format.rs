//! `str.format(*args, **kwargs)`: replacement fields
//! `{field_name!conversion:format_spec}` with CPython's parsing rules and
//! messages.
//!
//! A field name is an argument (empty for automatic numbering, digits for
//! a position, anything else a keyword) followed by `.attribute` and
//! `[key]` lookups. The format spec may itself contain fields
//! (`{:{width}}`), one level deep.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::methods::Args;
use crate::ops::{format as format_value, repr, str as to_str};
use crate::runtime::Runtime;
use crate::types::percent::ascii_escape;
use crate::value::Value;

/// Automatic (`{}`) or manual (`{0}`) numbering, which cannot be mixed.
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

struct Formatter<'a, 'b> {
    rt: &'a mut dyn Runtime,
    args: Args<'b>,
    /// `format_map`'s mapping: named fields are looked up in it.
    mapping: Option<Value>,
    numbering: Numbering,
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(rt: &mut dyn Runtime, template: &str, args: Args<'_>) -> PyResult<String> {
    let mut f = Formatter {
        rt,
        args,
        mapping: None,
        numbering: Numbering::Unknown,
    };
    let chars: Vec<char> = template.chars().collect();
    f.render(&chars, 2)
}

/// `template.format_map(mapping)`.
pub fn str_format_map(rt: &mut dyn Runtime, template: &str, mapping: Value) -> PyResult<String> {
    let mut f = Formatter {
        rt,
        args: Args::default(),
        mapping: Some(mapping),
        numbering: Numbering::Unknown,
    };
    let chars: Vec<char> = template.chars().collect();
    f.render(&chars, 2)
}

impl Formatter<'_, '_> {
    fn render(&mut self, chars: &[char], depth: usize) -> PyResult<String> {
        if depth == 0 {
            return Err(PyErr::value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(PyErr::value_error(
                    "Single '}' encountered in format string",
                ));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            match chars.get(i + 1) {
                Some('{') => {
                    out.push('{');
                    i += 2;
                    continue;
                }
                None => {
                    return Err(PyErr::value_error(
                        "Single '{' encountered in format string",
                    ));
                }
                Some(_) => {}
            }
            // Find the matching '}', counting nested braces in the spec.
            let start = i + 1;
            let mut level = 1;
            let mut j = start;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(PyErr::value_error("expected '}' before end of string"));
            }
            out.push_str(&self.field(&chars[start..j], depth)?);
            i = j + 1;
        }
        Ok(out)
    }

    /// One replacement field (the text between the braces).
    fn field(&mut self, body: &[char], depth: usize) -> PyResult<String> {
        // The field name ends at '!' or ':' outside brackets.
        let mut end = 0;
        let mut in_bracket = false;
        while end < body.len() {
            match body[end] {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '!' | ':' if !in_bracket => break,
                _ => {}
            }
            end += 1;
        }
        let name: String = body[..end].iter().collect();
        let mut rest = &body[end..];
        let mut conversion = None;
        if rest.first() == Some(&'!') {
            match rest.get(1) {
                None => return Err(PyErr::value_error("unmatched '{' in format spec")),
                Some(c) => conversion = Some(*c),
            }
            rest = &rest[2..];
            if !rest.is_empty() && rest[0] != ':' {
                return Err(PyErr::value_error(
                    "expected ':' after conversion specifier",
                ));
            }
        }
        let spec_chars = if rest.first() == Some(&':') {
            &rest[1..]
        } else {
            rest
        };
        let value = self.lookup(&name)?;
        let result = self.convert_and_format(value, conversion, spec_chars, depth);
        self.rt.heap().decref(value);
        result
    }

    fn convert_and_format(
        &mut self,
        value: Value,
        conversion: Option<char>,
        spec: &[char],
        depth: usize,
    ) -> PyResult<String> {
        let spec = if spec.contains(&'{') {
            self.render(spec, depth - 1)?
        } else {
            spec.iter().collect()
        };
        let converted = match conversion {
            None => None,
            Some('r') => Some(repr(self.rt, value)?),
            Some('s') => Some(to_str(self.rt, value)?),
            Some('a') => Some(ascii_escape(&repr(self.rt, value)?)),
            Some(other) => {
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier {other}"
                )));
            }
        };
        match converted {
            Some(text) => crate::types::format_spec::format_str(&text, &spec),
            None => format_value(self.rt, value, &spec),
        }
    }

    /// The object a field name designates, as a new reference.
    fn lookup(&mut self, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (arg_name, mut rest) = name.split_at(first_end);
        let mut value = self.argument(arg_name)?;
        while !rest.is_empty() {
            let (next, remaining) = if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let attr = &after[..end];
                if attr.is_empty() {
                    self.rt.heap().decref(value);
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                (self.rt.getattr(value, attr), &after[end..])
            } else if let Some(after) = rest.strip_prefix('[') {
                let Some(close) = after.find(']') else {
                    self.rt.heap().decref(value);
                    return Err(PyErr::value_error("expected '}' before end of string"));
                };
                let key_text = &after[..close];
                let key = match key_text.parse::<i64>() {
                    Ok(i) if key_text.bytes().all(|b| b.is_ascii_digit()) => Value::Int(i),
                    _ => self.rt.heap().new_str(key_text),
                };
                let got = crate::ops::sequence::getitem(self.rt, value, key);
                self.rt.heap().decref(key);
                (got, &after[close + 1..])
            } else {
                self.rt.heap().decref(value);
                return Err(PyErr::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            };
            self.rt.heap().decref(value);
            value = next?;
            rest = remaining;
        }
        Ok(value)
    }

    /// The positional or keyword argument a field's first part names.
    fn argument(&mut self, arg_name: &str) -> PyResult<Value> {
        if let Some(m) = self.mapping {
            if arg_name.is_empty() || arg_name.bytes().all(|b| b.is_ascii_digit()) {
                return Err(PyErr::value_error(
                    "Format string contains positional fields",
                ));
            }
            let key = self.rt.heap().new_str(arg_name);
            let got = crate::ops::sequence::getitem(self.rt, m, key);
            self.rt.heap().decref(key);
            return got;
        }
        let index = if arg_name.is_empty() {
            match self.numbering {
                Numbering::Manual => {
                    return Err(PyErr::value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                Numbering::Unknown => {
                    self.numbering = Numbering::Auto(1);
                    Some(0)
                }
                Numbering::Auto(n) => {
                    self.numbering = Numbering::Auto(n + 1);
                    Some(n)
                }
            }
        } else if arg_name.bytes().all(|b| b.is_ascii_digit()) {
            if let Numbering::Auto(_) = self.numbering {
                return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.numbering = Numbering::Manual;
            Some(arg_name.parse::<usize>().unwrap_or(usize::MAX))
        } else {
            None
        };
        let value = match index {
            Some(i) => *self.args.positional.get(i).ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            })?,
            None => match self.args.keywords.iter().find(|(k, _)| *k == arg_name) {
                Some((_, v)) => *v,
                None => return Err(PyErr::new(ExcKind::KeyError, arg_name.to_string())),
            },
        };
        self.rt.heap().incref(value);
        Ok(value)
    }
}
