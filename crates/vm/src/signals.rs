//! Interrupts: `KeyboardInterrupt` raised from outside the running code.
//!
//! An embedder hands an interpreter an [`InterruptFlag`] through
//! `Config::interrupt` and sets it from anywhere (a SIGINT handler, another
//! thread). The evaluation loop looks at the flag where CPython 3.11 checks
//! its eval breaker on these paths: on backward jumps (every loop
//! iteration) and on calls. When it finds the flag set it clears it and
//! raises `KeyboardInterrupt` there, which Python code can catch.
//!
//! Each interpreter reads only its own flag, so several interpreters in one
//! process can be interrupted independently (or share one flag).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use pyrite_objects::{ExcKind, PyErr, PyResult};

use crate::interpreter::Interpreter;

/// A flag that, once set, makes the interpreter raise `KeyboardInterrupt`.
pub type InterruptFlag = Arc<AtomicBool>;

impl Interpreter {
    /// Raise `KeyboardInterrupt` if the interrupt flag is set (clearing it).
    #[inline]
    pub(crate) fn check_interrupt(&mut self) -> PyResult<()> {
        match &self.config.interrupt {
            Some(flag) if flag.load(Ordering::Relaxed) => {
                flag.store(false, Ordering::Relaxed);
                let class = self.classes.exc[&ExcKind::KeyboardInterrupt];
                let exc = self.new_exception(class, &[]);
                self.set_context(exc);
                Err(PyErr::Raised(exc))
            }
            _ => Ok(()),
        }
    }
}

impl Interpreter {
    /// Whether `exc` is a `KeyboardInterrupt` (CPython ends the process
    /// by SIGINT when one goes uncaught).
    pub fn is_keyboard_interrupt(&self, exc: pyrite_objects::Value) -> bool {
        self.is_instance(exc, self.classes.exc[&ExcKind::KeyboardInterrupt])
    }
}
