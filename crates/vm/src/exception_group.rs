//! Exception groups (PEP 654): `BaseExceptionGroup` and `ExceptionGroup`,
//! their methods (`split`, `subgroup`, `derive`, `add_note`), and the boxed
//! report CPython 3.11 prints for an uncaught group.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{BuiltinType, ExcKind, Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

/// `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): a group's `args`
/// are `(message, exceptions)` as given; `message` is the first and
/// `exceptions` a tuple of the second.
impl Interpreter {
    /// Whether `v` is an exception group.
    pub(crate) fn is_exception_group(&self, v: Value) -> bool {
        self.is_instance(v, self.classes.exc[&ExcKind::BaseExceptionGroup])
    }

    /// A group's message and leaf-or-group members (borrowed).
    pub(crate) fn group_parts(&mut self, eg: Value) -> (Value, Vec<Value>) {
        let args = self.exception_data(eg).map_or(Value::None, |e| e.args);
        let items = self.tuple_items(args);
        let message = items.first().copied().unwrap_or(Value::None);
        let members = match items.get(1).and_then(|v| v.as_obj()) {
            Some(r) => match self.heap.payload(r) {
                Payload::Tuple(t) => t.to_vec(),
                Payload::List(l) => l.to_values(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        (message, members)
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`: checks the
    /// arguments and picks `ExceptionGroup` when `BaseExceptionGroup` is
    /// asked for with only `Exception`s inside.
    pub(crate) fn new_exception_group(
        &mut self,
        cls: pyrite_objects::ObjRef,
        args: &[Value],
    ) -> PyResult<Value> {
        let [message, excs] = args else {
            return Err(PyErr::type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        };
        if self.heap.str_of(*message).is_none() {
            let t = self.type_name(*message);
            return Err(PyErr::type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {t}"
            )));
        }
        let items = match excs.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.to_values(),
            _ => {
                return Err(PyErr::type_error(
                    "second argument (exceptions) must be a sequence",
                ));
            }
        };
        if items.is_empty() {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "second argument (exceptions) must be a non-empty sequence",
            ));
        }
        let base = self.classes.exc[&ExcKind::BaseException];
        let exception = self.classes.exc[&ExcKind::Exception];
        let mut all_exceptions = true;
        for (i, e) in items.iter().enumerate() {
            if !self.is_instance(*e, base) {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("Item {i} of second argument (exceptions) is not an exception"),
                ));
            }
            all_exceptions &= self.is_instance(*e, exception);
        }
        let base_group = self.classes.exc[&ExcKind::BaseExceptionGroup];
        let plain_group = self.classes.exc[&ExcKind::ExceptionGroup];
        let mut class = cls;
        if cls == base_group {
            if all_exceptions {
                class = plain_group;
            }
        } else if !all_exceptions && cls == plain_group {
            return Err(PyErr::type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        } else if !all_exceptions && self.is_subclass(cls, exception) {
            let name = self.class_name(cls);
            return Err(PyErr::type_error(format!(
                "Cannot nest BaseExceptions in '{name}'"
            )));
        }
        Ok(self.new_exception(class, &[*message, *excs]))
    }

    /// `BaseExceptionGroup(message, excs)` for a new list of members
    /// (owned, consumed), as `derive` makes it.
    fn make_group(&mut self, message: Value, members: Vec<Value>) -> PyResult<Value> {
        let list = self.heap.new_list(members);
        let cls = self.classes.exc[&ExcKind::BaseExceptionGroup];
        let r = self.new_exception_group(cls, &[message, list]);
        self.heap.decref(list);
        r
    }

    /// `eg.derive(excs)` through the class's own `derive` when it has one.
    pub(crate) fn derive_group(&mut self, eg: Value, members: Vec<Value>) -> PyResult<Value> {
        let (message, _) = self.group_parts(eg);
        let derived = self.make_group(message, members)?;
        // Keep the metadata: traceback, cause, context and notes.
        let (tb, cause, context, suppress) = match self.exception_data(eg) {
            Some(e) => (e.traceback, e.cause, e.context, e.suppress_context),
            None => return Ok(derived),
        };
        for v in [tb, cause, context] {
            self.heap.incref(v);
        }
        if let Some(d) = self.exception_data_mut(derived) {
            let old = [
                std::mem::replace(&mut d.traceback, tb),
                std::mem::replace(&mut d.cause, cause),
                std::mem::replace(&mut d.context, context),
            ];
            d.suppress_context = suppress;
            for v in old {
                self.heap.decref(v);
            }
        }
        if let Some(notes) = self.exception_notes(eg) {
            self.set_exception_notes(derived, notes);
            self.heap.decref(notes);
        }
        Ok(derived)
    }

    /// `exc.__notes__` (a new reference), if set.
    pub(crate) fn exception_notes(&mut self, exc: Value) -> Option<Value> {
        let dict = self.exception_data(exc).map_or(Value::None, |e| e.dict);
        if dict == Value::None {
            return None;
        }
        self.dict_get_str(dict, "__notes__")
    }

    fn set_exception_notes(&mut self, exc: Value, notes: Value) {
        let mut dict = self.exception_data(exc).map_or(Value::None, |e| e.dict);
        if dict == Value::None {
            dict = self.heap.new_dict();
            match self.exception_data_mut(exc) {
                Some(e) => e.dict = dict,
                None => {
                    self.heap.decref(dict);
                    return;
                }
            }
        }
        self.dict_set_str(dict, "__notes__", notes);
    }

    /// `exc.add_note(note)`.
    pub(crate) fn add_note(&mut self, exc: Value, note: Value) -> PyResult<()> {
        if self.heap.str_of(note).is_none() {
            let t = self.type_name(note);
            return Err(PyErr::type_error(format!("note must be a str, not '{t}'")));
        }
        let notes = match self.exception_notes(exc) {
            Some(n) => n,
            None => {
                let list = self.heap.new_list(Vec::new());
                self.set_exception_notes(exc, list);
                list
            }
        };
        let r = match notes.as_obj() {
            Some(r) if matches!(self.heap.payload(r), Payload::List(_)) => {
                self.heap.incref(note);
                if let Payload::List(l) = self.heap.payload_mut(r) {
                    l.push(note);
                }
                Ok(())
            }
            _ => Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            )),
        };
        self.heap.decref(notes);
        r
    }

    /// Whether a leaf matches a `split`/`subgroup` condition: a class or
    /// tuple of classes, or a predicate.
    fn group_condition(&mut self, exc: Value, cond: Value) -> PyResult<bool> {
        let is_class = |me: &Self, v: Value| crate::class::class_data(&me.heap, v).is_some();
        let is_spec = is_class(self, cond)
            || match cond.as_obj().map(|r| self.heap.payload(r)) {
                Some(Payload::Tuple(items)) => {
                    let items = items.to_vec();
                    items.iter().all(|c| is_class(self, *c))
                }
                _ => false,
            };
        if is_spec {
            return self.exception_matches(exc, cond);
        }
        if matches!(
            cond.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Interp(_))
        ) {
            let r = self.call(cond, &[exc], &[])?;
            let t = self.truthy(r);
            self.heap.decref(r);
            return t;
        }
        Err(PyErr::type_error(
            "expected a function, exception type or tuple of exception types",
        ))
    }

    /// `eg.split(cond)`: the matching part and the rest (owned, `None`
    /// when empty), both keeping the nesting and metadata.
    pub(crate) fn split_group(&mut self, eg: Value, cond: Value) -> PyResult<(Value, Value)> {
        if self.group_condition(eg, cond)? {
            self.heap.incref(eg);
            return Ok((eg, Value::None));
        }
        if !self.is_exception_group(eg) {
            self.heap.incref(eg);
            return Ok((Value::None, eg));
        }
        let (_, members) = self.group_parts(eg);
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for m in members {
            match self.split_group(m, cond) {
                Ok((a, b)) => {
                    for (v, into) in [(a, &mut matched), (b, &mut rest)] {
                        if v != Value::None {
                            into.push(v);
                        }
                    }
                }
                Err(e) => {
                    self.release(matched);
                    self.release(rest);
                    return Err(e);
                }
            }
        }
        let mut out = [Value::None, Value::None];
        for (i, part) in [matched, rest].into_iter().enumerate() {
            if !part.is_empty() {
                out[i] = match self.derive_group(eg, part) {
                    Ok(v) => v,
                    Err(e) => {
                        self.heap.decref(out[0]);
                        return Err(e);
                    }
                };
            }
        }
        Ok((out[0], out[1]))
    }
}

/// Install the exception-group methods and `BaseException.add_note`.
pub(crate) fn install_groups(interp: &mut Interpreter) {
    use crate::builtins::NativeKind;
    let base = interp.classes.exc[&ExcKind::BaseException];
    interp.add_method(base, "add_note", NativeKind::VmMethod(exc_add_note));
    let group = interp.classes.exc[&ExcKind::BaseExceptionGroup];
    // `ExceptionGroup(BaseExceptionGroup, Exception)`: its MRO is
    // ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
    let plain = interp.classes.exc[&ExcKind::ExceptionGroup];
    let exception = interp.classes.exc[&ExcKind::Exception];
    let mro = [
        plain,
        group,
        exception,
        base,
        interp.classes.builtin[&BuiltinType::Object],
    ];
    for c in mro.iter().skip(1) {
        interp.heap.incref_obj(*c);
    }
    interp.heap.incref_obj(group);
    interp.heap.incref_obj(exception);
    let bases = interp
        .heap
        .new_tuple(vec![Value::Obj(group), Value::Obj(exception)]);
    let mut old = Vec::new();
    if let Payload::Interp(o) = interp.heap.payload_mut(plain) {
        if let InterpObject::Class(c) = &mut **o {
            old.push(std::mem::replace(&mut c.bases, bases));
            let first = c.mro.first().copied().unwrap_or(Value::Obj(plain));
            let new_mro: Vec<Value> = std::iter::once(first)
                .chain(mro.iter().skip(1).map(|c| Value::Obj(*c)))
                .collect();
            old.extend(std::mem::replace(&mut c.mro, new_mro).into_iter().skip(1));
        }
    }
    interp.release(old);
    interp.add_method(group, "__new__", NativeKind::Function(group_new));
    interp.add_method(group, "split", NativeKind::VmMethod(group_split));
    interp.add_method(group, "subgroup", NativeKind::VmMethod(group_subgroup));
    interp.add_method(group, "derive", NativeKind::VmMethod(group_derive));
    for (name, getter) in [
        ("message", group_message as crate::builtins::NativeFn),
        ("exceptions", group_exceptions),
    ] {
        interp.add_method(group, name, NativeKind::VmMethod(getter));
        let dict = crate::class::class_data(&interp.heap, Value::Obj(group))
            .map_or(Value::None, |c| c.dict);
        if let Some(fget) = interp.dict_get_str(dict, name) {
            let property = interp.new_interp(
                "property",
                InterpObject::Property {
                    fget,
                    fset: Value::None,
                    fdel: Value::None,
                    doc: Value::None,
                },
            );
            interp.dict_set_str(dict, name, property);
            interp.heap.decref(property);
        }
    }
}

fn one_argument(args: &[Value], method: &str) -> PyResult<(Value, Value)> {
    match args {
        [receiver, arg] => Ok((*receiver, *arg)),
        _ => Err(PyErr::type_error(format!(
            "{method}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn exc_add_note(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (exc, note) = one_argument(args, "BaseException.add_note")?;
    interp.add_note(exc, note)?;
    Ok(Value::None)
}

fn group_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| interp.as_class_ref(*c)) else {
        return Err(PyErr::type_error(
            "BaseExceptionGroup.__new__(X): X is not a type object",
        ));
    };
    if !kwnames.is_empty() {
        let name = interp.class_name(cls);
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    interp.new_exception_group(cls, &args[1..])
}

fn group_message(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (message, _) = interp.group_parts(args[0]);
    interp.heap.incref(message);
    Ok(message)
}

fn group_exceptions(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (_, members) = interp.group_parts(args[0]);
    for m in &members {
        interp.heap.incref(*m);
    }
    Ok(interp.heap.new_tuple(members))
}

fn group_split(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (eg, cond) = one_argument(args, "split")?;
    let (matched, rest) = interp.split_group(eg, cond)?;
    Ok(interp.heap.new_tuple(vec![matched, rest]))
}

fn group_subgroup(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (eg, cond) = one_argument(args, "subgroup")?;
    let (matched, rest) = interp.split_group(eg, cond)?;
    interp.heap.decref(rest);
    Ok(matched)
}

fn group_derive(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (eg, excs) = one_argument(args, "derive")?;
    let (message, _) = interp.group_parts(eg);
    let cls = interp.classes.exc[&ExcKind::BaseExceptionGroup];
    interp.new_exception_group(cls, &[message, excs])
}

/// How deep and how wide an exception group is printed (CPython's
/// `max_group_depth` and `max_group_width`).
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;

/// Where the exception-group report is: nesting depth (each level indents
/// by two columns and draws a `|` margin) and whether the last member's
/// closing line is still owed.
#[derive(Default)]
struct GroupReport {
    seen: Vec<Value>,
    depth: usize,
    need_close: bool,
    out: String,
}

impl GroupReport {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text` with every line indented and, inside a group, behind
    /// a margin character.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

impl Interpreter {
    /// Whether the report for `exc` involves an exception group (so it is
    /// drawn with CPython's group boxes).
    pub(crate) fn chain_has_group(&self, exc: Value) -> bool {
        let mut seen: Vec<Value> = Vec::new();
        let mut todo = vec![exc];
        while let Some(e) = todo.pop() {
            if e == Value::None || seen.iter().any(|s| s.is(e)) {
                continue;
            }
            if self.is_exception_group(e) {
                return true;
            }
            seen.push(e);
            if let Some(d) = self.exception_data(e) {
                todo.push(d.cause);
                todo.push(d.context);
            }
        }
        false
    }

    /// The report for an uncaught exception whose chain holds a group:
    /// each group's traceback and message, then its members in numbered
    /// boxes, nested groups indented inside.
    pub(crate) fn format_exception_groups(&mut self, exc: Value) -> String {
        let mut report = GroupReport::default();
        self.format_group_chain(exc, &mut report);
        report.out
    }

    fn format_group_chain(&mut self, exc: Value, report: &mut GroupReport) {
        // Oldest first: the chain as `(message before it, exception)`.
        let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
        let mut e = exc;
        report.seen.push(e);
        loop {
            let (cause, context, suppress) = match self.exception_data(e) {
                Some(d) => (d.cause, d.context, d.suppress_context),
                None => (Value::None, Value::None, false),
            };
            let next = if cause != Value::None && !report.seen.iter().any(|s| s.is(cause)) {
                Some((
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    cause,
                ))
            } else if cause == Value::None
                && context != Value::None
                && !suppress
                && !report.seen.iter().any(|s| s.is(context))
            {
                Some((
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    context,
                ))
            } else {
                None
            };
            match next {
                Some((msg, older)) => {
                    chain.push((Some(msg), e));
                    report.seen.push(older);
                    e = older;
                }
                None => {
                    chain.push((None, e));
                    break;
                }
            }
        }
        for (msg, exc) in chain.into_iter().rev() {
            if let Some(msg) = msg {
                report.emit(msg, '|');
            }
            self.format_group_one(exc, report);
        }
    }

    fn format_group_one(&mut self, exc: Value, report: &mut GroupReport) {
        let tb = self
            .exception_data(exc)
            .map_or(Value::None, |d| d.traceback);
        let mut entries = String::new();
        if tb != Value::None {
            self.format_entries(tb, &mut entries);
        }
        if !self.is_exception_group(exc) {
            if tb != Value::None {
                report.emit("Traceback (most recent call last):\n", '|');
                report.emit(&entries, '|');
            }
            let only = self.format_exception_only(exc);
            report.emit(&only, '|');
            return;
        }
        if report.depth > MAX_GROUP_DEPTH {
            report.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let toplevel = report.depth == 0;
        if toplevel {
            report.depth += 1;
        }
        if tb != Value::None {
            let margin = if toplevel { '+' } else { '|' };
            report.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            report.emit(&entries, '|');
        }
        let only = self.format_exception_only(exc);
        report.emit(&only, '|');
        let (_, members) = self.group_parts(exc);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        report.need_close = false;
        for (i, member) in members.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                report.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            let line = format!(
                "{}{corner}+---------------- {title} ----------------\n",
                report.indent()
            );
            report.out.push_str(&line);
            report.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                report.emit(&format!("and {remaining} more exception{s}\n"), '|');
            } else {
                self.format_group_chain(*member, report);
            }
            if last && report.need_close {
                let line = format!("{}+------------------------------------\n", report.indent());
                report.out.push_str(&line);
                report.need_close = false;
            }
            report.depth -= 1;
        }
        if toplevel {
            report.depth = 0;
        }
    }
}
