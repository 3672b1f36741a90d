//! Running deeply recursive work (compiling a deeply nested tree, reading
//! a deeply nested constant back from the code cache) with a large stack,
//! so that it never depends on how much stack the caller has: in place when
//! the caller's thread already has that much left (the `pyrite` binary's
//! interpreter thread does), otherwise on a new thread.

/// Stack for compiling: deeply nested (but legal) code recurses deeply.
const COMPILER_STACK: usize = 256 << 20;

/// Runs `work` with at least [`COMPILER_STACK`] of stack, so that any tree
/// the symbol table's depth limit lets through compiles without exhausting
/// the caller's stack: in place when that much is left, else on a thread
/// with that stack, else (no thread can be made) in place anyway. A panic
/// in `work` (a compiler bug) is passed on to the caller.
pub(crate) fn with_compiler_stack<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    if stacker::remaining_stack().is_some_and(|left| left >= COMPILER_STACK) {
        return work();
    }
    let mut work = Some(work);
    let outcome = std::thread::scope(|scope| {
        let job = &mut work;
        let handle = std::thread::Builder::new()
            .name("pyrite-compiler".to_string())
            .stack_size(COMPILER_STACK)
            .spawn_scoped(scope, move || job.take().map(|w| w()));
        handle.ok().map(|h| h.join())
    });
    match outcome {
        Some(Ok(Some(result))) => result,
        Some(Err(payload)) => std::panic::resume_unwind(payload),
        // The thread could not be made (or ran nothing): work here.
        _ => match work.take() {
            Some(work) => work(),
            None => std::panic::resume_unwind(Box::new("compiler job lost")),
        },
    }
}
