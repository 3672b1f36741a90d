//! Objects the interpreter creates for running code: functions, code
//! objects, classes, modules, bound methods, built-in functions,
//! exceptions, tracebacks, descriptors and iterators.
//!
//! They live on the heap like every other object, in one payload variant
//! ([`crate::Payload::Interp`]) so that the generic protocol in [`crate::ops`]
//! treats them all alike: their `repr`, `==`, `hash` and iteration go
//! through the [`crate::Runtime`], which the VM implements.
//!
//! Ownership: every `Value` field is an owned reference, and
//! [`InterpObject::for_each_value`] visits exactly those fields (the cycle
//! collector relies on it). Native functions and code objects are named
//! by stable numbers (an index into the interpreter's tables), never by
//! Rust pointers, so a heap can be saved and restored.

use crate::error::ExcKind;
use crate::types::BuiltinType;
use crate::value::Value;

/// A Python function (`types.FunctionType`).
#[derive(Debug)]
pub struct Function {
    /// `__code__`: a code object.
    pub code: Value,
    /// `__globals__`: the module's dict.
    pub globals: Value,
    /// The builtins dict in force when the function was made.
    pub builtins: Value,
    /// `__name__` (a str).
    pub name: Value,
    /// `__qualname__` (a str).
    pub qualname: Value,
    /// `__defaults__`: a tuple or `None`.
    pub defaults: Value,
    /// `__kwdefaults__`: a dict or `None`.
    pub kwdefaults: Value,
    /// `__closure__`: a tuple of cells or `None`.
    pub closure: Value,
    /// `__annotations__`: a dict or `None`.
    pub annotations: Value,
    /// `__doc__`.
    pub doc: Value,
    /// `__module__`.
    pub module: Value,
    /// `__dict__`: a dict or `None` until first used.
    pub dict: Value,
}

/// A class: `type`'s instances (and the built-in types as Python sees them).
#[derive(Debug)]
pub struct Class {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// The class namespace (`__dict__`), a dict.
    pub dict: Value,
    /// `__bases__`: a tuple of classes.
    pub bases: Value,
    /// `__mro__`: this class first, `object` last (owned references).
    pub mro: Vec<Value>,
    /// The built-in type whose instances this class makes, for `int`,
    /// `list`, … and for classes deriving from them.
    pub builtin: Option<BuiltinType>,
    /// The built-in exception this class is or derives from.
    pub exception: Option<ExcKind>,
    /// `__subclasses__()`: weak references (owned weakref objects) to the
    /// classes that list this one among their bases, in creation order. A
    /// collected subclass leaves a dead weakref, which lookups skip.
    pub subclasses: Vec<Value>,
}

/// An exception instance (`BaseException` and its subclasses).
#[derive(Debug)]
pub struct Exception {
    /// `args`: a tuple.
    pub args: Value,
    /// `__traceback__`: a traceback or `None`.
    pub traceback: Value,
    /// `__cause__`.
    pub cause: Value,
    /// `__context__`.
    pub context: Value,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// The instance `__dict__` (a dict) or `None`.
    pub dict: Value,
}

