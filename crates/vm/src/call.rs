//! Calls: calling any callable, and binding a call's arguments to a
//! Python function's parameters with CPython's error messages.
//!
//! Arguments travel as CPython's vectorcall does: one slice with the
//! positional arguments followed by the keyword arguments' values, and a
//! slice of keyword names (str values) for the tail.

use pyrite_compiler::bytecode::CodeFlags;
use pyrite_objects::types::dict;
use pyrite_objects::types::interp::{Function, InterpObject};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::frame::FrameId;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// The function data of a function value.
    pub(crate) fn function_data(&self, v: Value) -> Option<&Function> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Function(f) => Some(f),
                _ => None,
            },
            _ => None,
        }
    }

    /// The cells of a function's closure, borrowed.
    pub(crate) fn function_closure(&self, func: Value) -> Vec<Value> {
        match self.function_data(func) {
            Some(f) => self.tuple_items(f.closure),
            None => Vec::new(),
        }
    }

    /// `callable(*args, **kwargs)`; an owned result. `args` and `kwnames`
    /// are borrowed.
    pub(crate) fn call(
        &mut self,
        callable: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let Some(r) = callable.as_obj() else {
            return Err(self.not_callable(callable));
        };
        enum Kind {
            Function,
            Method(Value, Value),
            Builtin(u32, Value),
            Class,
            Weakref,
            Other,
        }
        let kind = match self.heap.payload(r) {
            Payload::Interp(o) => match &**o {
                InterpObject::Function(_) => Kind::Function,
                InterpObject::Method { func, receiver } => Kind::Method(*func, *receiver),
                InterpObject::Builtin { index, receiver } => Kind::Builtin(*index, *receiver),
                InterpObject::Class(_) => Kind::Class,
                _ => Kind::Other,
            },
            Payload::Weakref { .. } => Kind::Weakref,
            _ => Kind::Other,
        };
        match kind {
            Kind::Function => {
                self.enter_recursive_call("")?;
                let fid = self.push_function_frame(callable, args, kwnames);
                let result = fid.and_then(|fid| self.run_frame(fid));
                self.depth -= 1;
                result
            }
            Kind::Method(func, receiver) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(receiver);
                full.extend_from_slice(args);
                self.heap.incref(func);
                self.heap.incref(receiver);
                let r = self.call(func, &full, kwnames);
                self.heap.decref(func);
                self.heap.decref(receiver);
                r
            }
            Kind::Builtin(index, receiver) => self.call_native(index, receiver, args, kwnames),
            Kind::Class => match self.call_str_directly(r, args, kwnames) {
                Some(v) => Ok(v),
                None => self.call_class(r, args, kwnames),
            },
            // Calling a weakref gives its target, or None once it died.
            Kind::Weakref if args.is_empty() => Ok(self.heap.weakref_target(r)),
            Kind::Weakref => Err(PyErr::type_error(format!(
                "weakref() takes no arguments ({} given)",
                args.len()
            ))),
            Kind::Other => match self.user_special(callable, "__call__") {
                Some(f) => {
                    // `__call__` may be an instance whose own class's
                    // `__call__` is another: each step counts against the
                    // recursion limit, as in CPython.
                    self.enter_recursive_call(" while calling a Python object")?;
                    let r = self.call_descriptor(f, callable, args, kwnames);
                    self.depth -= 1;
                    r
                }
                None => Err(self.not_callable(callable)),
            },
        }
    }

    /// `str(x)` for an exact str or a small int `x`, the common cases,
    /// answered without binding `str()`'s parameters (a new reference);
    /// `None` for every other call of a class.
    fn call_str_directly(
        &mut self,
        cls: pyrite_objects::ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> Option<Value> {
        let str_class = self
            .classes
            .by_builtin
            .get(pyrite_objects::BuiltinType::Str as usize)?;
        if cls != *str_class || !kwnames.is_empty() {
            return None;
        }
        match *args {
            [Value::Int(i)] => Some(self.heap.new_str(i.to_string())),
            [v @ Value::Obj(_)]
                if self.heap.type_of(v)
                    == pyrite_objects::TypeRef::Builtin(pyrite_objects::BuiltinType::Str) =>
            {
                self.heap.incref(v);
                Some(v)
            }
            _ => None,
        }
    }

    /// Count a step of native recursion (one that pushes no Python frame)
    /// against the recursion limit, as CPython's `Py_EnterRecursiveCall`;
    /// `context` ends the message. The caller takes one off `depth` after.
    pub(crate) fn enter_recursive_call(&mut self, context: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    fn not_callable(&self, v: Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Call an attribute found on `obj`'s class (a special method) with
    /// `obj` bound as the receiver.
    pub(crate) fn call_special(&mut self, f: Value, obj: Value, args: &[Value]) -> PyResult<Value> {
        self.call_descriptor(f, obj, args, &[])
    }

    /// Bind the class attribute `f` to `obj` (the descriptor protocol) and
    /// call it.
    pub(crate) fn call_descriptor(
        &mut self,
        f: Value,
        obj: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        self.heap.incref(f);
        self.heap.incref(obj);
        let result = if self.function_data(f).is_some() {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj);
            full.extend_from_slice(args);
            self.call(f, &full, kwnames)
        } else {
            let class = Value::Obj(self.class_of(obj));
            match self.bind_descriptor(f, obj, class) {
                Ok(bound) => {
                    let r = self.call(bound, args, kwnames);
                    self.heap.decref(bound);
                    r
                }
                Err(e) => Err(e),
            }
        };
        self.heap.decref(f);
        self.heap.decref(obj);
        result
    }

    /// Push a frame running `func` with the given arguments bound; the
    /// arguments are borrowed.
    pub(crate) fn push_function_frame(
        &mut self,
        func: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<FrameId> {
        let Some(f) = self.function_data(func) else {
            return Err(self.not_callable(func));
        };
        let (code_v, globals, builtins) = (f.code, f.globals, f.builtins);
        let Some(index) = self.code_index(code_v) else {
            return Err(PyErr::new(ExcKind::SystemError, "function without code"));
        };
        let code = self.codes[index as usize].clone();
        let localsplus = self.bind_arguments(func, &code, args, kwnames)?;
        for v in [func, globals, builtins] {
            self.heap.incref(v);
        }
        self.push_frame(code, func, globals, builtins, Value::None, localsplus)
    }

    /// The code table index of a code object.
    pub(crate) fn code_index(&self, code: Value) -> Option<u32> {
        match self.heap.payload(code.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Code { index } => Some(*index),
                _ => None,
            },
            _ => None,
        }
    }

    /// Bind arguments to parameters: the fast locals the new frame starts
    /// with (owned references).
    fn bind_arguments(
        &mut self,
        func: Value,
        code: &crate::frame::CodeInfo,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Vec<Option<Value>>> {
        let co = &code.code;
        let n = co.co_argcount as usize;
        let posonly = co.co_posonlyargcount as usize;
        let kwonly = co.co_kwonlyargcount as usize;
        let total = n + kwonly;
        let varargs = co.co_flags.contains(CodeFlags::VARARGS);
        let varkw = co.co_flags.contains(CodeFlags::VARKEYWORDS);
        let npos = args.len() - kwnames.len().min(args.len());
        let mut locals: Vec<Option<Value>> = vec![None; code.nlocalsplus];
        // The common case: exactly the positional parameters, given
        // positionally.
        if kwnames.is_empty() && !varargs && !varkw && kwonly == 0 && npos == n {
            for (slot, v) in locals.iter_mut().zip(args) {
                self.heap.incref(*v);
                *slot = Some(*v);
            }
            return Ok(locals);
        }
        let qualname = self
            .function_data(func)
            .and_then(|f| self.heap.str_of(f.qualname))
            .unwrap_or("?")
            .to_string();
        let fail =
            |me: &mut Self, locals: Vec<Option<Value>>, e: PyErr| -> PyResult<Vec<Option<Value>>> {
                for v in locals.into_iter().flatten() {
                    me.heap.decref(v);
                }
                Err(e)
            };

        for (i, v) in args.iter().take(npos.min(n)).enumerate() {
            self.heap.incref(*v);
            locals[i] = Some(*v);
        }
        if varargs {
            let extra: Vec<Value> = args[n.min(npos)..npos].to_vec();
            for v in &extra {
                self.heap.incref(*v);
            }
            locals[total] = Some(self.heap.new_tuple(extra));
        }
        let kwdict = if varkw {
            let d = self.heap.new_dict();
            locals[total + usize::from(varargs)] = Some(d);
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (name, value) in kwnames.iter().zip(&args[npos..]) {
            let name_s = self.heap.str_of(*name).unwrap_or("").to_string();
            let idx = co.co_varnames[posonly..total]
                .iter()
                .position(|p| *p == name_s)
                .map(|i| i + posonly);
            match idx {
                Some(i) => {
                    if locals[i].is_some() {
                        return fail(
                            self,
                            locals,
                            PyErr::type_error(format!(
                                "{qualname}() got multiple values for argument '{name_s}'"
                            )),
                        );
                    }
                    self.heap.incref(*value);
                    locals[i] = Some(*value);
                }
                None => {
                    if let Some(d) = kwdict.and_then(Value::as_obj) {
                        if let Err(e) = dict::set_item(self, d, *name, *value) {
                            return fail(self, locals, e);
                        }
                    } else if co.co_varnames[..posonly].contains(&name_s) {
                        posonly_as_kw.push(name_s);
                    } else {
                        return fail(
                            self,
                            locals,
                            PyErr::type_error(format!(
                                "{qualname}() got an unexpected keyword argument '{name_s}'"
                            )),
                        );
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return fail(
                self,
                locals,
                PyErr::type_error(format!(
                    "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly_as_kw.join(", ")
                )),
            );
        }
        let (defaults, kwdefaults) = self
            .function_data(func)
            .map_or((Value::None, Value::None), |f| (f.defaults, f.kwdefaults));
        let defaults = self.tuple_items(defaults);
        if npos > n && !varargs {
            let kwonly_given = (n..total).filter(|i| locals[*i].is_some()).count();
            return fail(
                self,
                locals,
                too_many_positional(&qualname, n, defaults.len(), npos, kwonly_given),
            );
        }
        let first_default = n - defaults.len().min(n);
        let mut missing = Vec::new();
        for i in npos.min(n)..n {
            if locals[i].is_none() {
                if i >= first_default {
                    let v = defaults[i - first_default];
                    self.heap.incref(v);
                    locals[i] = Some(v);
                } else {
                    missing.push(co.co_varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return fail(
                self,
                locals,
                missing_arguments(&qualname, "positional", &missing),
            );
        }
        for (slot, name) in locals[n..total].iter_mut().zip(&co.co_varnames[n..total]) {
            if slot.is_none() {
                match self.dict_get_str(kwdefaults, name) {
                    Some(v) => *slot = Some(v),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return fail(
                self,
                locals,
                missing_arguments(&qualname, "keyword-only", &missing),
            );
        }
        Ok(locals)
    }
}

fn too_many_positional(
    qualname: &str,
    n: usize,
    ndefaults: usize,
    given: usize,
    kwonly_given: usize,
) -> PyErr {
    let (sig, plural) = if ndefaults > 0 {
        (format!("from {} to {}", n - ndefaults, n), true)
    } else {
        (n.to_string(), n != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    PyErr::type_error(format!(
        "{qualname}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
        if plural { "s" } else { "" },
        if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        }
    ))
}

fn missing_arguments(qualname: &str, kind: &str, names: &[String]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        k => format!("{}, and {}", quoted[..k - 1].join(", "), quoted[k - 1]),
    };
    PyErr::type_error(format!(
        "{qualname}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}
