//! `Interpreter`: the embedding API and the state every part of the VM
//! shares.
//!
//! An interpreter is a plain value: several can live in one process, and
//! all of its state (heap, frames, value stack, tables) is reachable from
//! it. Running code is `run_source` (parse, compile, run as `__main__`) or
//! `run_code` (a code object the caller compiled).

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use pyrite_compiler::bytecode::{CodeObject, Constant};
use pyrite_lexer::Diagnostic;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{BuiltinType, ExcKind, Heap, ObjRef, Payload, PyErr, TypeRef, Value};
use slotmap::SlotMap;

use crate::builtins::Native;
use crate::frame::{CodeInfo, Frame, FrameId};

/// How an interpreter is set up.
#[derive(Clone, Debug)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.getrecursionlimit()` to start with.
    pub recursion_limit: usize,
    /// Keep what `print` writes instead of writing it to stdout (tests).
    pub capture_output: bool,
    /// Set (by a SIGINT handler, say) to raise `KeyboardInterrupt` at the
    /// next backward jump or call; see [`crate::signals`].
    pub interrupt: Option<crate::signals::InterruptFlag>,
    /// `sys.dont_write_bytecode` to start with (`-B`,
    /// `PYTHONDONTWRITEBYTECODE`): imports write no `__pycache__` files.
    pub dont_write_bytecode: bool,
    /// Directories searched for modules after the program's own and
    /// before the standard library (`PYTHONPATH`), in order.
    pub python_path: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            argv: vec![String::new()],
            recursion_limit: 1000,
            capture_output: false,
            interrupt: None,
            dont_write_bytecode: false,
            python_path: Vec::new(),
        }
    }
}

/// Why running source text failed.
#[derive(Debug)]
pub enum RunError {
    /// The source did not parse or compile.
    Syntax(Diagnostic),
    /// An exception escaped: an owned reference to the exception object.
    Exception(Value),
    /// The module `-m` names was not found: the message to print after
    /// the program's name (`No module named x`).
    NoModule(String),
}

/// The classes the interpreter itself needs by name.
#[derive(Debug, Default)]
pub(crate) struct Classes {
    pub builtin: HashMap<BuiltinType, ObjRef>,
    pub exc: crate::fasthash::FastMap<ExcKind, ObjRef>,
    /// Classes of interpreter objects (`function`, `method`, `module`, …).
    /// One that is not in `native` (`GenericAlias`, whose dunders are found
    /// like a `class` statement's) is owned by this map.
    pub named: crate::fasthash::FastMap<&'static str, ObjRef>,
    /// The classes of the built-in types, indexed by `BuiltinType as usize`.
    pub by_builtin: Vec<ObjRef>,
    /// `super`, looked up on every attribute access.
    pub super_class: ObjRef,
    /// Every class the interpreter made itself (not by a `class` statement).
    pub native: crate::fasthash::FastSet<ObjRef>,
    /// The classes of [`CommonClass`], indexed by `CommonClass as usize`,
    /// each the class `named` maps its name to, filled on first use.
    pub common: [Option<ObjRef>; CommonClass::ALL.len()],
}

/// The interpreter classes whose objects are made most often (one per
/// generator, coroutine, bound method or iterator), found by index rather
/// than by hashing their name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CommonClass {
    Generator,
    Coroutine,
    AsyncGenerator,
    Method,
    BuiltinFunctionOrMethod,
    CoroutineWrapper,
    ListIterator,
    TupleIterator,
    RangeIterator,
    StrAsciiIterator,
    SetIterator,
    DictKeyIterator,
    DictValueIterator,
    DictItemIterator,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
}

impl CommonClass {
    pub(crate) const ALL: [CommonClass; 19] = [
        CommonClass::Generator,
        CommonClass::Coroutine,
        CommonClass::AsyncGenerator,
        CommonClass::Method,
        CommonClass::BuiltinFunctionOrMethod,
        CommonClass::CoroutineWrapper,
        CommonClass::ListIterator,
        CommonClass::TupleIterator,
        CommonClass::RangeIterator,
        CommonClass::StrAsciiIterator,
        CommonClass::SetIterator,
        CommonClass::DictKeyIterator,
        CommonClass::DictValueIterator,
        CommonClass::DictItemIterator,
        CommonClass::Enumerate,
        CommonClass::Zip,
        CommonClass::Map,
        CommonClass::Filter,
        CommonClass::Reversed,
    ];