/// The state of a built-in iterator.
#[derive(Debug)]
pub enum IterState {
    /// Over a list, tuple, str, bytes or dict (keys), by position.
    Seq {
        /// The sequence.
        seq: Value,
        /// The next position.
        index: usize,
    },
    /// Over a range of machine integers.
    Range {
        /// The next value.
        next: i64,
        /// How many values remain.
        remaining: u64,
        /// The step.
        step: i64,
    },
    /// Over a range whose bounds or length do not fit a machine integer
    /// (`longrange_iterator`): the three are int objects (owned).
    LongRange {
        /// The next value.
        next: Value,
        /// How many values remain.
        remaining: Value,
        /// The step.
        step: Value,
    },
    /// Over a snapshot of items (sets, dict views).
    Items {
        /// The items still to produce, in reverse order.
        rest: Vec<Value>,
    },
    /// Calling `__getitem__` with 0, 1, 2, … until `IndexError`.
    GetItem {
        /// The object.
        obj: Value,
        /// The next index.
        index: i64,
    },
    /// `enumerate(it, start)`.
    Enumerate {
        /// The underlying iterator.
        it: Value,
        /// The next count.
        count: i64,
    },
    /// `zip(*its)`.
    Zip {
        /// The underlying iterators (a tuple).
        its: Value,
        /// `zip(..., strict=True)`: iterators of different lengths are a
        /// `ValueError`.
        strict: bool,
    },
    /// `map(f, *its)`.
    Map {
        /// The function.
        func: Value,
        /// The underlying iterators (a tuple).
        its: Value,
    },
    /// `filter(f, it)`.
    Filter {
        /// The predicate, or `None` for truth.
        func: Value,
        /// The underlying iterator.
        it: Value,
    },
    /// `reversed(seq)` over a list or tuple.
    Reversed {
        /// The sequence.
        seq: Value,
        /// How many items remain.
        remaining: usize,
    },
    /// Over a dict's keys, values or items, by entry position. `len` is
    /// the dict's size when iteration began: a different size raises
    /// `RuntimeError: dictionary changed size during iteration`.
    Dict {
        /// The dict.
        dict: Value,
        /// The next entry position.
        index: usize,
        /// The size the dict must keep.
        len: usize,
        /// What each step produces.
        kind: DictViewKind,
    },
    /// Over a set's table slots; `len` as for [`IterState::Dict`]
    /// (`Set changed size during iteration`).
    Set {
        /// The set or frozenset.
        set: Value,
        /// The next slot.
        index: usize,
        /// The size the set must keep.
        len: usize,
    },
    /// `iter(func, sentinel)`: call `func()` until it returns `sentinel`.
    Callable {
        /// The callable.
        func: Value,
        /// The value that ends the iteration.
        sentinel: Value,
    },
    /// An exhausted iterator, holding nothing.
    Exhausted,
}

/// Which of a dict's views a [`InterpObject::DictView`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    /// `dict_keys`
    Keys,
    /// `dict_values`
    Values,
    /// `dict_items`
    Items,
}

impl DictViewKind {
    /// The view's class name.
    pub fn name(self) -> &'static str {
        match self {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }
}

/// Which kind of object a function with a suspendable frame makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorKind {
    /// `def` with `yield` (`CO_GENERATOR`).
    Generator,
    /// `async def` (`CO_COROUTINE`).
    Coroutine,
    /// `async def` with `yield` (`CO_ASYNC_GENERATOR`).
    AsyncGenerator,
}

impl GeneratorKind {
    /// The class name, as CPython's messages say it.
    pub fn name(self) -> &'static str {
        match self {
            GeneratorKind::Generator => "generator",
            GeneratorKind::Coroutine => "coroutine",
            GeneratorKind::AsyncGenerator => "async generator",
        }
    }
}

/// Where a generator's frame is in its life (CPython's `gi_frame_state`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameState {
    /// Made, not yet started.
    Created,
    /// Paused at a `yield` or `await`.
    Suspended,
    /// Running now.
    Running,
    /// Returned or raised: the frame is gone.
    Completed,
}

/// Where an `asend`/`athrow` awaitable is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitableState {
    /// Not yet resumed.
    Init,
    /// Resumed at least once.
    Iter,
    /// Finished: it may not be awaited again.
    Closed,
}

/// A generator, coroutine or async generator object.
#[derive(Debug)]
pub struct Generator {
    /// Which kind of object this is.
    pub kind: GeneratorKind,
    /// The frame's key as bits; meaningless once `Completed`.
    pub frame: u64,
    /// Where the frame is in its life.
    pub state: FrameState,
    /// The code object.
    pub code: Value,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// The exception the paused frame is handling (CPython's
    /// `gi_exc_state`), or `None`.
    pub exc_state: Value,
    /// While the frame runs: the caller's exception state (borrowed: the
    /// resumption owns it), which `None` stands for when the frame's own
    /// handlers restore the state they saved (CPython chains
    /// `gi_exc_state` under the caller's). Not read at other times.
    pub caller_exc: Value,
    /// Async generators: `aclose()` was called or the generator ended
    /// (`ag_closed`).
    pub closed: bool,
    /// Async generators: an `asend`/`athrow` awaitable is running it
    /// (`ag_running_async`).
    pub running_async: bool,
    /// Async generators: the `sys.set_asyncgen_hooks` finalizer in force
    /// when first iterated (owned), or `None`.
    pub finalizer: Value,
    /// Async generators: the hooks were consulted (`ag_hooks_inited`).
    pub hooks_inited: bool,
    /// Async generators: finalising it handed it to the `finalizer` hook,
    /// so when it dies again its frame is just discarded (CPython
    /// finalises an object once).
    pub handed_over: bool,
    /// The paused frame's fast locals and evaluation stack (owned) while
    /// the generator is created or suspended; empty while it runs and
    /// once it finished. They live here, with the object, so that the
    /// cycle collector follows them (a generator whose locals refer back
    /// to it is a cycle, as in CPython).
    pub slots: Vec<Option<Value>>,
}

