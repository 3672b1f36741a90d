//! The interpreter as the objects crate's [`Runtime`]: `repr`, `str`,
//! `==`, `<`, `hash`, attribute lookup and iteration of user classes'
//! instances and of the interpreter's own objects, by calling their dunders.

use pyrite_objects::types::interp::{DictViewKind, InterpObject};
use pyrite_objects::{Heap, Payload, PyErr, PyResult, Runtime, Value};

use crate::interpreter::Interpreter;

impl Runtime for Interpreter {
    fn heap(&mut self) -> &mut Heap {
        &mut self.heap
    }

    fn user_eq(&mut self, a: Value, b: Value) -> PyResult<Value> {
        self.rich_compare(a, b, 2)
    }

    fn user_lt(&mut self, a: Value, b: Value) -> PyResult<Value> {
        self.rich_compare(a, b, 0)
    }

    fn user_hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(f) = self.user_special(v, "__hash__") {
            if f == Value::None {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    self.type_name(v)
                )));
            }
            let r = self.call_special(f, v, &[])?;
            return match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                other => {
                    self.heap.decref(other);
                    Err(PyErr::type_error(
                        "__hash__ method should return an integer",
                    ))
                }
            };
        }
        if self.heap.is_subclass_instance(v) {
            return pyrite_objects::ops::hash_builtin(self, v);
        }
        if let Some((_, DictViewKind::Keys | DictViewKind::Items)) = self.dict_view(v) {
            return Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                self.type_name(v)
            )));
        }
        if let Some((func, receiver)) = self.method_parts(v) {
            // Equal bound methods (same function, same instance) hash alike.
            let f = pyrite_objects::ops::hash(self, func)?;
            let r = pyrite_objects::hash::pointer_hash(self.heap.id(receiver));
            let h = f ^ r;
            return Ok(if h == -1 { -2 } else { h });
        }
        Ok(pyrite_objects::hash::pointer_hash(self.heap.id(v)))
    }

    fn user_repr(&mut self, v: Value) -> PyResult<String> {
        if let Some(f) = self.user_special(v, "__repr__") {
            // A native `__repr__` that reaches repr() again (`__repr__ =
            // __str__`) recurses without pushing a Python frame.
            self.enter_recursive_call(" while getting the repr of an object")?;
            let r = self.call_special(f, v, &[]);
            self.depth -= 1;
            return self.text_result(r?, "__repr__");
        }
        if self.heap.is_subclass_instance(v) {
            return pyrite_objects::ops::repr_builtin(self, v);
        }
        self.native_repr(v)
    }

    fn user_str(&mut self, v: Value) -> PyResult<String> {
        if let Some(f) = self.user_special(v, "__str__") {
            let r = self.call_special(f, v, &[])?;
            return self.text_result(r, "__str__");
        }
        if self.heap.is_subclass_instance(v) {
            return pyrite_objects::ops::str_builtin(self, v);
        }
        if self.exception_data(v).is_some() {
            return self.exception_str(v);
        }
        self.user_repr(v)
    }

    fn user_format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Some(f) = self.user_special(v, "__format__") {
            let s = self.heap.new_str(spec);
            let r = self.call_special(f, v, &[s]);
            self.heap.decref(s);
            return self.text_result(r?, "__format__");
        }
        if spec.is_empty() {
            return self.user_str(v);
        }
        Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            self.type_name(v)
        )))
    }

    fn user_iterate(&mut self, v: Value) -> PyResult<Vec<Value>> {
        self.iterate(v)
    }

    fn call(&mut self, callable: Value, args: &[Value]) -> PyResult<Value> {
        Interpreter::call(self, callable, args, &[])
    }

    fn getattr(&mut self, v: Value, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        let found = self.get_attr(v, key);
        self.heap.decref(key);
        found
    }

    fn mapping_pairs(&mut self, v: Value) -> Option<PyResult<Vec<(Value, Value)>>> {
        let key = self.intern("keys");
        let keys = self.get_attr(v, key);
        self.heap.decref(key);
        let keys = match keys {
            Ok(k) => k,
            Err(e) if self.error_is(&e, pyrite_objects::ExcKind::AttributeError) => {
                self.drop_error(e);
                return None;
            }
            Err(e) => return Some(Err(e)),
        };
        let listed = self.call(keys, &[], &[]);
        self.heap.decref(keys);
        let listed = match listed {
            Ok(l) => l,
            Err(e) => return Some(Err(e)),
        };
        if !self.is_iterable(listed) {
            let err = PyErr::type_error(format!(
                "{}.keys() returned a non-iterable (type {})",
                self.type_name(v),
                self.type_name(listed)
            ));
            self.heap.decref(listed);
            return Some(Err(err));
        }
        let items = self.iterate(listed);
        self.heap.decref(listed);
        let items = match items {
            Ok(i) => i,
            Err(e) => return Some(Err(e)),
        };
        let mut pairs = Vec::with_capacity(items.len());
        let mut keys = items.into_iter();
        for k in keys.by_ref() {
            match self.getitem(v, k) {
                Ok(x) => pairs.push((k, x)),
                Err(e) => {
                    self.heap.decref(k);
                    self.release(keys);
                    for (k, x) in pairs {
                        self.heap.decref(k);
                        self.heap.decref(x);
                    }
                    return Some(Err(e));
                }
            }
        }
        Some(Ok(pairs))
    }
}