    /// The class's Python name, its key in [`Classes::named`].
    pub(crate) fn name(self) -> &'static str {
        match self {
            CommonClass::Generator => "generator",
            CommonClass::Coroutine => "coroutine",
            CommonClass::AsyncGenerator => "async_generator",
            CommonClass::Method => "method",
            CommonClass::BuiltinFunctionOrMethod => "builtin_function_or_method",
            CommonClass::CoroutineWrapper => "coroutine_wrapper",
            CommonClass::ListIterator => "list_iterator",
            CommonClass::TupleIterator => "tuple_iterator",
            CommonClass::RangeIterator => "range_iterator",
            CommonClass::StrAsciiIterator => "str_ascii_iterator",
            CommonClass::SetIterator => "set_iterator",
            CommonClass::DictKeyIterator => "dict_keyiterator",
            CommonClass::DictValueIterator => "dict_valueiterator",
            CommonClass::DictItemIterator => "dict_itemiterator",
            CommonClass::Enumerate => "enumerate",
            CommonClass::Zip => "zip",
            CommonClass::Map => "map",
            CommonClass::Filter => "filter",
            CommonClass::Reversed => "reversed",
        }
    }

    /// The common class called `name`, if it is one.
    fn from_name(name: &str) -> Option<CommonClass> {
        Some(match name {
            "generator" => CommonClass::Generator,
            "coroutine" => CommonClass::Coroutine,
            "async_generator" => CommonClass::AsyncGenerator,
            "method" => CommonClass::Method,
            "builtin_function_or_method" => CommonClass::BuiltinFunctionOrMethod,
            "coroutine_wrapper" => CommonClass::CoroutineWrapper,
            "list_iterator" => CommonClass::ListIterator,
            "tuple_iterator" => CommonClass::TupleIterator,
            "range_iterator" => CommonClass::RangeIterator,
            "str_ascii_iterator" => CommonClass::StrAsciiIterator,
            "set_iterator" => CommonClass::SetIterator,
            "dict_keyiterator" => CommonClass::DictKeyIterator,
            "dict_valueiterator" => CommonClass::DictValueIterator,
            "dict_itemiterator" => CommonClass::DictItemIterator,
            "enumerate" => CommonClass::Enumerate,
            "zip" => CommonClass::Zip,
            "map" => CommonClass::Map,
            "filter" => CommonClass::Filter,
            "reversed" => CommonClass::Reversed,
            _ => return None,
        })
    }
}

