//! Code generation: from the AST and its symbol table to code objects,
//! following CPython 3.11's `compile.c` construct by construct so that
//! `dis` shows the same instructions.
//!
//! The compiler keeps a stack of *units*, one per scope being compiled
//! (module, class body, function, lambda, comprehension). Each unit fills a
//! control-flow graph ([`crate::assemble::CfgBuilder`]) and its tables
//! (`co_consts`, `co_names`, `co_varnames`, cells and free variables); when
//! the scope ends, the graph is optimised and assembled into a
//! [`CodeObject`], which becomes a constant of the enclosing unit.
//!
//! Every instruction carries the *current location*: a statement sets it for
//! the code it produces, an expression sets it while its own instructions are
//! emitted and restores it afterwards, and artificial instructions (cleanup
//! code) have none, to be filled in by the optimiser as CPython does.
//!
//! Invariant: compile errors are `Diagnostic`s; nothing here panics on any
//! AST the parser produces.

mod call;
mod display;
mod exceptions;
mod expr;
mod fold;
mod function;
mod pattern;
mod set_order;
mod stmt;
mod unit;

use pyrite_lexer::{Diagnostic, LineIndex, TextRange};
use pyrite_parser::ast;

use crate::bytecode::{CodeObject, Constant, Location, Opcode};
use crate::stack::with_compiler_stack;
use crate::symtable::{self, SymbolTable};
use unit::{ScopeKind, Unit};

type Result<T = ()> = std::result::Result<T, Diagnostic>;

/// What `compile()` is given besides the tree.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    pub filename: String,
    /// `-O` level: 1 drops asserts, 2 also drops docstrings.
    pub optimize: u8,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            filename: "<string>".to_string(),
            optimize: 0,
        }
    }
}

pub(crate) struct Compiler<'a> {
    units: Vec<Unit<'a>>,
    index: LineIndex,
    options: CompileOptions,
    source: &'a str,
    /// The module's table: `obj.attr()` on an imported module name is not a
    /// method call (CPython's `is_import_originated`).
    top: &'a SymbolTable,
    /// `from __future__ import annotations`: annotations are kept as strings.
    future_annotations: bool,
    /// `compile(..., 'single')`: top-level expression values are printed.
    interactive: bool,
}

/// Compiles a parsed module (`compile(source, filename, 'exec')`).
pub fn compile_module<'a>(
    module: &'a ast::Module,
    source: &'a str,
    options: CompileOptions,
) -> Result<CodeObject> {
    with_compiler_stack(|| compile_module_here(module, source, options))
}

fn compile_module_here(
    module: &ast::Module,
    source: &str,
    options: CompileOptions,
) -> Result<CodeObject> {
    let table = symtable::build(module, source)?;
    let future_annotations = symtable::has_future_annotations(module);
    let mut compiler = Compiler::for_module(source, options, &table, future_annotations, false);
    compiler.body(&module.body)?;
    compiler.exit_scope(true)
}

/// Compiles `source` as a single expression (`compile(source, filename,
/// 'eval')`): the code returns the expression's value.
pub fn compile_eval_source(source: &str, options: CompileOptions) -> Result<CodeObject> {
    with_compiler_stack(|| compile_eval_here(source, options))
}

fn compile_eval_here(source: &str, options: CompileOptions) -> Result<CodeObject> {
    let module = parse(source)?;
    let [stmt] = module.body.as_slice() else {
        return Err(Diagnostic::syntax("invalid syntax", module.range));
    };
    let ast::StmtKind::Expr { value } = &stmt.kind else {
        return Err(Diagnostic::syntax("invalid syntax", stmt.range));
    };
    let table = symtable::build(&module, source)?;
    let mut compiler = Compiler::for_module(source, options, &table, false, false);
    compiler.expr(value)?;
    compiler.exit_scope(false)
}

/// Compiles one interactive input (`compile(source, filename, 'single')`,
/// what the REPL runs): like a module, but the value of each top-level
/// expression statement is printed (`PRINT_EXPR`) and a string first is not
/// a docstring.
pub fn compile_interactive_source(source: &str, options: CompileOptions) -> Result<CodeObject> {
    with_compiler_stack(|| compile_interactive_here(source, options))
}

fn compile_interactive_here(source: &str, options: CompileOptions) -> Result<CodeObject> {
    let module = parse(source)?;
    let table = symtable::build(&module, source)?;
    let future_annotations = symtable::has_future_annotations(&module);
    let mut compiler = Compiler::for_module(source, options, &table, future_annotations, true);
    if stmt::has_annotations(&module.body) {
        compiler.emit(Opcode::SETUP_ANNOTATIONS, 0);
    }
    for stmt in &module.body {
        compiler.stmt(stmt)?;
    }
    compiler.exit_scope(true)
}