impl Interpreter {
    /// A bound method's function and instance.
    pub(crate) fn method_parts(&self, v: Value) -> Option<(Value, Value)> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Method { func, receiver } => Some((*func, *receiver)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `repr(v)`.
    pub(crate) fn repr(&mut self, v: Value) -> PyResult<String> {
        pyrite_objects::ops::repr(self, v)
    }

    /// `str(v)`.
    pub(crate) fn str_of(&mut self, v: Value) -> PyResult<String> {
        pyrite_objects::ops::str(self, v)
    }

    /// `format(v, spec)`.
    pub(crate) fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Some(f) = self.user_special(v, "__format__") {
            let s = self.heap.new_str(spec);
            let r = self.call_special(f, v, &[s]);
            self.heap.decref(s);
            return self.text_result(r?, "__format__");
        }
        if spec.is_empty()
            && (self.user_special(v, "__str__").is_some()
                || self.user_special(v, "__repr__").is_some())
        {
            return self.str_of(v);
        }
        pyrite_objects::ops::format(self, v, spec)
    }

    /// `len(v)`.
    pub(crate) fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Some((dict, _)) = self.dict_view(v) {
            return Ok(self.view_len(dict));
        }
        if let Some(f) = self.user_special(v, "__len__") {
            let r = self.call_special(f, v, &[])?;
            return self.len_result(r);
        }
        pyrite_objects::ops::sequence::len(&self.heap, v)
    }

    /// `hash(v)`.
    pub(crate) fn hash(&mut self, v: Value) -> PyResult<i64> {
        pyrite_objects::ops::hash(self, v)
    }

    /// The text of a str returned by a dunder; releases `r`.
    fn text_result(&mut self, r: Value, what: &str) -> PyResult<String> {
        let out = match self.heap.str_of(r) {
            Some(s) => Ok(s.to_string()),
            None => Err(PyErr::type_error(format!(
                "{what} returned non-string (type {})",
                self.type_name(r)
            ))),
        };
        self.heap.decref(r);
        out
    }

    /// The default `repr` of instances and interpreter objects.
    fn native_repr(&mut self, v: Value) -> PyResult<String> {
        if let Some((dict, kind)) = self.dict_view(v) {
            return self.view_repr(dict, kind);
        }
        if let Some(text) = self.generator_repr(v) {
            return Ok(text);
        }
        let id = self.heap.id(v);
        let Some(r) = v.as_obj() else {
            return Ok(format!("<object at {id:#x}>"));
        };
        enum Shape {
            Class(String, bool),
            Function(Value),
            Method(Value, Value),
            Builtin(u32, Value),
            Module(Value),
            Exception,
            Code(u32),
            Other,
        }
        let shape = match self.heap.payload(r) {
            Payload::Interp(o) => match &**o {
                InterpObject::Class(c) => {
                    Shape::Class(c.qualname.clone(), self.classes.native.contains(&r))
                }
                InterpObject::Function(f) => Shape::Function(f.qualname),
                InterpObject::Method { func, receiver } => Shape::Method(*func, *receiver),
                InterpObject::Builtin { index, receiver } => Shape::Builtin(*index, *receiver),
                InterpObject::Module { dict } => Shape::Module(*dict),
                InterpObject::Exception(_) => Shape::Exception,
                InterpObject::Code { index } => Shape::Code(*index),
                _ => Shape::Other,
            },
            _ => Shape::Other,
        };
        Ok(match shape {
            Shape::Class(qualname, native) => {
                let module = if native {
                    None
                } else {
                    let dict =
                        crate::class::class_data(&self.heap, v).map_or(Value::None, |c| c.dict);
                    self.dict_get_str(dict, "__module__").map(|m| {
                        let s = self.heap.str_of(m).unwrap_or("").to_string();
                        self.heap.decref(m);
                        s
                    })
                };
                match module {
                    Some(m) if m != "builtins" => format!("<class '{m}.{qualname}'>"),
                    _ => format!("<class '{qualname}'>"),
                }
            }
            Shape::Function(q) => {
                format!(
                    "<function {} at {id:#x}>",
                    self.heap.str_of(q).unwrap_or("?")
                )
            }
            Shape::Method(func, receiver) => {
                let q = self
                    .function_data(func)
                    .and_then(|f| self.heap.str_of(f.qualname))
                    .unwrap_or("?")
                    .to_string();
                format!("<bound method {q} of {}>", self.repr(receiver)?)
            }
            Shape::Builtin(index, receiver) => {
                let name = self.natives[index as usize].name;
                if receiver == Value::None {
                    format!("<built-in function {name}>")
                } else {
                    let rid = self.heap.id(receiver);
                    format!(
                        "<built-in method {name} of {} object at {rid:#x}>",
                        self.type_name(receiver)
                    )
                }
            }
            Shape::Module(dict) => self.module_repr(v, dict)?,
            Shape::Exception => self.exception_repr(v)?,
            Shape::Code(index) => {
                let co = &self.codes[index as usize].code;
                format!(
                    "<code object {} at {id:#x}, file \"{}\", line {}>",
                    co.co_name, co.co_filename, co.co_firstlineno
                )
            }
            Shape::Other => {
                let class = self.class_of(v);
                let name = self.class_name(class);
                let module = if self.classes.native.contains(&class) {
                    None
                } else {
                    let dict = crate::class::class_data(&self.heap, Value::Obj(class))
                        .map_or(Value::None, |c| c.dict);
                    self.dict_get_str(dict, "__module__").map(|m| {
                        let s = self.heap.str_of(m).unwrap_or("").to_string();
                        self.heap.decref(m);
                        s
                    })
                };
                match module {
                    Some(m) if m != "builtins" => format!("<{m}.{name} object at {id:#x}>"),
                    _ => format!("<{name} object at {id:#x}>"),
                }
            }
        })
    }
}