/// An object the interpreter creates. See the module docs.
#[derive(Debug)]
pub enum InterpObject {
    /// A function (boxed: it is the largest variant, and every other
    /// interpreter object would otherwise pay for its size).
    Function(Box<Function>),
    /// A code object: an index into the interpreter's code table.
    Code {
        /// The index.
        index: u32,
    },
    /// A class.
    Class(Class),
    /// A module: its namespace.
    Module {
        /// The module `__dict__`.
        dict: Value,
    },
    /// A bound method: `instance.method`.
    Method {
        /// `__func__`.
        func: Value,
        /// `__self__`.
        receiver: Value,
    },
    /// A built-in function or a built-in method bound to its receiver.
    Builtin {
        /// The native function's number in the interpreter's table.
        index: u32,
        /// `__self__`: the receiver of a bound built-in method, else `None`.
        receiver: Value,
    },
    /// An exception instance.
    Exception(Exception),
    /// A traceback entry (`types.TracebackType`).
    Traceback {
        /// `tb_frame`: a frame object or `None`.
        frame: Value,
        /// The code object running when the entry was made.
        code: Value,
        /// `tb_lasti`, a byte offset.
        lasti: u32,
        /// `tb_next`.
        next: Value,
    },
    /// A frame as Python sees it: a handle into the interpreter's frames.
    Frame {
        /// The frame's key in the interpreter's frame table, as bits.
        id: u64,
        /// The code object.
        code: Value,
        /// `f_globals`.
        globals: Value,
        /// The position where the frame last ran, when it has finished.
        lasti: u32,
    },
    /// `property(fget, fset, fdel, doc)`.
    Property {
        /// The getter.
        fget: Value,
        /// The setter.
        fset: Value,
        /// The deleter.
        fdel: Value,
        /// `__doc__`.
        doc: Value,
    },
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `super(cls, obj)`.
    Super {
        /// The class whose successor in the MRO starts the search.
        class: Value,
        /// The instance (or class) the lookup binds to.
        obj: Value,
    },
    /// A built-in iterator.
    Iterator(IterState),
    /// `dict.keys()`, `dict.values()` or `dict.items()`: a live view.
    DictView {
        /// The dict.
        dict: Value,
        /// Which view.
        kind: DictViewKind,
    },
    /// A generator, coroutine or async generator: its suspended frame
    /// lives in the interpreter's frame table, named here by its key.
    Generator(Generator),
    /// `coro.__await__()`: an iterator that drives the coroutine.
    CoroutineWrapper {
        /// The coroutine.
        coroutine: Value,
    },
    /// `agen.asend(v)` or `agen.__anext__()`: an awaitable that resumes
    /// the async generator once.
    AsyncGenASend {
        /// The async generator.
        generator: Value,
        /// The value to send when first resumed.
        value: Value,
        /// Where the awaitable is in its life.
        state: AwaitableState,
    },
    /// `agen.athrow(...)` or `agen.aclose()`: an awaitable that throws
    /// into the async generator.
    AsyncGenAThrow {
        /// The async generator.
        generator: Value,
        /// `athrow`'s arguments (a tuple), or `None` for `aclose()`.
        args: Value,
        /// Where the awaitable is in its life.
        state: AwaitableState,
    },
    /// `anext(aiterator, default)`: an awaitable that finishes with
    /// `default` where the iterator's `__anext__()` would raise
    /// `StopAsyncIteration`.
    AnextAwaitable {
        /// The iterator `__anext__()`'s awaitable drives (`None` until
        /// first resumed: it is made then).
        iterator: Value,
        /// The awaitable `__anext__()` returned.
        awaitable: Value,
        /// The value to finish with.
        default: Value,
    },
    /// A value an async generator yields (`ASYNC_GEN_WRAP`), told apart
    /// from the values its `await`s pass up to the event loop.
    AsyncGenWrappedValue(Value),
    /// A read-only view of a mapping (`mappingproxy`, what a class's
    /// `__dict__` gives).
    MappingProxy(Value),
    /// `memoryview(obj)`: a view of the bytes of a `bytes` or `bytearray`.
    MemoryView(Box<crate::types::memoryview::MemoryView>),
}

