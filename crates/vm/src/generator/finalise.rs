//! What happens when a generator object dies (CPython's
//! `_PyGen_Finalize`): a paused generator is closed, so its `finally`
//! blocks run; a coroutine that never started warns that it was never
//! awaited. Errors cannot propagate from here: they are reported on
//! stderr as "Exception ignored in: ...", as CPython's
//! `PyErr_WriteUnraisable` does.
//!
//! The heap never runs finalisers itself: it queues objects whose last
//! reference went away, and the loop calls `run_finalisers` at a safe
//! point between instructions.

use pyrite_compiler::bytecode::CodeFlags;
use pyrite_objects::types::interp::{FrameState, GeneratorKind};
use pyrite_objects::{ExcKind, ObjRef, Payload, Value};

use super::frame_id;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// Remove a generator's frame from the table, releasing its slots.
    pub(crate) fn discard_generator_frame(&mut self, generator: ObjRef) {
        let Some(g) = self.generator_data(Value::Obj(generator)) else {
            return;
        };
        let fid = frame_id(g.frame);
        self.set_state(Value::Obj(generator), FrameState::Completed);
        self.generator_finished(Value::Obj(generator));
        let slots = self
            .generator_data_mut(Value::Obj(generator))
            .map(|g| std::mem::take(&mut g.slots))
            .unwrap_or_default();
        for v in slots.into_iter().flatten() {
            self.heap.decref(v);
        }
        let Some(frame) = self.frames.remove(fid) else {
            return;
        };
        for v in [frame.func, frame.globals, frame.builtins, frame.locals] {
            self.heap.decref(v);
        }
        if let Some(extra) = frame.extra {
            self.release_frame_extra(*extra, frame.lasti);
        }
    }

    /// Finalise a generator that lost its last reference.
    fn finalise_generator(&mut self, generator: ObjRef) {
        let v = Value::Obj(generator);
        let Some(g) = self.generator_data(v) else {
            return;
        };
        let (state, code) = (g.state, g.code);
        let hand_over = g.kind == GeneratorKind::AsyncGenerator && !g.closed;
        let finalizer = g.finalizer;
        if matches!(state, FrameState::Completed | FrameState::Running) || g.handed_over {
            self.discard_generator_frame(generator);
            return;
        }
        if hand_over && finalizer != Value::None {
            // The event loop's hook takes it over (and schedules its
            // aclose()); it keeps the generator alive meanwhile. If it
            // dies unclosed after all, it comes back here once more, and
            // its frame goes without running anything.
            if let Some(g) = self.generator_data_mut(v) {
                g.handed_over = true;
            }
            self.heap.rearm_finaliser(generator);
            self.heap.incref(finalizer);
            let r = self.call(finalizer, &[v], &[]);
            self.heap.decref(finalizer);
            match r {
                Ok(x) => self.heap.decref(x),
                Err(e) => {
                    let exc = self.exception_value(e);
                    self.write_unraisable(v, exc);
                }
            }
            return;
        }
        let is_coroutine_code = self
            .code_index(code)
            .is_some_and(|i| self.codes[i as usize].code.co_flags.0 & CodeFlags::COROUTINE.0 != 0);
        if is_coroutine_code && state == FrameState::Created {
            self.warn_never_awaited(v);
        } else if let Err(e) = self.close_generator(v) {
            let exc = self.exception_value(e);
            self.write_unraisable(v, exc);
        }
        self.discard_generator_frame(generator);
    }

    /// Report an exception that cannot propagate: "Exception ignored in:
    /// <repr of obj>", its traceback and itself. Takes `exc` (owned).
    pub(crate) fn write_unraisable(&mut self, obj: Value, exc: Value) {
        let what = match self.repr(obj) {
            Ok(s) => s,
            Err(e) => {
                self.drop_error(e);
                String::from("<object repr() failed>")
            }
        };
        // Only this exception: CPython's default unraisable hook prints
        // no chained ones.
        let mut report = format!("Exception ignored in: {what}\n");
        // An exception raised by the interpreter itself has no traceback:
        // CPython 3.11 shows the frame running at the time instead.
        let has_tb = self
            .exception_data(exc)
            .is_some_and(|d| d.traceback != Value::None);
        if let (false, Some(fid)) = (has_tb, self.current) {
            self.add_traceback(exc, fid);
        }
        let tb = self
            .exception_data(exc)
            .map_or(Value::None, |d| d.traceback);
        if tb != Value::None {
            report.push_str("Traceback (most recent call last):\n");
            self.format_entries(tb, &mut report);
        }
        report.push_str(&self.format_exception_only(exc));
        self.write_stderr(&report);
        self.heap.decref(exc);
    }

    /// `RuntimeWarning: coroutine '...' was never awaited`, reported at
    /// the running frame's line once per line (the "default" warning
    /// action, keyed in the module's `__warningregistry__`), or as
    /// `sys:1` when no Python frame runs (interpreter shutdown).
    fn warn_never_awaited(&mut self, coroutine: Value) {
        let qualname = self
            .generator_data(coroutine)
            .map_or(Value::None, |g| g.qualname);
        let text = format!(
            "coroutine '{}' was never awaited",
            self.heap.str_of(qualname).unwrap_or("?")
        );
        let Some(fid) = self.current else {
            self.write_stderr(&format!("sys:1: RuntimeWarning: {text}\n"));
            return;
        };
        let frame = &self.frames[fid];
        let filename = frame.code.code.co_filename.clone();
        // An instruction without a line of its own (an exception
        // handler's entry) reports the line of the code before it.
        let lineno = (0..=frame.lasti)
            .rev()
            .find_map(|at| frame.code.position(at).line)
            .unwrap_or(1);
        let globals = frame.globals;
        if let Some(warnings) = self.imported_module("warnings") {
            self.warn_through_module(warnings, &text, &filename, lineno, globals, coroutine);
            self.heap.decref(warnings);
            return;
        }
        if self.already_warned(globals, &text, lineno) {
            return;
        }
        let mut report = format!("{filename}:{lineno}: RuntimeWarning: {text}\n");
        if let Some(line) = self.source_line(&filename, lineno) {
            report.push_str(&format!("  {line}\n"));
        }
        report.push_str(
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
        );
        self.write_stderr(&report);
    }

    /// Once the program has imported `warnings`, the warning goes through
    /// `warnings.warn_explicit`, so its filters and `catch_warnings` see
    /// it, as CPython's do. A failure (an "error" filter) is dropped: the
    /// coroutine is being finalised and nothing can catch it.
    fn warn_through_module(
        &mut self,
        module: Value,
        text: &str,
        filename: &str,
        lineno: u32,
        globals: Value,
        coroutine: Value,
    ) {
        let dict = self.module_dict(module);
        let Some(warn_explicit) = self.dict_get_str(dict, "warn_explicit") else {
            return;
        };
        let registry = match self.dict_get_str(globals, "__warningregistry__") {
            Some(r) => r,
            None => {
                let r = self.heap.new_dict();
                self.dict_set_str(globals, "__warningregistry__", r);
                r
            }
        };
        let module_name = self
            .dict_get_str(globals, "__name__")
            .unwrap_or(Value::None);
        let args = [
            self.heap.new_str(text),
            Value::Obj(self.classes.exc[&ExcKind::RuntimeWarning]),
            self.heap.new_str(filename),
            Value::Int(i64::from(lineno)),
            module_name,
            registry,
            globals,
            coroutine,
        ];
        match self.call(warn_explicit, &args, &[]) {
            Ok(v) => self.heap.decref(v),
            Err(e) => self.drop_error(e),
        }
        for v in [args[0], args[2], module_name, registry, warn_explicit] {
            self.heap.decref(v);
        }
    }

    /// `sys.modules[name]` (a new reference), if the program imported it.
    fn imported_module(&mut self, name: &str) -> Option<Value> {
        let sys = crate::builtins::native_module(self, "sys")?.ok()?;
        let sys_dict = self.module_dict(sys);
        self.heap.decref(sys);
        let modules = self.dict_get_str(sys_dict, "modules")?;
        let module = self.dict_get_str(modules, name);
        self.heap.decref(modules);
        module
    }

    /// Line `lineno` of a source file, stripped, as a warning shows it.
    fn source_line(&mut self, filename: &str, lineno: u32) -> Option<String> {
        let source = self.source_of(filename)?;
        let line = source
            .lines()
            .nth((lineno as usize).checked_sub(1)?)?
            .trim();
        (!line.is_empty()).then(|| line.to_string())
    }

    /// Whether `__warningregistry__` in `globals` already has this
    /// warning at this line; records it if not.
    fn already_warned(&mut self, globals: Value, text: &str, lineno: u32) -> bool {
        let registry = match self.dict_get_str(globals, "__warningregistry__") {
            Some(r)
                if matches!(
                    r.as_obj().map(|o| self.heap.payload(o)),
                    Some(Payload::Dict(_))
                ) =>
            {
                r
            }
            other => {
                if let Some(o) = other {
                    self.heap.decref(o);
                }
                let r = self.heap.new_dict();
                self.dict_set_str(r, "version", Value::Int(0));
                self.dict_set_str(globals, "__warningregistry__", r);
                r
            }
        };
        let category = self.classes.exc[&ExcKind::RuntimeWarning];
        self.heap.incref_obj(category);
        let text_v = self.heap.new_str(text);
        let key = self.heap.new_tuple(vec![
            text_v,
            Value::Obj(category),
            Value::Int(lineno as i64),
        ]);
        let seen = registry.as_obj().is_some_and(|d| {
            matches!(
                pyrite_objects::types::dict::get_item(self, d, key),
                Ok(Some(Value::Bool(true)))
            )
        });
        if !seen {
            if let Some(d) = registry.as_obj() {
                let _ = pyrite_objects::types::dict::set_item(self, d, key, Value::Bool(true));
            }
        }
        self.heap.decref(key);
        self.heap.decref(registry);
        seen
    }

    /// Run an instance's `__del__`; an exception it raises is reported on
    /// stderr and ignored, as CPython does.
    fn call_del(&mut self, r: ObjRef) {
        let obj = Value::Obj(r);
        let Some(del) = self.user_special(obj, "__del__") else {
            return;
        };
        self.heap.incref(del);
        if let Err(e) = self.call_special(del, obj, &[]) {
            let exc = self.exception_value(e);
            self.write_unraisable(del, exc);
        }
        self.heap.decref(del);
    }

    /// Run the finalisers the heap queued: generators close, instances
    /// run `__del__`, dead weakrefs call their callbacks.
    pub(crate) fn run_finalisers(&mut self) {
        loop {
            let pending = self.heap.take_pending_finalisers();
            let callbacks = self.heap.take_weakref_callbacks();
            if pending.is_empty() && callbacks.is_empty() {
                return;
            }
            // A dead weakref's callback gets the weakref; its errors cannot
            // propagate, as for `__del__`.
            for (callback, weakref) in callbacks {
                if let Err(e) = self.call(callback, &[Value::Obj(weakref)], &[]) {
                    let exc = self.exception_value(e);
                    self.write_unraisable(callback, exc);
                }
                self.heap.decref(callback);
                self.heap.decref_obj(weakref);
            }
            for r in pending {
                if self.generator_data(Value::Obj(r)).is_some() {
                    self.finalise_generator(r);
                } else {
                    self.call_del(r);
                }
                self.heap.decref_obj(r);
            }
        }
    }
}

impl Interpreter {
    /// How many frames the frame table holds: the running ones and those
    /// of generators, coroutines and async generators that are created
    /// or paused. Once a program has finished and its objects are gone,
    /// none are left.
    pub fn live_frames(&self) -> usize {
        self.frames.len()
    }
}
