//! A generator's frame lives in the interpreter's frame table until the
//! generator finishes or dies: however a generator ends (exhausted,
//! closed, finalised, collected in a cycle, refusing `GeneratorExit`,
//! resurrected by its own `finally`), no frame entry is left behind.

use pyrite_vm::{Config, Interpreter, RunError};

/// Run `source` as a program and return how many frames remain after it
/// (and a full collection).
fn frames_left(source: &str) -> usize {
    let mut interp = Interpreter::new(Config {
        capture_output: true,
        ..Config::default()
    });
    let program = format!("{source}\nimport gc\ngc.collect()\n");
    if let Err(RunError::Exception(exc)) = interp.run_source(&program, "<frames>") {
        interp.heap().decref(exc);
        panic!("the program raised");
    }
    interp.live_frames()
}

#[test]
fn exhausted_and_dropped_generators_leave_no_frames() {
    let source = "
def gen():
    yield 1
    yield 2
list(gen())
g = gen(); next(g); del g
g = gen(); del g
for x in gen():
    break
";
    assert_eq!(frames_left(source), 0);
}

#[test]
fn generators_ignoring_generator_exit_leave_no_frames() {
    let source = "
import sys
sys.stderr = sys.stdout
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn(); next(g); del g
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError:
    pass
del g
";
    assert_eq!(frames_left(source), 0);
}

#[test]
fn generators_in_cycles_leave_no_frames() {
    let source = "
import sys
sys.stderr = sys.stdout
def selfref():
    me = yield
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = selfref(); next(g); g.send(g); del g
h = selfref(); next(h); h.send(h)
try:
    h.close()
except RuntimeError:
    pass
del h
";
    assert_eq!(frames_left(source), 0);
}

#[test]
fn resurrected_generators_leave_no_frames() {
    let source = "
import sys
sys.stderr = sys.stdout
keep = []
def clings():
    me = yield
    try:
        yield 1
    except GeneratorExit:
        keep.append(me)
        yield 2
def tidy():
    me = yield
    try:
        yield 1
    finally:
        keep.append(me)
for f in (clings, tidy):
    g = f(); next(g); g.send(g); del g
import gc
gc.collect()
keep.clear()
";
    assert_eq!(frames_left(source), 0);
}

#[test]
fn abandoned_coroutines_and_async_generators_leave_no_frames() {
    let source = "
import sys
sys.stderr = sys.stdout
async def agen():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def coro():
    return 1
c = coro(); del c
a = agen()
try:
    a.asend(None).send(None)
except StopIteration:
    pass
del a
kept = []
sys.set_asyncgen_hooks(firstiter=lambda g: None, finalizer=kept.append)
b = agen()
try:
    b.asend(None).send(None)
except StopIteration:
    pass
del b
kept.clear()
";
    assert_eq!(frames_left(source), 0);
}
