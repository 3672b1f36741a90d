//! The attributes objects expose natively: `__class__`, a class's
//! `__name__`/`__mro__`/`__bases__`/`__dict__`, a function's `__code__`,
//! `__defaults__`, `__closure__`, …, a code object's `co_*`, an
//! exception's `args` and `__traceback__`, a traceback's `tb_*`, a
//! cell's `cell_contents`. These read the interpreter's real state.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    /// How CPython's call errors name a callable: `module.qualname()`, or
    /// `qualname()` for built-ins and objects without a module, or `str()`
    /// of an object without `__qualname__`.
    pub(crate) fn function_str(&mut self, func: Value) -> String {
        let text_attr = |me: &mut Self, name: &str| -> Option<String> {
            let key = me.intern(name);
            let v = me.get_attr(func, key);
            me.heap.decref(key);
            match v {
                Ok(v) => {
                    let s = me.heap.str_of(v).map(str::to_string);
                    me.heap.decref(v);
                    s
                }
                Err(e) => {
                    me.drop_error(e);
                    None
                }
            }
        };
        let Some(qualname) = text_attr(self, "__qualname__") else {
            return self.str_of(func).unwrap_or_default();
        };
        match text_attr(self, "__module__") {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// Whether `exc` has the attribute `name` with a `None` default, as
    /// CPython's `NameError.name`, `ImportError.name`/`path` and
    /// `AttributeError.name`/`obj`.
    fn has_none_default(&self, exc: Value, name: &str) -> bool {
        let kinds: &[ExcKind] = match name {
            "name" => &[
                ExcKind::NameError,
                ExcKind::ImportError,
                ExcKind::AttributeError,
            ],
            "path" => &[ExcKind::ImportError],
            "obj" => &[ExcKind::AttributeError],
            "errno" | "strerror" | "filename2" => &[ExcKind::OSError],
            "filename" => &[ExcKind::OSError, ExcKind::SyntaxError],
            "msg"
            | "lineno"
            | "offset"
            | "text"
            | "end_lineno"
            | "end_offset"
            | "print_file_and_line" => &[ExcKind::SyntaxError],
            _ => &[],
        };
        kinds
            .iter()
            .any(|k| self.is_instance(exc, self.classes.exc[k]))
    }

    /// A native attribute of `obj`, or `None` if it has no such attribute.
    pub(crate) fn special_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(self.type_value(obj)));
        }
        let Some(r) = obj.as_obj() else {
            return Ok(self.number_attr(obj, name));
        };
        let own = |me: &mut Self, v: Value| {
            me.heap.incref(v);
            Some(v)
        };
        let value: Option<Value> = match self.heap.payload(r) {
            Payload::Instance { dict } if name == "__dict__" => {
                let d = *dict;
                let class = self.class_of(obj);
                if self.slots_of(class).is_some() {
                    return Ok(None);
                }
                own(self, d)
            }
            Payload::Cell(c) if name == "cell_contents" => match c {
                Some(v) => {
                    let v = *v;
                    own(self, v)
                }
                None => return Err(PyErr::value_error("Cell is empty")),
            },
            Payload::Range { start, stop, step } | Payload::Slice { start, stop, step } => {
                let v = match name {
                    "start" => *start,
                    "stop" => *stop,
                    "step" => *step,
                    _ => return Ok(None),
                };
                own(self, v)
            }
            Payload::Int(_) | Payload::Float(_) | Payload::Complex { .. } => {
                return Ok(self.number_attr(obj, name));
            }
            Payload::Interp(o) => match &**o {
                InterpObject::Class(c) => {
                    let (cname, qual, dict, bases) =
                        (c.name.clone(), c.qualname.clone(), c.dict, c.bases);
                    let mro: Vec<Value> = c.mro.clone();
                    match name {
                        "__name__" => Some(self.heap.new_str(cname)),
                        "__qualname__" => Some(self.heap.new_str(qual)),
                        "__dict__" => {
                            // A copy stands in for CPython's read-only
                            // mappingproxy: the class namespace only
                            // changes through setattr, which keeps the
                            // lookup caches right.
                            let copy = self.heap.new_dict();
                            self.dict_update(copy, dict, false)?;
                            Some(copy)
                        }
                        "__bases__" => own(self, bases),
                        "__base__" => {
                            let b = self
                                .tuple_items(bases)
                                .first()
                                .copied()
                                .unwrap_or(Value::None);
                            own(self, b)
                        }
                        "__mro__" => {
                            for v in &mro {
                                self.heap.incref(*v);
                            }
                            Some(self.heap.new_tuple(mro))
                        }
                        "__doc__" => Some(Value::None),
                        _ => None,
                    }
                }
                InterpObject::Function(f) => {
                    let v = match name {
                        "__code__" => f.code,
                        "__globals__" => f.globals,
                        "__name__" => f.name,
                        "__qualname__" => f.qualname,
                        "__defaults__" => f.defaults,
                        "__kwdefaults__" => f.kwdefaults,
                        "__closure__" => f.closure,
                        "__doc__" => f.doc,
                        "__module__" => f.module,
                        "__builtins__" => f.builtins,
                        "__annotations__" | "__dict__" => {
                            let is_ann = name == "__annotations__";
                            let cur = if is_ann { f.annotations } else { f.dict };
                            let pairs = (is_ann
                                && matches!(
                                    cur.as_obj().map(|c| self.heap.payload(c)),
                                    Some(Payload::Tuple(_))
                                ))
                            .then(|| self.tuple_items(cur));
                            if cur == Value::None || pairs.is_some() {
                                // `MAKE_FUNCTION` stores annotations as a flat
                                // tuple of names and values; the dict is made
                                // on first access, as in CPython 3.11.
                                let d = self.heap.new_dict();
                                for pair in pairs.unwrap_or_default().chunks(2) {
                                    if let ([k, v], Some(dr)) = (pair, d.as_obj()) {
                                        pyrite_objects::types::dict::set_item(self, dr, *k, *v)?;
                                    }
                                }
                                self.heap.decref(cur);
                                self.heap.incref(d);
                                if let Payload::Interp(o) = self.heap.payload_mut(r) {
                                    if let InterpObject::Function(f) = &mut **o {
                                        if is_ann {
                                            f.annotations = d;
                                        } else {
                                            f.dict = d;
                                        }
                                    }
                                }
                                return Ok(Some(d));
                            }
                            cur
                        }
                        _ => return Ok(None),
                    };
                    own(self, v)
                }
                InterpObject::Method { func, receiver } => {
                    let (func, receiver) = (*func, *receiver);
                    match name {
                        "__func__" => own(self, func),
                        "__self__" => own(self, receiver),
                        _ => return self.optional_attr(func, name),
                    }
                }
                InterpObject::Builtin { index, receiver } => {
                    let (index, receiver) = (*index, *receiver);
                    match name {
                        "__name__" => {
                            let n = self.natives[index as usize].name;
                            Some(self.heap.new_str(n))
                        }
                        "__qualname__" => {
                            let n = self.natives[index as usize].name;
                            let owner = match receiver.as_obj().map(|o| self.heap.payload(o)) {
                                None => None,
                                Some(Payload::Interp(o)) => match &**o {
                                    InterpObject::Module { .. } => None,
                                    InterpObject::Class(c) => Some(c.qualname.clone()),
                                    _ => Some(self.type_name(receiver)),
                                },
                                Some(_) => Some(self.type_name(receiver)),
                            };
                            let q = owner.map_or_else(|| n.to_string(), |o| format!("{o}.{n}"));
                            Some(self.heap.new_str(q))
                        }
                        "__self__" => {
                            if receiver == Value::None {
                                let m = self.builtins_module;
                                own(self, m)
                            } else {
                                own(self, receiver)
                            }
                        }
                        _ => None,
                    }
                }
                InterpObject::Module { dict } if name == "__dict__" => {
                    let d = *dict;
                    own(self, d)
                }
                InterpObject::Code { index } => {
                    let index = *index;
                    return Ok(self.code_attr(index, name));
                }
                InterpObject::Exception(e) => {
                    let first = |me: &Self| {
                        me.tuple_items(e.args)
                            .first()
                            .copied()
                            .unwrap_or(Value::None)
                    };
                    let v = match name {
                        "value"
                            if self.is_instance(obj, self.classes.exc[&ExcKind::StopIteration]) =>
                        {
                            first(self)
                        }
                        "code" if self.is_instance(obj, self.classes.exc[&ExcKind::SystemExit]) => {
                            first(self)
                        }
                        "name"
                        | "path"
                        | "obj"
                        | "errno"
                        | "strerror"
                        | "filename"
                        | "filename2"
                        | "msg"
                        | "lineno"
                        | "offset"
                        | "text"
                        | "end_lineno"
                        | "end_offset"
                        | "print_file_and_line"
                            if self.has_none_default(obj, name) =>
                        {
                            let dict = e.dict;
                            if dict != Value::None {
                                if let Some(v) = self.dict_get_str(dict, name) {
                                    return Ok(Some(v));
                                }
                            }
                            Value::None
                        }
                        "args" => e.args,
                        "__traceback__" => e.traceback,
                        "__cause__" => e.cause,
                        "__context__" => e.context,
                        "__suppress_context__" => Value::Bool(e.suppress_context),
                        "__dict__" => {
                            let d = e.dict;
                            if d == Value::None {
                                return Ok(None);
                            }
                            d
                        }
                        _ => return Ok(None),
                    };
                    own(self, v)
                }
                InterpObject::Traceback {
                    frame,
                    code,
                    lasti,
                    next,
                } => {
                    let (frame, code, lasti, next) = (*frame, *code, *lasti, *next);
                    match name {
                        "tb_frame" => own(self, frame),
                        "tb_next" => own(self, next),
                        "tb_lasti" => Some(Value::Int(lasti as i64)),
                        "tb_lineno" => {
                            let line = self.code_index(code).and_then(|i| {
                                self.codes[i as usize].position(lasti as usize / 2).line
                            });
                            Some(line.map_or(Value::None, |l| Value::Int(l as i64)))
                        }
                        _ => None,
                    }
                }
                InterpObject::Frame { .. } => return self.frame_attr(obj, name),
                InterpObject::Generator(_) => return Ok(self.generator_attr(obj, name)),
                InterpObject::Property {
                    fget,
                    fset,
                    fdel,
                    doc,
                } => {
                    let v = match name {
                        "fget" => *fget,
                        "fset" => *fset,
                        "fdel" => *fdel,
                        "__doc__" => *doc,
                        "__isabstractmethod__" => {
                            let parts = [*fget, *fset, *fdel];
                            return self.any_abstract(&parts).map(|b| Some(Value::Bool(b)));
                        }
                        _ => return Ok(None),
                    };
                    own(self, v)
                }
                InterpObject::ClassMethod(f) | InterpObject::StaticMethod(f)
                    if name == "__func__" =>
                {
                    let f = *f;
                    own(self, f)
                }
                InterpObject::ClassMethod(f) | InterpObject::StaticMethod(f)
                    if name == "__isabstractmethod__" =>
                {
                    let f = *f;
                    return self.any_abstract(&[f]).map(|b| Some(Value::Bool(b)));
                }
                _ => None,
            },
            _ => None,
        };
        Ok(value)
    }

    /// Whether any of `parts` (`None` skipped) has a true
    /// `__isabstractmethod__`, as a property or a classmethod/staticmethod
    /// wrapping an abstract method reports itself abstract.
    fn any_abstract(&mut self, parts: &[Value]) -> PyResult<bool> {
        for p in parts.iter().copied().filter(|p| *p != Value::None) {
            let key = self.intern("__isabstractmethod__");
            let flag = self.get_attr(p, key);
            self.heap.decref(key);
            let flag = match flag {
                Ok(f) => f,
                Err(e) if self.error_is(&e, pyrite_objects::ExcKind::AttributeError) => {
                    self.drop_error(e);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let t = self.truthy(flag);
            self.heap.decref(flag);
            if t? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn number_attr(&mut self, v: Value, name: &str) -> Option<Value> {
        match (v, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match v {
                Value::Bool(b) => Value::Int(b as i64),
                v => v,
            }),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(_), "real") => Some(v),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Obj(r), _) => match (self.heap.payload(r), name) {
                (Payload::Complex { real, .. }, "real") => Some(Value::Float(*real)),
                (Payload::Complex { imag, .. }, "imag") => Some(Value::Float(*imag)),
                // A plain number also for an instance of a subclass.
                (Payload::Int(_), "real" | "numerator") => {
                    let i = pyrite_objects::types::int::Int::from_value(&self.heap, v)?;
                    Some(i.into_value(&mut self.heap))
                }
                (Payload::Float(f), "real") => Some(Value::Float(*f)),
                (Payload::Float(_), "imag") => Some(Value::Float(0.0)),
                (Payload::Int(_), "imag") => Some(Value::Int(0)),
                (Payload::Int(_), "denominator") => Some(Value::Int(1)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `code.co_*`.
    fn code_attr(&mut self, index: u32, name: &str) -> Option<Value> {
        let info = self.codes[index as usize].clone();
        let co = &info.code;
        let strs = |me: &mut Self, items: &[String]| {
            let vals = items.iter().map(|s| me.intern(s)).collect();
            me.heap.new_tuple(vals)
        };
        Some(match name {
            "co_name" => self.intern(&co.co_name),
            "co_qualname" => self.intern(&co.co_qualname),
            "co_filename" => self.intern(&co.co_filename),
            "co_firstlineno" => Value::Int(co.co_firstlineno as i64),
            "co_argcount" => Value::Int(co.co_argcount as i64),
            "co_posonlyargcount" => Value::Int(co.co_posonlyargcount as i64),
            "co_kwonlyargcount" => Value::Int(co.co_kwonlyargcount as i64),
            "co_flags" => Value::Int(co.co_flags.0 as i64),
            "co_stacksize" => Value::Int(co.co_stacksize as i64),
            "co_nlocals" => Value::Int(co.co_nlocals() as i64),
            "co_varnames" => strs(self, &co.co_varnames),
            "co_cellvars" => strs(self, &co.co_cellvars),
            "co_freevars" => strs(self, &co.co_freevars),
            "co_names" => strs(self, &co.co_names),
            "co_consts" => {
                for v in &info.consts {
                    self.heap.incref(*v);
                }
                self.heap.new_tuple(info.consts.clone())
            }
            "_co_code_adaptive" => self.heap.alloc_builtin(
                pyrite_objects::BuiltinType::Bytes,
                Payload::Bytes(crate::eval::adaptive::adaptive_code(&info).into()),
            ),
            "co_code" => self.heap.alloc_builtin(
                pyrite_objects::BuiltinType::Bytes,
                Payload::Bytes(co.co_code.clone().into()),
            ),
            "co_linetable" => self.heap.alloc_builtin(
                pyrite_objects::BuiltinType::Bytes,
                Payload::Bytes(co.co_linetable.clone().into()),
            ),
            "co_exceptiontable" => self.heap.alloc_builtin(
                pyrite_objects::BuiltinType::Bytes,
                Payload::Bytes(co.co_exceptiontable.clone().into()),
            ),
            _ => return None,
        })
    }
}