/// A Python interpreter.
pub struct Interpreter {
    pub(crate) heap: Heap,
    pub(crate) frames: SlotMap<FrameId, Frame>,
    /// The value stack all frames share (see [`crate::frame`]).
    pub(crate) stack: Vec<Option<Value>>,
    pub(crate) codes: Vec<Rc<CodeInfo>>,
    /// The heap code object of each table entry, made on first use (owned).
    pub(crate) code_objects: Vec<Option<Value>>,
    pub(crate) natives: Vec<Native>,
    /// The files `open()` returned, by the handle each file object holds.
    pub(crate) files: crate::builtins::OpenFiles,
    pub(crate) classes: Classes,
    /// The `builtins` module's dict.
    pub(crate) builtins: Value,
    /// The `builtins` module.
    pub(crate) builtins_module: Value,
    /// The exception being handled (`sys.exc_info()[1]`), or `None`.
    pub(crate) exc_info: Value,
    /// The running frame.
    pub(crate) current: Option<FrameId>,
    /// Python frames and native re-entries in progress.
    pub(crate) depth: usize,
    pub(crate) recursion_limit: usize,
    /// Interned strings: one str object per name, owned here.
    pub(crate) interned: crate::fasthash::FastMap<Box<str>, Value>,
    /// `user_special` answers by (class, dunder), borrowed from the class
    /// namespaces; cleared whenever a class attribute is set or deleted.
    pub(crate) special_cache: crate::fasthash::FastMap<(ObjRef, usize, usize), Option<Value>>,
    /// `lookup_in_mro` answers by (class, name object); cleared with
    /// `special_cache`.
    pub(crate) mro_cache: crate::fasthash::FastMap<(ObjRef, ObjRef), Option<Value>>,
    /// Attribute plans by (class, name object); cleared with `mro_cache`
    /// (see `attr/plan.rs`).
    pub(crate) attr_plans: crate::fasthash::FastMap<(ObjRef, ObjRef), crate::attr::AttrPlan>,
    /// The `member_descriptor`s made for `__slots__` names, each with the
    /// class that declared it and the slot's interned name: attribute
    /// access reads and writes such a slot in the instance without calling
    /// the descriptor. An entry outlives its descriptor harmlessly, since a
    /// freed key never matches a new object.
    pub(crate) slot_members: crate::fasthash::FastMap<ObjRef, (ObjRef, Value)>,
    /// Bumped whenever a class attribute is set or deleted (with the
    /// caches above): specialised instructions that rely on what classes
    /// hold check it.
    pub(crate) class_epoch: u32,
    /// `slots_of` answers by class; cleared with `special_cache`.
    pub(crate) slots_cache: crate::fasthash::FastMap<ObjRef, Option<Rc<Vec<String>>>>,
    /// Source files read for tracebacks, by name.
    pub(crate) sources: HashMap<String, Option<Rc<str>>>,
    pub(crate) config: Config,
    /// Imported native modules, by name.
    pub(crate) modules: HashMap<String, Value>,
    /// What the import system keeps between imports.
    pub(crate) import: crate::import::ImportState,
    /// The error being raised is a re-raise: it gets no new traceback
    /// entry for the frame raising it.
    pub(crate) reraising: bool,
    /// The `__main__` namespace of the last `run_source` (owned).
    pub(crate) main_dict: Value,
    /// The generator frames the loop resumed in place, innermost last.
    pub(crate) in_loop: crate::generator::InLoop,
    /// `sys.settrace`'s function (owned), or `None`.
    pub(crate) trace_func: Value,
    /// `sys.set_asyncgen_hooks`: the `firstiter` and `finalizer` hooks
    /// (owned), or `None`.
    pub(crate) asyncgen_hooks: [Value; 2],
    /// A trace function is running: no events meanwhile.
    pub(crate) trace_busy: bool,
    /// Where the handler search starts when `RERAISE` restored `f_lasti`.
    pub(crate) unwind_from: Option<usize>,
    pub(crate) captured: Vec<u8>,
    pub(crate) stdout: std::io::BufWriter<std::io::Stdout>,
}

impl Interpreter {
    /// A fresh interpreter with the builtins in place.
    pub fn new(config: Config) -> Interpreter {
        let mut interp = Interpreter {
            heap: Heap::new(),
            frames: SlotMap::with_key(),
            stack: Vec::with_capacity(1024),
            codes: Vec::new(),
            code_objects: Vec::new(),
            natives: Vec::new(),
            files: Default::default(),
            classes: Classes::default(),
            builtins: Value::None,
            builtins_module: Value::None,
            exc_info: Value::None,
            current: None,
            depth: 0,
            recursion_limit: config.recursion_limit,
            // Room for the names the built-in classes intern at start-up.
            interned: crate::fasthash::FastMap::with_capacity_and_hasher(2048, Default::default()),
            special_cache: Default::default(),
            slot_members: Default::default(),
            mro_cache: Default::default(),
            attr_plans: Default::default(),
            slots_cache: Default::default(),
            class_epoch: 0,
            sources: HashMap::new(),
            config,
            modules: HashMap::new(),
            import: Default::default(),
            reraising: false,
            main_dict: Value::None,
            in_loop: Default::default(),
            trace_func: Value::None,
            asyncgen_hooks: [Value::None; 2],
            trace_busy: false,
            unwind_from: None,
            captured: Vec::new(),
            stdout: std::io::BufWriter::new(std::io::stdout()),
        };
        // The built-ins live as long as the interpreter: no collection
        // while they are made, and none examines them later.
        interp.heap.gc_disable();
        crate::class::bootstrap(&mut interp);
        crate::builtins::install(&mut interp);
        crate::exception_group::install_groups(&mut interp);
        crate::import::install(&mut interp);
        interp.heap.gc_freeze();
        interp.heap.gc_enable();
        interp
    }

    /// The heap.
    pub fn heap(&mut self) -> &mut Heap {
        &mut self.heap
    }