impl Interpreter {
    /// A module's repr, as CPython's import system writes it: `from` its
    /// file, `(frozen)` for the bundled standard library, `(built-in)` for
    /// a native module, its loader's repr if it has a loader, else just
    /// its name.
    fn module_repr(&mut self, module: Value, dict: Value) -> PyResult<String> {
        let text_of = |interp: &mut Interpreter, key: &str| {
            let v = interp.dict_get_str(dict, key)?;
            let text = interp.heap.str_of(v).map(str::to_string);
            interp.heap.decref(v);
            text
        };
        let name = text_of(self, "__name__").unwrap_or_else(|| "?".to_string());
        if let Some(file) = text_of(self, "__file__") {
            return Ok(if file.starts_with("<frozen ") {
                format!("<module '{name}' (frozen)>")
            } else {
                format!("<module '{name}' from '{file}'>")
            });
        }
        let native = crate::builtins::sys::is_builtin_module_name(&name)
            && (self.modules.get(&name) == Some(&module) || module == self.builtins_module);
        if native {
            return Ok(format!("<module '{name}' (built-in)>"));
        }
        match self.dict_get_str(dict, "__loader__") {
            Some(loader) if loader != Value::None => {
                let text = self.repr(loader);
                self.heap.decref(loader);
                Ok(format!("<module '{name}' ({})>", text?))
            }
            other => {
                if let Some(v) = other {
                    self.heap.decref(v);
                }
                Ok(format!("<module '{name}'>"))
            }
        }
    }
}
