//! `sys.set_asyncgen_hooks` (PEP 525): an event loop's hooks for async
//! generators. `firstiter` is called with each async generator the first
//! time it is iterated; the `finalizer` in force then is remembered, and a
//! paused async generator that dies is handed to it (the loop schedules
//! its `aclose()`) instead of being closed on the spot.

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{keyword, positional};
use crate::interpreter::Interpreter;

const HOOKS: [&str; 2] = ["firstiter", "finalizer"];

pub(crate) fn sys_get_asyncgen_hooks(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !args.is_empty() || !kwnames.is_empty() {
        return Err(PyErr::type_error("get_asyncgen_hooks() takes no arguments"));
    }
    let hooks = interp.asyncgen_hooks;
    for h in hooks {
        interp.heap.incref(h);
    }
    Ok(interp.heap.new_tuple(hooks.to_vec()))
}

pub(crate) fn sys_set_asyncgen_hooks(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    for k in kwnames {
        let name = interp.heap.str_of(*k).unwrap_or("");
        if !HOOKS.contains(&name) {
            return Err(PyErr::type_error(format!(
                "'{name}' is an invalid keyword argument for set_asyncgen_hooks()"
            )));
        }
    }
    let mut new: [Option<Value>; 2] = [pos.first().copied(), pos.get(1).copied()];
    for (i, name) in HOOKS.iter().enumerate() {
        if let Some(v) = keyword(interp, args, kwnames, name) {
            new[i] = Some(v);
        }
    }
    for (i, hook) in new.iter().enumerate() {
        if let Some(h) = hook {
            if *h != Value::None && !crate::builtins::is_callable(interp, *h) {
                return Err(PyErr::type_error(format!(
                    "callable {} expected, got {}",
                    HOOKS[i],
                    interp.type_name(*h)
                )));
            }
        }
    }
    for (i, hook) in new.into_iter().enumerate() {
        if let Some(h) = hook {
            interp.heap.incref(h);
            let old = std::mem::replace(&mut interp.asyncgen_hooks[i], h);
            interp.heap.decref(old);
        }
    }
    Ok(Value::None)
}

impl Interpreter {
    /// Consult the hooks the first time an async generator is iterated
    /// (CPython's `async_gen_init_hooks`).
    pub(crate) fn async_gen_init_hooks(&mut self, agen: Value) -> PyResult<()> {
        let [firstiter, finalizer] = self.asyncgen_hooks;
        let Some(g) = self.generator_data_mut(agen) else {
            return Ok(());
        };
        if g.hooks_inited {
            return Ok(());
        }
        g.hooks_inited = true;
        if finalizer != Value::None {
            g.finalizer = finalizer;
            self.heap.incref(finalizer);
        }
        if firstiter != Value::None {
            self.heap.incref(firstiter);
            let r = self.call(firstiter, &[agen], &[]);
            self.heap.decref(firstiter);
            self.heap.decref(r?);
        }
        Ok(())
    }
}