    /// What `print` wrote, when the config captures output.
    pub fn take_output(&mut self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut self.captured)).into_owned()
    }

    /// Write text to `sys.stdout`.
    pub(crate) fn write_stdout(&mut self, text: &str) {
        if self.config.capture_output {
            self.captured.extend_from_slice(text.as_bytes());
        } else {
            // A closed stdout (`| head`) is not the program's error.
            let _ = self.stdout.write_all(text.as_bytes());
        }
    }

    /// Flush `sys.stdout`.
    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Write text to `sys.stderr` (after flushing stdout, so the two
    /// interleave as the program wrote them).
    pub(crate) fn write_stderr(&mut self, text: &str) {
        if self.config.capture_output {
            self.captured.extend_from_slice(text.as_bytes());
        } else {
            self.flush();
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }

    /// An interned str for `name` (a new reference).
    pub(crate) fn intern(&mut self, name: &str) -> Value {
        if let Some(v) = self.interned.get(name) {
            let v = *v;
            self.heap.incref(v);
            return v;
        }
        let v = self.heap.new_str(name);
        self.interned.insert(name.into(), v);
        self.heap.incref(v);
        v
    }

    /// Parse, compile and run `source` as the `__main__` module.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        let code = compile(source, filename).map_err(RunError::Syntax)?;
        if !filename.starts_with('<') {
            self.sources
                .insert(filename.to_string(), Some(Rc::from(source)));
        }
        self.set_script_dir(filename);
        let globals = self.main_globals(filename);
        self.register_main(globals);
        let old = std::mem::replace(&mut self.main_dict, globals);
        self.heap.decref(old);
        let result = self.run_code_in(code, globals);
        match result {
            Ok(v) => {
                self.heap.decref(v);
                Ok(())
            }
            Err(e) => Err(RunError::Exception(self.exception_value(e))),
        }
    }

    /// Run a compiled module body in a fresh `__main__` namespace; returns
    /// its result (an owned reference) or the exception.
    pub fn run_code(&mut self, code: CodeObject) -> Result<Value, Value> {
        let globals = self.main_globals(&code.co_filename.clone());
        let result = self.run_code_in(code, globals);
        self.heap.decref(globals);
        result.map_err(|e| self.exception_value(e))
    }

    pub(crate) fn main_globals(&mut self, filename: &str) -> Value {
        let globals = self.heap.new_dict();
        let main = self.heap.new_str("__main__");
        self.dict_set_str(globals, "__name__", main);
        self.heap.decref(main);
        for key in ["__doc__", "__package__", "__loader__", "__spec__"] {
            self.dict_set_str(globals, key, Value::None);
        }
        let annotations = self.heap.new_dict();
        self.dict_set_str(globals, "__annotations__", annotations);
        self.heap.decref(annotations);
        let builtins = self.builtins_module;
        self.dict_set_str(globals, "__builtins__", builtins);
        if !filename.starts_with('<') {
            let file = self.heap.new_str(filename);
            self.dict_set_str(globals, "__file__", file);
            self.heap.decref(file);
        }
        globals
    }

    /// Run a module-level code object with `globals` as both namespaces.
    pub(crate) fn run_code_in(&mut self, code: CodeObject, globals: Value) -> Result<Value, PyErr> {
        let info = self.register_code(code);
        let builtins = self.builtins;
        self.heap.incref(globals);
        self.heap.incref(globals);
        self.heap.incref(builtins);
        let fid = self.push_frame(info, Value::None, globals, builtins, globals, Vec::new())?;
        self.run_frame(fid)
    }

    /// Turn a compiled code object into the loop's form, with its constants
    /// (nested code objects included) as values, and put a code object for
    /// it on the heap. Returns the table entry.
    pub(crate) fn register_code(&mut self, code: CodeObject) -> Rc<CodeInfo> {
        let consts = code
            .co_consts
            .iter()
            .map(|c| self.constant_value(c))
            .collect();
        let names = code.co_names.iter().map(|n| self.intern(n)).collect();
        let localsplus: Vec<Value> = code
            .localsplus_names()
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>()
            .iter()
            .map(|n| self.intern(n))
            .collect();
        let handlers = code.exception_entries().unwrap_or_default();
        let index = self.codes.len() as u32;
        let info = Rc::new(CodeInfo {
            nlocalsplus: localsplus.len(),
            code,
            consts,
            names,
            localsplus,
            handlers,
            positions: Default::default(),
            index,
            instrs: Default::default(),
        });
        self.codes.push(info.clone());
        info
    }

    /// A heap code object for the table entry `index` (a new reference).
    pub(crate) fn code_object(&mut self, index: u32) -> Value {
        if let Some(Some(v)) = self.code_objects.get(index as usize) {
            let v = *v;
            self.heap.incref(v);
            return v;
        }
        let class = self.named_class("code");
        let v = Value::Obj(self.heap.alloc(
            TypeRef::Heap(class),
            Payload::Interp(Box::new(InterpObject::Code { index })),
        ));
        if self.code_objects.len() <= index as usize {
            self.code_objects.resize(index as usize + 1, None);
        }
        self.heap.incref(v);
        self.code_objects[index as usize] = Some(v);
        v
    }

    /// A constant as a value (a new reference).
    pub(crate) fn constant_value(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => {
                pyrite_objects::types::int::Int::from_bigint(i.clone()).into_value(&mut self.heap)
            }
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => {
                pyrite_objects::ops::arith::new_complex(&mut self.heap, *real, *imag)
            }
            Constant::Str(s) => self.intern(s),
            Constant::SurrogateStr(points) => self.heap.new_str_from_code_points(points),
            Constant::Bytes(b) => self
                .heap
                .alloc_builtin(BuiltinType::Bytes, Payload::Bytes(b.clone().into())),
            Constant::Tuple(items) => {
                let items = items.iter().map(|c| self.constant_value(c)).collect();
                self.heap.new_tuple(items)
            }
            Constant::FrozenSet(items) => {
                let items: Vec<Value> = items.iter().map(|c| self.constant_value(c)).collect();
                let set = pyrite_objects::types::set::new_set(self, &items, true);
                for v in items {
                    self.heap.decref(v);
                }
                set.unwrap_or(Value::None)
            }
            Constant::Code(code) => {
                let info = self.register_code((**code).clone());
                self.code_object(info.index)
            }
            Constant::Ellipsis => Value::Ellipsis,
        }
    }

    /// `d[key] = value` for a str key; `value` is borrowed.
    pub(crate) fn dict_set_str(&mut self, dict: Value, key: &str, value: Value) {
        let k = self.intern(key);
        if let Some(d) = dict.as_obj() {
            // Setting a str key in a dict cannot fail: str hashing and
            // equality need no Python code.
            let _ = pyrite_objects::types::dict::set_item(self, d, k, value);
        }
        self.heap.decref(k);
    }

    /// `d.get(key)` for a str key (a new reference).
    pub(crate) fn dict_get_str(&mut self, dict: Value, key: &str) -> Option<Value> {
        let k = self.intern(key);
        let r = dict.as_obj().and_then(|d| {
            pyrite_objects::types::dict::get_item(self, d, k)
                .ok()
                .flatten()
        });
        self.heap.decref(k);
        r
    }

    /// The class named `name` among the interpreter's own classes.
    pub(crate) fn named_class(&self, name: &'static str) -> ObjRef {
        *self
            .classes
            .named
            .get(name)
            .expect("interpreter classes are created by class::bootstrap before use")
    }

    /// The class of `common`, by index.
    pub(crate) fn common_class(&mut self, common: CommonClass) -> ObjRef {
        let slot = common as usize;
        if let Some(class) = self.classes.common[slot] {
            return class;
        }
        let class = self.named_class(common.name());
        self.classes.common[slot] = Some(class);
        class
    }

    /// An interpreter object of the named class (a new reference); a
    /// [`CommonClass`] is found without hashing its name.
    pub(crate) fn new_interp(&mut self, class: &'static str, object: InterpObject) -> Value {
        let class = match CommonClass::from_name(class) {
            Some(common) => self.common_class(common),
            None => self.named_class(class),
        };
        self.new_interp_of(class, object)
    }

    /// An interpreter object of one of the common classes (a new reference).
    pub(crate) fn new_common(&mut self, common: CommonClass, object: InterpObject) -> Value {
        let class = self.common_class(common);
        self.new_interp_of(class, object)
    }

    fn new_interp_of(&mut self, class: ObjRef, object: InterpObject) -> Value {
        Value::Obj(
            self.heap
                .alloc(TypeRef::Heap(class), Payload::Interp(Box::new(object))),
        )
    }
}

