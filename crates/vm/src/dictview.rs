//! `dict.keys()`, `dict.values()` and `dict.items()`: live views of a
//! dict, with `len`, iteration, `in` and CPython's `repr`
//! (`dict_keys(['a', 'b'])`).

use pyrite_objects::types::interp::{DictViewKind, InterpObject, IterState};
use pyrite_objects::{Payload, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    /// A new view of `dict` (borrowed); a new reference.
    pub(crate) fn new_dict_view(&mut self, dict: Value, kind: DictViewKind) -> Value {
        self.heap.incref(dict);
        self.new_interp(kind.name(), InterpObject::DictView { dict, kind })
    }

    /// The dict and kind of a view.
    pub(crate) fn dict_view(&self, v: Value) -> Option<(Value, DictViewKind)> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::DictView { dict, kind } => Some((*dict, *kind)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The view's items now, as owned references.
    pub(crate) fn view_items(&mut self, dict: Value, kind: DictViewKind) -> Vec<Value> {
        let pairs: Vec<(Value, Value)> = match dict.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        pairs
            .into_iter()
            .map(|(k, v)| match kind {
                DictViewKind::Keys => {
                    self.heap.incref(k);
                    k
                }
                DictViewKind::Values => {
                    self.heap.incref(v);
                    v
                }
                DictViewKind::Items => {
                    self.heap.incref(k);
                    self.heap.incref(v);
                    self.heap.new_tuple(vec![k, v])
                }
            })
            .collect()
    }

    /// `iter(view)`.
    pub(crate) fn view_iter(&mut self, dict: Value, kind: DictViewKind) -> Value {
        let class = match kind {
            DictViewKind::Keys => "dict_keyiterator",
            DictViewKind::Values => "dict_valueiterator",
            DictViewKind::Items => "dict_itemiterator",
        };
        self.heap.incref(dict);
        let len = self.view_len(dict);
        self.new_iterator(
            class,
            IterState::Dict {
                dict,
                index: 0,
                len,
                kind,
            },
        )
    }

    /// `len(view)`.
    pub(crate) fn view_len(&self, dict: Value) -> usize {
        match dict.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Dict(t)) => t.len(),
            _ => 0,
        }
    }

    /// `x in view`.
    pub(crate) fn view_contains(
        &mut self,
        dict: Value,
        kind: DictViewKind,
        x: Value,
    ) -> PyResult<bool> {
        let Some(d) = dict.as_obj() else {
            return Ok(false);
        };
        match kind {
            DictViewKind::Keys => {
                let r = pyrite_objects::types::dict::get_item(self, d, x)?;
                Ok(r.map(|v| self.heap.decref(v)).is_some())
            }
            DictViewKind::Items => {
                let pair = self.tuple_items(x);
                if pair.len() != 2
                    || self.heap.builtin_type(x) != Some(pyrite_objects::BuiltinType::Tuple)
                {
                    return Ok(false);
                }
                match pyrite_objects::types::dict::get_item(self, d, pair[0])? {
                    Some(v) => {
                        let eq = self.equal(v, pair[1]);
                        self.heap.decref(v);
                        eq
                    }
                    None => Ok(false),
                }
            }
            DictViewKind::Values => {
                let items = self.view_items(dict, kind);
                let mut found = Ok(false);
                for v in &items {
                    match self.equal(*v, x) {
                        Ok(true) => {
                            found = Ok(true);
                            break;
                        }
                        Ok(false) => {}
                        Err(e) => {
                            found = Err(e);
                            break;
                        }
                    }
                }
                self.release(items);
                found
            }
        }
    }

    /// `repr(view)`: `dict_items([('a', 1)])`.
    pub(crate) fn view_repr(&mut self, dict: Value, kind: DictViewKind) -> PyResult<String> {
        let items = self.view_items(dict, kind);
        let list = self.heap.new_list(items);
        let r = self.repr(list);
        self.heap.decref(list);
        Ok(format!("{}({})", kind.name(), r?))
    }
}