impl InterpObject {
    /// Visit every owned reference this object holds.
    pub fn for_each_value(&self, f: &mut impl FnMut(&Value)) {
        match self {
            InterpObject::Function(func) => {
                for v in [
                    &func.code,
                    &func.globals,
                    &func.builtins,
                    &func.name,
                    &func.qualname,
                    &func.defaults,
                    &func.kwdefaults,
                    &func.closure,
                    &func.annotations,
                    &func.doc,
                    &func.module,
                    &func.dict,
                ] {
                    f(v);
                }
            }
            InterpObject::Code { .. } => {}
            InterpObject::Class(c) => {
                f(&c.dict);
                f(&c.bases);
                c.mro.iter().for_each(&mut *f);
                c.subclasses.iter().for_each(f);
            }
            InterpObject::Module { dict } => f(dict),
            InterpObject::Method { func, receiver } => {
                f(func);
                f(receiver);
            }
            InterpObject::Builtin { receiver, .. } => f(receiver),
            InterpObject::Exception(e) => {
                for v in [&e.args, &e.traceback, &e.cause, &e.context, &e.dict] {
                    f(v);
                }
            }
            InterpObject::Traceback {
                frame, code, next, ..
            } => {
                f(frame);
                f(code);
                f(next);
            }
            InterpObject::Frame { code, globals, .. } => {
                f(code);
                f(globals);
            }
            InterpObject::Property {
                fget,
                fset,
                fdel,
                doc,
            } => {
                for v in [fget, fset, fdel, doc] {
                    f(v);
                }
            }
            InterpObject::ClassMethod(v) | InterpObject::StaticMethod(v) => f(v),
            InterpObject::Super { class, obj } => {
                f(class);
                f(obj);
            }
            InterpObject::DictView { dict, .. } => f(dict),
            InterpObject::Generator(g) => {
                for v in [&g.code, &g.name, &g.qualname, &g.exc_state, &g.finalizer] {
                    f(v);
                }
                for v in g.slots.iter().flatten() {
                    f(v);
                }
            }
            InterpObject::CoroutineWrapper { coroutine } => f(coroutine),
            InterpObject::AsyncGenASend {
                generator, value, ..
            } => {
                f(generator);
                f(value);
            }
            InterpObject::AsyncGenAThrow {
                generator, args, ..
            } => {
                f(generator);
                f(args);
            }
            InterpObject::AsyncGenWrappedValue(v) | InterpObject::MappingProxy(v) => f(v),
            InterpObject::MemoryView(m) => f(&m.obj),
            InterpObject::AnextAwaitable {
                iterator,
                awaitable,
                default,
            } => {
                f(iterator);
                f(awaitable);
                f(default);
            }
            InterpObject::Iterator(state) => match state {
                IterState::Seq { seq: v, .. }
                | IterState::GetItem { obj: v, .. }
                | IterState::Enumerate { it: v, .. }
                | IterState::Zip { its: v, .. }
                | IterState::Reversed { seq: v, .. }
                | IterState::Dict { dict: v, .. }
                | IterState::Set { set: v, .. } => f(v),
                IterState::Callable { func, sentinel } => {
                    f(func);
                    f(sentinel);
                }
                IterState::Map { func, its } => {
                    f(func);
                    f(its);
                }
                IterState::Filter { func, it } => {
                    f(func);
                    f(it);
                }
                IterState::Items { rest } => rest.iter().for_each(f),
                IterState::LongRange {
                    next,
                    remaining,
                    step,
                } => {
                    f(next);
                    f(remaining);
                    f(step);
                }
                IterState::Range { .. } | IterState::Exhausted => {}
            },
        }
    }

    /// The class object, if this is one.
    pub fn as_class(&self) -> Option<&Class> {
        match self {
            InterpObject::Class(c) => Some(c),
            _ => None,
        }
    }
}
