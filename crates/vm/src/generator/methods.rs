//! The Python face of generators and coroutines: `send`, `throw`,
//! `close`, `__next__`, `__await__`, the `gi_*`/`cr_*` attributes and
//! `repr`.

use pyrite_objects::types::interp::{FrameState, GeneratorKind};
use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use super::{Resumed, ThrowArgs};
use crate::builtins::NativeKind;
use crate::interpreter::Interpreter;

pub(super) fn install(interp: &mut Interpreter) {
    let class = interp.named_class("generator");
    interp.add_method(class, "__next__", NativeKind::VmMethod(gen_next));
    interp.add_method(class, "__iter__", NativeKind::VmMethod(gen_iter));
    interp.add_method(class, "send", NativeKind::VmMethod(gen_send));
    interp.add_method(class, "throw", NativeKind::VmMethod(gen_throw));
    interp.add_method(class, "close", NativeKind::VmMethod(gen_close));
    let class = interp.named_class("coroutine");
    interp.add_method(class, "send", NativeKind::VmMethod(gen_send));
    interp.add_method(class, "throw", NativeKind::VmMethod(gen_throw));
    interp.add_method(class, "close", NativeKind::VmMethod(gen_close));
    interp.add_method(class, "__await__", NativeKind::VmMethod(coro_await));
}

/// `StopIteration(value)` for a returned value (owned); `value` is
/// released.
pub(crate) fn stop_iteration(interp: &mut Interpreter, value: Value) -> PyErr {
    let class = interp.classes.exc[&ExcKind::StopIteration];
    let args: Vec<Value> = if value == Value::None {
        vec![]
    } else {
        vec![value]
    };
    let e = interp.new_exception(class, &args);
    interp.heap.decref(value);
    PyErr::Raised(e)
}

/// A resumption's outcome as `send()` returns it: the yielded value, or
/// `StopIteration` carrying the returned one.
pub(crate) fn resumed_value(interp: &mut Interpreter, r: Resumed) -> PyResult<Value> {
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(interp, v)),
    }
}

/// The receiver of a method of the generator types, checked.
fn receiver(interp: &Interpreter, args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&g) if interp.generator_data(g).is_some() => Ok(g),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'generator' object"
        ))),
    }
}

/// The `type.method` a message names.
fn qualified(interp: &Interpreter, generator: Value, method: &str) -> String {
    let class = match interp.generator_data(generator).map(|g| g.kind) {
        Some(GeneratorKind::Coroutine) => "coroutine",
        Some(GeneratorKind::AsyncGenerator) => "async_generator",
        _ => "generator",
    };
    format!("{class}.{method}")
}

/// A slot wrapper's arity check (`__next__`, `__iter__`).
fn no_arguments(args: &[Value]) -> PyResult<()> {
    match args.len() {
        0 | 1 => Ok(()),
        n => Err(PyErr::type_error(format!(
            "expected 0 arguments, got {}",
            n - 1
        ))),
    }
}

fn gen_next(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let generator = receiver(interp, args, "__next__")?;
    no_arguments(args)?;
    let r = interp.send_ex(generator, Value::None, false)?;
    resumed_value(interp, r)
}

fn gen_iter(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let generator = receiver(interp, args, "__iter__")?;
    no_arguments(args)?;
    interp.heap.incref(generator);
    Ok(generator)
}

pub(super) fn gen_send(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let generator = receiver(interp, args, "send")?;
    let [_, v] = args else {
        return Err(PyErr::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qualified(interp, generator, "send"),
            args.len() - 1
        )));
    };
    interp.heap.incref(*v);
    let r = interp.send_ex(generator, *v, false)?;
    resumed_value(interp, r)
}

/// `throw(typ[, val[, tb]])`'s arguments after the receiver.
pub(super) fn throw_args(name: &str, rest: &[Value]) -> PyResult<ThrowArgs> {
    match rest {
        [] => Err(PyErr::type_error(format!(
            "{name} expected at least 1 argument, got 0"
        ))),
        [typ, more @ ..] if more.len() <= 2 => Ok(ThrowArgs {
            typ: *typ,
            val: more.first().copied(),
            tb: more.get(1).copied(),
        }),
        _ => Err(PyErr::type_error(format!(
            "{name} expected at most 3 arguments, got {}",
            rest.len()
        ))),
    }
}

pub(super) fn gen_throw(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let generator = receiver(interp, args, "throw")?;
    let throw = throw_args("throw", &args[1..])?;
    let r = interp.throw_ex(generator, throw, true)?;
    resumed_value(interp, r)
}

pub(super) fn gen_close(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let generator = receiver(interp, args, "close")?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{}() takes no arguments ({} given)",
            qualified(interp, generator, "close"),
            args.len() - 1
        )));
    }
    interp.close_generator(generator)?;
    Ok(Value::None)
}

fn coro_await(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let coroutine = receiver(interp, args, "__await__")?;
    Ok(interp.coroutine_wrapper(coroutine))
}

impl Interpreter {
    /// `gi_*`, `cr_*` and `ag_*` attributes and the names of a generator
    /// object; `None` for other names.
    pub(crate) fn generator_attr(&mut self, generator: Value, name: &str) -> Option<Value> {
        let g = self.generator_data(generator)?;
        let (kind, state, code, gname, qualname) = (g.kind, g.state, g.code, g.name, g.qualname);
        let running_async = g.running_async;
        let prefix = match kind {
            GeneratorKind::Generator => "gi_",
            GeneratorKind::Coroutine => "cr_",
            GeneratorKind::AsyncGenerator => "ag_",
        };
        let own = |me: &mut Self, v: Value| {
            me.heap.incref(v);
            Some(v)
        };
        match name {
            "__name__" => return own(self, gname),
            "__qualname__" => return own(self, qualname),
            _ => {}
        }
        let field = name.strip_prefix(prefix)?;
        match field {
            "code" => own(self, code),
            "frame" => Some(match self.generator_frame(generator) {
                Some(fid) => self.frame_view(fid),
                None => Value::None,
            }),
            "running" if kind == GeneratorKind::AsyncGenerator => Some(Value::Bool(running_async)),
            "running" => Some(Value::Bool(state == FrameState::Running)),
            "suspended" if kind != GeneratorKind::AsyncGenerator => {
                Some(Value::Bool(state == FrameState::Suspended))
            }
            "yieldfrom" if kind == GeneratorKind::Generator => {
                let yf = self.yield_from_target(generator).unwrap_or(Value::None);
                own(self, yf)
            }
            "await" if kind != GeneratorKind::Generator => {
                let yf = self.yield_from_target(generator).unwrap_or(Value::None);
                own(self, yf)
            }
            "origin" if kind == GeneratorKind::Coroutine => Some(Value::None),
            _ => None,
        }
    }

    /// `repr()` of a generator, coroutine or async generator:
    /// `<generator object f at 0x…>`.
    pub(crate) fn generator_repr(&self, generator: Value) -> Option<String> {
        let g = self.generator_data(generator)?;
        let class = match g.kind {
            GeneratorKind::Generator => "generator",
            GeneratorKind::Coroutine => "coroutine",
            GeneratorKind::AsyncGenerator => "async_generator",
        };
        let name = self.heap.str_of(g.qualname).unwrap_or("?");
        Some(format!(
            "<{class} object {name} at {:#x}>",
            self.heap.id(generator)
        ))
    }
}