/// Parses and compiles `source`.
pub fn compile_source(source: &str, options: CompileOptions) -> Result<CodeObject> {
    let module = parse(source)?;
    compile_module(&module, source, options)
}

/// The module `source` parses to, or the first error (the one CPython
/// reports).
fn parse(source: &str) -> Result<ast::Module> {
    let parsed = pyrite_parser::parse_module(source);
    parsed.module.ok_or_else(|| {
        parsed
            .diagnostics
            .into_iter()
            .next()
            .unwrap_or_else(|| Diagnostic::syntax("invalid syntax", TextRange::new(0, 0)))
    })
}

impl<'a> Compiler<'a> {
    /// A compiler with the module's unit open (first line 1).
    fn for_module(
        source: &'a str,
        options: CompileOptions,
        top: &'a SymbolTable,
        future_annotations: bool,
        interactive: bool,
    ) -> Self {
        let mut compiler = Compiler {
            units: Vec::new(),
            index: LineIndex::new(source),
            options,
            source,
            top,
            future_annotations,
            interactive,
        };
        compiler.enter_scope("<module>", ScopeKind::Module, top, 1);
        compiler
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is open while compiling")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open while compiling")
    }

    fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.index.line_col_bytes(range.start as usize);
        let (end_line, end_col) = self.index.line_col_bytes(range.end as usize);
        Location {
            line: line as u32,
            end_line: end_line as u32,
            col: Some(col as u32),
            end_col: Some(end_col as u32),
        }
    }

    fn line_of(&self, offset: u32) -> u32 {
        self.index.line(offset as usize) as u32
    }

    fn error(&self, message: impl Into<String>, range: TextRange) -> Diagnostic {
        Diagnostic::syntax(message, range)
    }

    /// A definition's own range: a decorated `def` or `class` starts at its
    /// keyword, not at its first decorator (as CPython's node positions).
    fn definition_range(&self, range: TextRange, decorators: &[ast::Expr]) -> TextRange {
        let Some(last) = decorators.last() else {
            return range;
        };
        let bytes = self.source.as_bytes();
        let mut i = last.range.end as usize;
        let mut line_start = false;
        while i < range.end as usize {
            match bytes.get(i) {
                Some(b'\n') => line_start = true,
                Some(b'#') => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                Some(b' ' | b'\t' | b'\r' | b'\x0c' | b')') => {}
                Some(b'@') if line_start => {
                    line_start = false;
                }
                Some(_) if line_start => return TextRange::new(i, range.end as usize),
                _ => {}
            }
            i += 1;
        }
        range
    }

    /// Sets the current location to `range` (CPython's `SET_LOC`).
    fn set_loc(&mut self, range: TextRange) {
        let loc = self.location(range);
        self.unit().loc = Some(loc);
    }

    /// Marks what follows as artificial (CPython's `UNSET_LOC`).
    fn unset_loc(&mut self) {
        self.unit().loc = None;
    }

    fn emit(&mut self, opcode: Opcode, arg: u32) {
        let unit = self.unit();
        let loc = unit.loc;
        unit.builder.op(opcode, arg, loc);
    }

    fn emit_noline(&mut self, opcode: Opcode, arg: u32) {
        self.unit().builder.op(opcode, arg, None);
    }

    fn emit_jump(&mut self, opcode: Opcode, target: crate::assemble::BlockId) {
        let unit = self.unit();
        let loc = unit.loc;
        unit.builder.jump(opcode, target, loc);
    }

    fn emit_jump_noline(&mut self, opcode: Opcode, target: crate::assemble::BlockId) {
        self.unit().builder.jump(opcode, target, None);
    }

    fn new_block(&mut self) -> crate::assemble::BlockId {
        self.unit().builder.new_block()
    }

    fn use_next_block(&mut self, block: crate::assemble::BlockId) {
        self.unit().builder.use_next_block(block);
    }

    /// Starts a fresh block after a return, raise or jump.
    fn next_block(&mut self) {
        let block = self.new_block();
        self.use_next_block(block);
    }

    fn load_const(&mut self, constant: Constant) {
        let index = self.unit().add_const(constant);
        self.emit(Opcode::LOAD_CONST, index);
    }

    /// Adds a name to `co_names`, mangled in a class body.
    fn add_name(&mut self, name: &str) -> u32 {
        let mangled = symtable::mangle(self.unit_ref().private.as_deref(), name);
        self.unit().add_name(&mangled)
    }

    fn emit_name(&mut self, opcode: Opcode, name: &str) {
        let index = self.add_name(name);
        self.emit(opcode, index);
    }

    /// Runs `f` with the current location set to `range`, restoring it after
    /// (what CPython's `compiler_visit_expr` does around each expression).
    fn with_loc<T>(&mut self, range: TextRange, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.unit_ref().loc;
        self.set_loc(range);
        let result = f(self);
        self.unit().loc = saved;
        result
    }

    fn enter_scope(
        &mut self,
        name: &str,
        kind: ScopeKind,
        table: &'a SymbolTable,
        first_line: u32,
    ) {
        let private = match self.units.last() {
            Some(parent) if kind != ScopeKind::Class => parent.private.clone(),
            _ => None,
        };
        let qualname = self.qualname(name, kind);
        let mut unit = Unit::new(name, qualname, kind, table, first_line, private);
        unit.future_annotations = self.future_annotations;
        if kind == ScopeKind::Class {
            unit.private = Some(name.to_string());
        }
        // RESUME carries the definition's line; a module's is line 0.
        unit.loc = Some(if kind == ScopeKind::Module {
            Location {
                line: 0,
                end_line: 1,
                col: Some(0),
                end_col: Some(0),
            }
        } else {
            Location {
                line: first_line,
                end_line: first_line,
                col: Some(0),
                end_col: Some(0),
            }
        });
        self.units.push(unit);
        self.emit(Opcode::RESUME, 0);
        if kind == ScopeKind::Module {
            self.unit().loc = None;
        }
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname(&self, name: &str, kind: ScopeKind) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        if matches!(
            kind,
            ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Class
        ) {
            let mangled = symtable::mangle(parent.private.as_deref(), name);
            if parent.ste.scope_of(&mangled) == symtable::Scope::GlobalExplicit {
                return name.to_string();
            }
        }
        if matches!(
            parent.kind,
            ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Lambda
        ) {
            format!("{}.<locals>.{name}", parent.qualname)
        } else {
            format!("{}.{name}", parent.qualname)
        }
    }

    /// Finishes the innermost unit: adds the implicit `return None` if the
    /// code can fall off its end, then optimises and assembles it.
    fn exit_scope(&mut self, add_none: bool) -> Result<CodeObject> {
        let falls_off = {
            let unit = self.unit_ref();
            let block = unit.builder.cfg.block(unit.builder.current);
            block
                .last()
                .is_none_or(|i| i.opcode != Opcode::RETURN_VALUE)
        };
        if falls_off {
            self.unset_loc();
            if add_none {
                self.load_const(Constant::None);
            }
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let unit = self.units.pop().expect("exit_scope follows enter_scope");
        let filename = self.options.filename.clone();
        unit.finish(&filename).map_err(|e| {
            Diagnostic::syntax(
                format!("internal compiler error: {e}"),
                TextRange::new(0, 0),
            )
        })
    }

    /// An annotation: its value, or under `from __future__ import
    /// annotations` its source text as a string (CPython unparses the
    /// expression; pyrite uses the text as written, and a string literal's
    /// `repr`).
    fn annotation(&mut self, annotation: &'a ast::Expr) -> Result {
        if !self.future_annotations {
            return self.expr(annotation);
        }
        let text = match &annotation.kind {
            ast::ExprKind::Constant {
                value: ast::Constant::Str(s),
                ..
            } => crate::bytecode::repr::str_repr(s),
            _ => self
                .source
                .get(annotation.range.start as usize..annotation.range.end as usize)
                .unwrap_or("")
                .to_string(),
        };
        self.load_const(Constant::Str(text));
        Ok(())
    }

    /// A module or class body: annotations setup, docstring, statements.
    fn body(&mut self, body: &'a [ast::Stmt]) -> Result {
        if self.unit_ref().kind == ScopeKind::Module
            && let Some(first) = body.first()
        {
            self.set_loc(first.range);
        }
        if stmt::has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let mut rest = body;
        if self.options.optimize < 2
            && let Some(doc) = docstring(body)
        {
            let first = &body[0];
            self.with_loc(first_expr_range(first), |c| c.load_const(doc));
            self.unset_loc();
            self.store_name("__doc__", first.range)?;
            rest = &body[1..];
        }
        for stmt in rest {
            self.stmt(stmt)?;
        }
        Ok(())
    }
}

fn first_expr_range(stmt: &ast::Stmt) -> TextRange {
    match &stmt.kind {
        ast::StmtKind::Expr { value } => value.range,
        _ => stmt.range,
    }
}

/// The docstring of a body: its first statement, if that is a string
/// literal (as a constant: it may hold a lone surrogate).
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<Constant> {
    match &body.first()?.kind {
        ast::StmtKind::Expr { value } => match &value.kind {
            ast::ExprKind::Constant {
                value: value @ (ast::Constant::Str(_) | ast::Constant::SurrogateStr(_)),
                ..
            } => Some(fold::constant(value)),
            _ => None,
        },
        _ => None,
    }
}
