//! `sys.audit(event, *args)` and `sys.addaudithook(hook)`: the audit hooks
//! of PEP 578, for the events Python code raises.
//!
//! The interpreter raises no events of its own (CPython raises `open`,
//! `import`, `exec` and many more); the one exception is
//! `sys.addaudithook`, which `addaudithook` raises to the hooks already
//! installed before adding a new one, as in CPython.
//!
//! Invariants:
//! - The hooks are a list in the interpreter's registry of native modules
//!   under [`HOOKS`], a name no import can ask for; the registry releases
//!   it at shutdown, and hooks are never removed before then.
//! - Hooks run in the order they were added, each with `(event, args)`;
//!   the first failure stops the event and reaches the caller of
//!   `sys.audit`.

use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

/// The registry key of the list of hooks.
const HOOKS: &str = "sys audit hooks";

impl Interpreter {
    /// The installed hooks (owned references; empty before the first).
    fn audit_hooks(&mut self) -> Vec<Value> {
        let Some(&list) = self.modules.get(HOOKS) else {
            return Vec::new();
        };
        let hooks = match list.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::List(items)) => items.to_values(),
            _ => Vec::new(),
        };
        for h in &hooks {
            self.heap.incref(*h);
        }
        hooks
    }

    /// Raise the audit event `event` with `args` (a borrowed tuple) to
    /// every hook.
    fn audit(&mut self, event: Value, args: Value) -> PyResult<()> {
        let hooks = self.audit_hooks();
        let mut result = Ok(());
        let mut rest = hooks.into_iter();
        for hook in rest.by_ref() {
            let r = self.call(hook, &[event, args], &[]);
            self.heap.decref(hook);
            match r {
                Ok(v) => self.heap.decref(v),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.release(rest);
        result
    }
}

/// `sys.audit(event, *args)`.
pub(super) fn sys_audit(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("sys.audit() takes no keyword arguments"));
    }
    let Some((&event, rest)) = args.split_first() else {
        return Err(PyErr::type_error(
            "audit() missing 1 required positional argument: 'event'",
        ));
    };
    if !interp.modules.contains_key(HOOKS) {
        return Ok(Value::None);
    }
    if interp.heap.str_of(event).is_none() {
        return Err(PyErr::type_error(format!(
            "expected str for argument 'event', not {}",
            interp.type_name(event)
        )));
    }
    for a in rest {
        interp.heap.incref(*a);
    }
    let tuple = interp.heap.new_tuple(rest.to_vec());
    let r = interp.audit(event, tuple);
    interp.heap.decref(tuple);
    r.map(|()| Value::None)
}

/// `sys.addaudithook(hook)`: raise `sys.addaudithook` to the hooks
/// already installed, then add `hook` unless one of them raised a
/// `RuntimeError` (which is then suppressed).
pub(super) fn sys_addaudithook(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let bound = super::bind(interp, "addaudithook", args, kwnames, &["hook"], 0)?;
    let Some(hook) = bound[0] else {
        return Err(PyErr::type_error(
            "addaudithook() missing required argument 'hook' (pos 1)",
        ));
    };
    let event = interp.heap.new_str("sys.addaudithook");
    let empty = interp.heap.new_tuple(Vec::new());
    let r = interp.audit(event, empty);
    interp.heap.decref(event);
    interp.heap.decref(empty);
    if let Err(e) = r {
        if interp.error_is(&e, ExcKind::RuntimeError) {
            interp.drop_error(e);
            return Ok(Value::None);
        }
        return Err(e);
    }
    let list = match interp.modules.get(HOOKS) {
        Some(&l) => l,
        None => {
            let l = interp.heap.new_list(Vec::new());
            interp.modules.insert(HOOKS.to_string(), l);
            l
        }
    };
    match list.as_obj() {
        Some(r) => pyrite_objects::types::list::append(&mut interp.heap, r, hook)?,
        None => {
            return Err(PyErr::new(
                ExcKind::SystemError,
                "audit hooks are not a list",
            ));
        }
    }
    Ok(Value::None)
}
