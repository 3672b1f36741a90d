//! Scopes that become code objects of their own: functions, lambdas,
//! classes and comprehensions, and the closures that bind them.

use pyrite_parser::ast::{self, ExprKind, StmtKind};

use super::unit::{FBlock, ScopeKind};
use super::{Compiler, Result, docstring, fold};
use crate::assemble::BlockId;
use crate::bytecode::{CodeObject, Constant, Opcode};
use crate::symtable::{ComprehensionKind, Scope, SymbolTable, mangle};

impl<'a> Compiler<'a> {
    fn child_table(&self, range: pyrite_lexer::TextRange) -> Result<&'a SymbolTable> {
        self.unit_ref()
            .ste
            .child(range)
            .ok_or_else(|| self.error("internal compiler error: scope not found", range))
    }

    /// Defaults (`BUILD_TUPLE`) and keyword-only defaults
    /// (`BUILD_CONST_KEY_MAP`): the first two `MAKE_FUNCTION` flags.
    fn default_arguments(&mut self, args: &'a ast::Arguments) -> Result<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for default in &args.defaults {
                self.expr(default)?;
            }
            self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= 0x01;
        }
        let mut names = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                let mangled = mangle(self.unit_ref().private.as_deref(), &arg.arg);
                names.push(Constant::str(mangled));
                self.expr(default)?;
            }
        }
        if !names.is_empty() {
            let n = names.len() as u32;
            self.load_const(Constant::Tuple(names));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// The annotations tuple (`name, value, ...`), the `0x04` flag.
    fn annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
    ) -> Result<u32> {
        let mut count = 0u32;
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        let mut pairs: Vec<(&str, &'a ast::Expr)> = Vec::new();
        for arg in all {
            if let Some(annotation) = &arg.annotation {
                pairs.push((&arg.arg, annotation));
            }
        }
        if let Some(returns) = returns {
            pairs.push(("return", returns));
        }
        for (name, annotation) in pairs {
            let mangled = mangle(self.unit_ref().private.as_deref(), name);
            self.load_const(Constant::str(mangled));
            if let ExprKind::Starred { value, .. } = &annotation.kind {
                self.expr(value)?;
                self.emit(Opcode::UNPACK_SEQUENCE, 1);
            } else {
                self.annotation(annotation)?;
            }
            count += 2;
        }
        if count > 0 {
            self.emit(Opcode::BUILD_TUPLE, count);
            return Ok(0x04);
        }
        Ok(0)
    }

    /// Loads the closure cells `code` needs, then makes the function.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> Result {
        if !code.co_freevars.is_empty() {
            for name in &code.co_freevars {
                let unit = self.unit_ref();
                let is_class_cell = unit.kind == ScopeKind::Class && name == "__class__";
                let index = if is_class_cell || unit.ste.scope_of(name) == Scope::Cell {
                    unit.cellvars.iter().position(|c| c == name)
                } else {
                    unit.freevars
                        .iter()
                        .position(|f| f == name)
                        .map(|i| i + unit.cellvars.len())
                };
                let index = index.ok_or_else(|| {
                    self.error(
                        format!("internal compiler error: no closure cell for '{name}'"),
                        pyrite_lexer::TextRange::new(0, 0),
                    )
                })?;
                self.emit(Opcode::LOAD_CLOSURE, index as u32);
            }
            flags |= 0x08;
            self.emit(Opcode::BUILD_TUPLE, code.co_freevars.len() as u32);
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    /// Calls each decorator, innermost first, at the decorator's location.
    fn apply_decorators(&mut self, decorators: &[ast::Expr]) {
        let saved = self.unit_ref().loc;
        for decorator in decorators.iter().rev() {
            self.set_loc(decorator.range);
            self.emit(Opcode::PRECALL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.unit().loc = saved;
    }

    fn first_line(&self, range: pyrite_lexer::TextRange, decorators: &[ast::Expr]) -> u32 {
        let start = decorators
            .first()
            .map_or(range.start, |d| d.range.start.min(range.start));
        self.line_of(start)
    }

    pub(super) fn function_def(&mut self, stmt: &'a ast::Stmt) -> Result {
        let (name, args, body, decorators, returns, is_async) = match &stmt.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => (name, args, body, decorator_list, returns, false),
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => (name, args, body, decorator_list, returns, true),
            _ => return Ok(()),
        };
        for decorator in decorators {
            self.expr(decorator)?;
        }
        let first_line = self.first_line(stmt.range, decorators);
        let mut flags = self.default_arguments(args)?;
        flags |= self.annotations(args, returns.as_deref())?;
        let table = self.child_table(stmt.range)?;
        let kind = if is_async {
            ScopeKind::AsyncFunction
        } else {
            ScopeKind::Function
        };
        self.enter_scope(name, kind, table, first_line);
        let doc = if self.options.optimize < 2 {
            docstring(body)
        } else {
            None
        };
        let skip = usize::from(doc.is_some());
        self.unit().add_const(doc.unwrap_or(Constant::None));
        {
            let unit = self.unit();
            unit.argcount = args.args.len() as u32;
            unit.posonlyargcount = args.posonlyargs.len() as u32;
            unit.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        let result = self.stmts(&body[skip..]);
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_scope(true)?;
        let range = self.definition_range(stmt.range, decorators);
        self.set_loc(range);
        self.make_closure(code, flags)?;
        self.apply_decorators(decorators);
        self.store_name(name, range)
    }

    pub(super) fn class_def(&mut self, stmt: &'a ast::Stmt) -> Result {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } = &stmt.kind
        else {
            return Ok(());
        };
        for decorator in decorator_list {
            self.expr(decorator)?;
        }
        let first_line = self.first_line(stmt.range, decorator_list);
        let table = self.child_table(stmt.range)?;
        self.enter_scope(name, ScopeKind::Class, table, first_line);
        let result = (|| {
            self.name_op("__name__", ast::ExprContext::Load, stmt.range)?;
            self.store_name("__module__", stmt.range)?;
            let qualname = self.unit_ref().qualname.clone();
            self.load_const(Constant::Str(qualname));
            self.store_name("__qualname__", stmt.range)?;
            self.body(body)
        })();
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        self.unset_loc();
        if table.needs_class_closure {
            self.emit(Opcode::LOAD_CLOSURE, 0);
            self.emit(Opcode::COPY, 1);
            self.store_name("__classcell__", stmt.range)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_scope(true)?;
        let range = self.definition_range(stmt.range, decorator_list);
        self.set_loc(range);
        self.emit(Opcode::PUSH_NULL, 0);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.make_closure(code, 0)?;
        self.load_const(Constant::str(name.clone()));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decorator_list);
        self.store_name(name, range)
    }

    pub(super) fn lambda(
        &mut self,
        expr: &'a ast::Expr,
        args: &'a ast::Arguments,
        body: &'a ast::Expr,
    ) -> Result {
        let flags = self.default_arguments(args)?;
        let table = self.child_table(expr.range)?;
        let line = self.line_of(expr.range.start);
        self.enter_scope("<lambda>", ScopeKind::Lambda, table, line);
        self.unit().add_const(Constant::None);
        {
            let unit = self.unit();
            unit.argcount = args.args.len() as u32;
            unit.posonlyargcount = args.posonlyargs.len() as u32;
            unit.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        if let Err(e) = self.expr(body) {
            self.units.pop();
            return Err(e);
        }
        let code = if table.is_generator {
            self.exit_scope(false)?
        } else {
            self.emit(Opcode::RETURN_VALUE, 0);
            self.exit_scope(true)?
        };
        self.make_closure(code, flags)
    }

    pub(super) fn comprehension(
        &mut self,
        expr: &'a ast::Expr,
        generators: &'a [ast::Comprehension],
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> Result {
        let table = self.child_table(expr.range)?;
        let kind = table.comprehension.ok_or_else(|| {
            self.error("internal compiler error: not a comprehension", expr.range)
        })?;
        let Some(outermost) = generators.first() else {
            return Err(self.error("comprehension without a for clause", expr.range));
        };
        let is_async = table.is_coroutine;
        if is_async
            && kind != ComprehensionKind::Generator
            && !matches!(
                self.unit_ref().kind,
                ScopeKind::AsyncFunction | ScopeKind::Comprehension
            )
        {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                expr.range,
            ));
        }
        let name = format!("<{}>", kind.scope_name());
        let line = self.line_of(expr.range.start);
        self.enter_scope(&name, ScopeKind::Comprehension, table, line);
        self.unit().argcount = 1;
        let build = match kind {
            ComprehensionKind::List => Some(Opcode::BUILD_LIST),
            ComprehensionKind::Set => Some(Opcode::BUILD_SET),
            ComprehensionKind::Dict => Some(Opcode::BUILD_MAP),
            ComprehensionKind::Generator => None,
        };
        if let Some(build) = build {
            self.emit(build, 0);
        }
        let element = Element { elt, value, kind };
        if let Err(e) = self.comprehension_generator(generators, 0, 0, element) {
            self.units.pop();
            return Err(e);
        }
        if build.is_some() {
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.exit_scope(true)?;
        self.make_closure(code, 0)?;
        self.iterable_operand(&outermost.iter)?;
        let get_iter = if outermost.is_async {
            Opcode::GET_AITER
        } else {
            Opcode::GET_ITER
        };
        self.emit(get_iter, 0);
        self.emit(Opcode::PRECALL, 0);
        self.emit(Opcode::CALL, 0);
        if is_async && kind != ComprehensionKind::Generator {
            self.await_value(0);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        element: Element<'a>,
    ) -> Result {
        let generator = &generators[index];
        if generator.is_async {
            return self.async_comprehension_generator(generators, index, depth, element);
        }
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            // `for y in [f(x)]` binds without a loop, unless the display
            // is a constant (CPython folds it into a tuple first).
            let constant =
                fold::iterable(&generator.iter).is_some() || fold::fold(&generator.iter).is_some();
            let single = match &generator.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. }
                    if elts.len() == 1 && !constant =>
                {
                    elts.first()
                        .filter(|e| !matches!(e.kind, ExprKind::Starred { .. }))
                }
                _ => None,
            };
            if let Some(single) = single {
                self.expr(single)?;
                start = None;
            } else {
                self.iterable_operand(&generator.iter)?;
                self.emit(Opcode::GET_ITER, 0);
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_next_block(start);
            self.emit_jump(Opcode::FOR_ITER, anchor);
        }
        self.comprehension_body(generators, index, depth, element, if_cleanup)?;
        self.use_next_block(if_cleanup);
        if let Some(start) = start {
            self.emit_jump(Opcode::JUMP, start);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        element: Element<'a>,
    ) -> Result {
        let generator = &generators[index];
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.iterable_operand(&generator.iter)?;
            self.emit(Opcode::GET_AITER, 0);
        }
        self.use_next_block(start);
        self.unit()
            .fblocks
            .push(FBlock::AsyncComprehensionGenerator);
        self.emit_jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit(Opcode::POP_BLOCK, 0);
        self.comprehension_body(generators, index, depth + 1, element, if_cleanup)?;
        self.use_next_block(if_cleanup);
        self.emit_jump(Opcode::JUMP, start);
        self.unit().fblocks.pop();
        self.use_next_block(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        Ok(())
    }

    /// One `for` clause's work once its target is bound: the `if` tests
    /// (a failing one jumps to `if_cleanup`), then the next clause or, after
    /// the last, the element. `depth` counts the iterators on the stack.
    fn comprehension_body(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        element: Element<'a>,
        if_cleanup: BlockId,
    ) -> Result {
        self.expr(&generators[index].target)?;
        for condition in &generators[index].ifs {
            self.jump_if(condition, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, element)
        } else {
            self.comprehension_element(element, depth)
        }
    }

    /// The innermost loop's work: yield or add the element. `depth`
    /// iterators lie on the stack above the collection being built.
    fn comprehension_element(&mut self, element: Element<'a>, depth: u32) -> Result {
        self.expr(element.elt)?;
        match element.kind {
            ComprehensionKind::Generator => {
                self.emit_yield();
                self.emit(Opcode::POP_TOP, 0);
            }
            ComprehensionKind::List => self.emit(Opcode::LIST_APPEND, depth + 1),
            ComprehensionKind::Set => self.emit(Opcode::SET_ADD, depth + 1),
            ComprehensionKind::Dict => {
                if let Some(value) = element.value {
                    self.expr(value)?;
                }
                self.emit(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }
}

/// What a comprehension's innermost loop produces: the element (for a dict
/// comprehension, the key and its value) and the kind of result.
#[derive(Clone, Copy)]
struct Element<'a> {
    elt: &'a ast::Expr,
    value: Option<&'a ast::Expr>,
    kind: ComprehensionKind,
}