/// Parse and compile source text as a module.
pub(crate) fn compile(source: &str, filename: &str) -> Result<CodeObject, Diagnostic> {
    let parsed = pyrite_parser::parse_module(source);
    let Some(module) = parsed.module else {
        return Err(parsed.diagnostics.into_iter().next().unwrap_or_else(|| {
            Diagnostic::syntax("invalid syntax", pyrite_lexer::TextRange::new(0, 0))
        }));
    };
    if let Some(d) = parsed.diagnostics.into_iter().next() {
        return Err(d);
    }
    let options = pyrite_compiler::codegen::CompileOptions {
        filename: filename.to_string(),
        optimize: 0,
    };
    pyrite_compiler::codegen::compile_module(&module, source, options)
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        self.flush();
    }
}

impl Interpreter {
    /// Release everything the interpreter holds (namespaces, tables,
    /// classes, modules), collect cycles, and return how many heap objects
    /// are still alive: zero unless something leaked.
    pub fn shutdown(&mut self) -> usize {
        self.run_finalisers();
        let slots: Vec<Option<Value>> = self.stack.drain(..).collect();
        for v in slots.into_iter().flatten() {
            self.heap.decref(v);
        }
        let frames: Vec<FrameId> = self.frames.keys().collect();
        for fid in frames {
            if let Some(f) = self.frames.remove(fid) {
                // A paused generator frame's slots belong to the generator
                // object, which releases them when it goes.
                for v in [f.func, f.globals, f.builtins, f.locals, f.f_trace()] {
                    self.heap.decref(v);
                }
                if let Some(view) = f.view() {
                    self.heap.decref_obj(view);
                }
            }
        }
        let main = std::mem::replace(&mut self.main_dict, Value::None);
        self.heap.decref(main);
        let trace = std::mem::replace(&mut self.trace_func, Value::None);
        for hook in std::mem::replace(&mut self.asyncgen_hooks, [Value::None; 2]) {
            self.heap.decref(hook);
        }
        self.heap.decref(trace);
        let handled = std::mem::replace(&mut self.exc_info, Value::None);
        self.heap.decref(handled);
        for info in std::mem::take(&mut self.codes) {
            for v in info
                .consts
                .iter()
                .chain(&info.names)
                .chain(&info.localsplus)
            {
                self.heap.decref(*v);
            }
        }
        for v in std::mem::take(&mut self.code_objects).into_iter().flatten() {
            self.heap.decref(v);
        }
        for (_, v) in std::mem::take(&mut self.interned) {
            self.heap.decref(v);
        }
        for (_, v) in std::mem::take(&mut self.modules) {
            self.heap.decref(v);
        }
        for v in [self.builtins, self.builtins_module] {
            self.heap.decref(v);
        }
        self.builtins = Value::None;
        self.builtins_module = Value::None;
        let owned: Vec<ObjRef> = self
            .classes
            .named
            .values()
            .filter(|c| !self.classes.native.contains(c))
            .copied()
            .collect();
        for c in owned
            .into_iter()
            .chain(std::mem::take(&mut self.classes.native))
        {
            self.heap.decref_obj(c);
        }
        self.classes.builtin.clear();
        self.classes.exc.clear();
        self.classes.named.clear();
        self.classes.common = Default::default();
        while self.heap.collect() > 0 {}
        for r in self.heap.take_pending_finalisers() {
            self.heap.decref_obj(r);
        }
        while self.heap.collect() > 0 {}
        self.heap.live_objects()
    }
}

impl Interpreter {
    /// Finalise `__main__` as CPython does at exit: its names are set to
    /// `None`, those starting with one underscore first, so objects die and
    /// their `__del__` methods run.
    pub fn finalize_main(&mut self) {
        let dict = self.main_dict;
        let Some(d) = dict.as_obj() else { return };
        for underscore_pass in [true, false] {
            let keys: Vec<Value> = match self.heap.payload(d) {
                Payload::Dict(t) => t
                    .iter()
                    .map(|(_, e)| e.key)
                    .filter(|k| {
                        let s = self.heap.str_of(*k).unwrap_or("");
                        let single = s.starts_with('_') && !s.starts_with("__");
                        s != "__builtins__" && single == underscore_pass
                    })
                    .collect(),
                _ => return,
            };
            for k in keys {
                self.heap.incref(k);
                let _ = pyrite_objects::types::dict::set_item(self, d, k, Value::None);
                self.heap.decref(k);
                self.run_finalisers();
            }
        }
        self.run_finalisers();
        self.flush();
    }
}
