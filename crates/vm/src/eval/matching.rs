//! `match` statements: `MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS`
//! and `MATCH_CLASS` (with `__match_args__` and the built-in types that
//! match themselves positionally).

use pyrite_objects::types::dict;
use pyrite_objects::{BuiltinType, ExcKind, Payload, PyErr, PyResult, Value};

use super::Flow;
use crate::interpreter::Interpreter;

/// Built-in types whose single positional sub-pattern matches the subject
/// itself (CPython's `_Py_TPFLAGS_MATCH_SELF`).
const MATCH_SELF: [BuiltinType; 11] = [
    BuiltinType::Bool,
    BuiltinType::ByteArray,
    BuiltinType::Bytes,
    BuiltinType::Dict,
    BuiltinType::Float,
    BuiltinType::FrozenSet,
    BuiltinType::Int,
    BuiltinType::List,
    BuiltinType::Set,
    BuiltinType::Str,
    BuiltinType::Tuple,
];

impl Interpreter {
    pub(super) fn op_match_mapping(&mut self) -> PyResult<Flow> {
        let v = self.peek(0);
        let is = matches!(
            v.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Dict(_))
        );
        self.push(Value::Bool(is));
        Ok(Flow::Next)
    }

    pub(super) fn op_match_sequence(&mut self) -> PyResult<Flow> {
        let v = self.peek(0);
        let is = matches!(
            v.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. })
        );
        self.push(Value::Bool(is));
        Ok(Flow::Next)
    }

    pub(super) fn op_match_keys(&mut self) -> PyResult<Flow> {
        let keys = self.peek(0);
        let subject = self.peek(1);
        let Some(d) = subject.as_obj() else {
            self.push(Value::None);
            return Ok(Flow::Next);
        };
        let mut values = Vec::new();
        for k in self.tuple_items(keys) {
            match dict::get_item(self, d, k)? {
                Some(v) => values.push(v),
                None => {
                    self.release(values);
                    self.push(Value::None);
                    return Ok(Flow::Next);
                }
            }
        }
        let t = self.heap.new_tuple(values);
        self.push(t);
        Ok(Flow::Next)
    }

    pub(super) fn op_match_class(&mut self, count: u32) -> PyResult<Flow> {
        let names = self.pop();
        let class = self.pop();
        let subject = self.pop();
        let r = self.match_class(subject, class, count as usize, names);
        self.release([names, class, subject]);
        self.push(r?);
        Ok(Flow::Next)
    }

    fn match_class(
        &mut self,
        subject: Value,
        class: Value,
        count: usize,
        names: Value,
    ) -> PyResult<Value> {
        let Some(cls) = self.as_class_ref(class) else {
            return Err(PyErr::type_error("called match pattern must be a class"));
        };
        if !self.is_instance(subject, cls) {
            return Ok(Value::None);
        }
        let mut attrs = Vec::new();
        if count > 0 {
            let builtin = crate::class::class_data(&self.heap, class).and_then(|c| c.builtin);
            let match_self = builtin.is_some_and(|b| MATCH_SELF.contains(&b))
                && self.classes.native.contains(&cls);
            let match_args = self.lookup_type_str(cls, "__match_args__");
            match match_args {
                Some(ma) => {
                    let fields = self.tuple_items(ma);
                    if count > fields.len() {
                        return Err(PyErr::type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({count} given)",
                            self.class_name(cls),
                            fields.len(),
                            if fields.len() == 1 { "" } else { "s" }
                        )));
                    }
                    for f in fields.into_iter().take(count) {
                        match self.get_attr(subject, f) {
                            Ok(v) => attrs.push(v),
                            Err(e) if self.error_is(&e, ExcKind::AttributeError) => {
                                self.drop_error(e);
                                self.release(attrs);
                                return Ok(Value::None);
                            }
                            Err(e) => {
                                self.release(attrs);
                                return Err(e);
                            }
                        }
                    }
                }
                None if match_self && count == 1 => {
                    self.heap.incref(subject);
                    attrs.push(subject);
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({count} given)",
                        self.class_name(cls),
                        usize::from(match_self),
                        if match_self { "" } else { "s" }
                    )));
                }
            }
        }
        for name in self.tuple_items(names) {
            match self.get_attr(subject, name) {
                Ok(v) => attrs.push(v),
                Err(e) if self.error_is(&e, ExcKind::AttributeError) => {
                    self.drop_error(e);
                    self.release(attrs);
                    return Ok(Value::None);
                }
                Err(e) => {
                    self.release(attrs);
                    return Err(e);
                }
            }
        }
        Ok(self.heap.new_tuple(attrs))
    }
}
