//! Statements (CPython's `compiler_visit_stmt` and its helpers), including
//! loops, `try` and `with` with their exception-table regions, and the
//! unwinding that `return`, `break` and `continue` do through them.

use pyrite_lexer::TextRange;
use pyrite_parser::ast::{self, ExprContext, ExprKind, StmtKind};

use super::unit::{FBlock, ScopeKind};
use super::{Compiler, Result, fold};
use crate::assemble::BlockId;
use crate::bytecode::{Constant, Opcode};
use crate::symtable::BlockType;

/// Whether a body has an annotated assignment that needs
/// `__annotations__` (CPython's `find_ann`).
pub(super) fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || has_annotations(orelse)
                || has_annotations(finalbody)
                || handlers.iter().any(|h| has_annotations(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [ast::Stmt]) -> Result {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(super) fn stmt(&mut self, stmt: &'a ast::Stmt) -> Result {
        let range = match &stmt.kind {
            StmtKind::FunctionDef { decorator_list, .. }
            | StmtKind::AsyncFunctionDef { decorator_list, .. }
            | StmtKind::ClassDef { decorator_list, .. } => {
                self.definition_range(stmt.range, decorator_list)
            }
            _ => stmt.range,
        };
        self.set_loc(range);
        match &stmt.kind {
            StmtKind::FunctionDef { .. } | StmtKind::AsyncFunctionDef { .. } => {
                self.function_def(stmt)?
            }
            StmtKind::ClassDef { .. } => self.class_def(stmt)?,
            StmtKind::Return { value } => self.return_stmt(stmt, value.as_deref())?,
            StmtKind::Delete { targets } => {
                for target in targets {
                    self.expr(target)?;
                }
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.expr(target)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.for_loop(target, iter, body, orelse)?,
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.async_for(stmt, target, iter, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_loop(stmt, test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump_noline(Opcode::JUMP, end);
                    self.use_next_block(next);
                    self.stmts(orelse)?;
                }
                self.use_next_block(end);
            }
            StmtKind::With { items, body, .. } => self.with(stmt, items, body, 0, false)?,
            StmtKind::AsyncWith { items, body, .. } => self.with(stmt, items, body, 0, true)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.expr(exc)?;
                    n += 1;
                    if let Some(cause) = cause {
                        self.expr(cause)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
                self.next_block();
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_statement(body, handlers, orelse, finalbody, false)?,
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_statement(body, handlers, orelse, finalbody, true)?,
            StmtKind::Assert { test, msg } => {
                if self.options.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_block();
                self.jump_if(test, end, true)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.emit(Opcode::PRECALL, 0);
                    self.emit(Opcode::CALL, 0);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.use_next_block(end);
            }
            StmtKind::Import { names } => {
                for alias in names {
                    self.load_const(Constant::int(0));
                    self.load_const(Constant::None);
                    self.emit_name(Opcode::IMPORT_NAME, &alias.name);
                    match &alias.asname {
                        Some(asname) => self.import_as(&alias.name, asname, alias.range)?,
                        None => {
                            let first = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.store_name(first, alias.range)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Constant::int(*level));
                let fromlist: Vec<Constant> = names
                    .iter()
                    .map(|a| Constant::str(a.name.clone()))
                    .collect();
                self.load_const(Constant::Tuple(fromlist));
                self.emit_name(Opcode::IMPORT_NAME, module.as_deref().unwrap_or(""));
                for alias in names {
                    if alias.name == "*" {
                        self.emit(Opcode::IMPORT_STAR, 0);
                        return Ok(());
                    }
                    self.emit_name(Opcode::IMPORT_FROM, &alias.name);
                    let store = alias.asname.as_deref().unwrap_or(&alias.name);
                    self.store_name(store, alias.range)?;
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() == 1 {
                    // The REPL prints the value of a top-level expression.
                    self.expr(value)?;
                    self.emit(Opcode::PRINT_EXPR, 0);
                } else if matches!(value.kind, ExprKind::Constant { .. }) {
                    self.emit(Opcode::NOP, 0);
                } else {
                    self.expr(value)?;
                    self.unset_loc();
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            StmtKind::Pass => self.emit(Opcode::NOP, 0),
            StmtKind::Break => self.break_stmt(stmt.range)?,
            StmtKind::Continue => self.continue_stmt(stmt.range)?,
        }
        Ok(())
    }

    fn import_as(&mut self, name: &str, asname: &str, range: TextRange) -> Result {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        if attrs.is_empty() {
            return self.store_name(asname, range);
        }
        for (i, attr) in attrs.iter().enumerate() {
            let index = self.unit().add_name(attr);
            self.emit(Opcode::IMPORT_FROM, index);
            if i + 1 < attrs.len() {
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        self.store_name(asname, range)?;
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn return_stmt(&mut self, stmt: &'a ast::Stmt, value: Option<&'a ast::Expr>) -> Result {
        if self.unit_ref().ste.block_type != BlockType::Function {
            return Err(self.error("'return' outside function", stmt.range));
        }
        if value.is_some() && self.unit_ref().ste.is_coroutine && self.unit_ref().ste.is_generator {
            return Err(self.error("'return' with value in async generator", stmt.range));
        }
        let folded = value.and_then(fold::fold);
        let preserve_tos = value.is_some() && folded.is_none();
        if preserve_tos {
            self.expr(value.expect("checked: preserve_tos needs a value"))?;
        } else if let Some(value) = value {
            // The constant's location stays current for the return itself.
            self.set_loc(value.range);
            self.emit(Opcode::NOP, 0);
        }
        let stmt_line = self.line_of(stmt.range.start);
        if value.is_none_or(|v| self.line_of(v.range.start) != stmt_line) {
            self.set_loc(stmt.range);
            self.emit(Opcode::NOP, 0);
        }
        self.unwind_fblock_stack(preserve_tos, false, stmt.range)?;
        match (value, folded) {
            (None, _) => self.load_const(Constant::None),
            (Some(_), Some(constant)) => self.load_const(constant),
            _ => {}
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        self.next_block();
        Ok(())
    }

    /// The innermost loop, after unwinding what encloses the statement
    /// inside it.
    fn break_stmt(&mut self, range: TextRange) -> Result {
        self.emit(Opcode::NOP, 0);
        let Some(loop_block) = self.unwind_fblock_stack(false, true, range)? else {
            return Err(self.error("'break' outside loop", range));
        };
        let exit = match loop_block {
            LoopBlock::While { exit, .. } => exit,
            LoopBlock::For { exit, .. } => {
                self.emit(Opcode::POP_TOP, 0);
                exit
            }
        };
        self.emit_jump(Opcode::JUMP, exit);
        self.next_block();
        Ok(())
    }

    fn continue_stmt(&mut self, range: TextRange) -> Result {
        self.emit(Opcode::NOP, 0);
        let Some(loop_block) = self.unwind_fblock_stack(false, true, range)? else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        let (LoopBlock::While { start, .. } | LoopBlock::For { start, .. }) = loop_block;
        self.emit_jump(Opcode::JUMP, start);
        self.next_block();
        Ok(())
    }

    /// Emits the cleanup of every enclosing block up to the innermost loop
    /// (if `stop_at_loop`), returning that loop.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
        range: TextRange,
    ) -> Result<Option<LoopBlock>> {
        let saved = std::mem::take(&mut self.unit().fblocks);
        let mut result = None;
        let mut depth = saved.len();
        while depth > 0 {
            let top = saved[depth - 1].clone();
            if matches!(top, FBlock::ExceptionGroupHandler) {
                self.unit().fblocks = saved;
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    range,
                ));
            }
            if stop_at_loop {
                match top {
                    FBlock::WhileLoop { start, exit } => {
                        result = Some(LoopBlock::While { start, exit });
                        break;
                    }
                    FBlock::ForLoop { start, exit } => {
                        result = Some(LoopBlock::For { start, exit });
                        break;
                    }
                    _ => {}
                }
            }
            self.unit().fblocks = saved[..depth - 1].to_vec();
            self.unwind_fblock(&top, preserve_tos)?;
            depth -= 1;
        }
        self.unit().fblocks = saved;
        Ok(result)
    }

    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> Result {
        match block {
            FBlock::WhileLoop { .. }
            | FBlock::ExceptionHandler
            | FBlock::ExceptionGroupHandler
            | FBlock::AsyncComprehensionGenerator => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::TryExcept => self.emit(Opcode::POP_BLOCK, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                self.unset_loc();
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlock::With { range, is_async } => {
                self.set_loc(*range);
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.await_value(2);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.unset_loc();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Opcode::POP_BLOCK, 0);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.store_name(name, TextRange::new(0, 0))?;
                    self.name_op(name, ExprContext::Del, TextRange::new(0, 0))?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    pub(super) fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::PRECALL, 2);
        self.emit(Opcode::CALL, 2);
    }

    fn aug_assign(
        &mut self,
        target: &'a ast::Expr,
        op: ast::Operator,
        value: &'a ast::Expr,
    ) -> Result {
        let saved = self.unit_ref().loc;
        self.set_loc(target.range);
        match &target.kind {
            ExprKind::Attribute {
                value: object,
                attr,
                ..
            } => {
                self.expr(object)?;
                self.emit(Opcode::COPY, 1);
                self.attr_loc(target, object);
                self.emit_name(Opcode::LOAD_ATTR, attr);
            }
            ExprKind::Subscript {
                value: object,
                slice,
                ..
            } => {
                self.expr(object)?;
                self.expr(slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Load, target.range)?,
            _ => {
                return Err(self.error("illegal expression for augmented assignment", target.range));
            }
        }
        self.unit().loc = saved;
        self.expr(value)?;
        self.emit(Opcode::BINARY_OP, super::expr::binary_op_arg(op) + 13);
        self.set_loc(target.range);
        match &target.kind {
            ExprKind::Attribute {
                value: object,
                attr,
                ..
            } => {
                self.attr_loc(target, object);
                self.emit(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, attr);
            }
            ExprKind::Subscript { .. } => {
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            ExprKind::Name { id, .. } => self.store_name(id, target.range)?,
            _ => {}
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a ast::Expr,
        annotation: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
        simple: bool,
    ) -> Result {
        if let Some(value) = value {
            self.expr(value)?;
            self.expr(target)?;
        }
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let module_or_class =
                    matches!(self.unit_ref().kind, ScopeKind::Module | ScopeKind::Class);
                if simple && module_or_class {
                    self.annotation(annotation)?;
                    let mangled = crate::symtable::mangle(self.unit_ref().private.as_deref(), id);
                    self.name_op("__annotations__", ExprContext::Load, target.range)?;
                    self.load_const(Constant::str(mangled));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            ExprKind::Attribute { value: object, .. } if value.is_none() => {
                self.expr(object)?;
                self.emit(Opcode::POP_TOP, 0);
            }
            ExprKind::Subscript {
                value: object,
                slice,
                ..
            } if value.is_none() => {
                self.expr(object)?;
                self.emit(Opcode::POP_TOP, 0);
                self.check_annotation_subscript(slice)?;
            }
            _ => {}
        }
        // A complex target's annotation is evaluated (and dropped) at module
        // and class level, unless annotations are postponed.
        let module_or_class = matches!(self.unit_ref().kind, ScopeKind::Module | ScopeKind::Class);
        if !simple && !self.future_annotations && module_or_class {
            self.expr(annotation)?;
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    /// CPython's `check_ann_subscr`: evaluates a subscript target's index
    /// parts for their side effects.
    fn check_annotation_subscript(&mut self, slice: &'a ast::Expr) -> Result {
        match &slice.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            ExprKind::Tuple { elts, .. } => {
                for elt in elts {
                    self.check_annotation_subscript(elt)?;
                }
            }
            _ => {
                self.expr(slice)?;
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        target: &'a ast::Expr,
        iter: &'a ast::Expr,
        body: &'a [ast::Stmt],
        orelse: &'a [ast::Stmt],
    ) -> Result {
        let start = self.new_block();
        let body_block = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.unit()
            .fblocks
            .push(FBlock::ForLoop { start, exit: end });
        self.iterable_operand(iter)?;
        self.emit(Opcode::GET_ITER, 0);
        self.use_next_block(start);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.use_next_block(body_block);
        self.expr(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.emit_jump(Opcode::JUMP, start);
        self.use_next_block(cleanup);
        self.unit().fblocks.pop();
        self.stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn while_loop(
        &mut self,
        stmt: &'a ast::Stmt,
        test: &'a ast::Expr,
        body: &'a [ast::Stmt],
        orelse: &'a [ast::Stmt],
    ) -> Result {
        let start = self.new_block();
        let body_block = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(start);
        self.unit()
            .fblocks
            .push(FBlock::WhileLoop { start, exit: end });
        self.jump_if(test, anchor, false)?;
        self.use_next_block(body_block);
        self.stmts(body)?;
        self.set_loc(stmt.range);
        self.jump_if(test, body_block, true)?;
        self.unit().fblocks.pop();
        self.use_next_block(anchor);
        self.stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `GET_AWAITABLE where; LOAD_CONST None; <yield from>`.
    pub(super) fn await_value(&mut self, where_: u32) {
        self.emit(Opcode::GET_AWAITABLE, where_);
        self.load_const(Constant::None);
        self.yield_from(true);
    }

    pub(super) fn check_async(&self, what: &str, range: TextRange) -> Result {
        if self.unit_ref().kind != ScopeKind::AsyncFunction {
            return Err(self.error(format!("'{what}' outside async function"), range));
        }
        Ok(())
    }

    fn async_for(
        &mut self,
        stmt: &'a ast::Stmt,
        target: &'a ast::Expr,
        iter: &'a ast::Expr,
        body: &'a [ast::Stmt],
        orelse: &'a [ast::Stmt],
    ) -> Result {
        self.check_async("async for", stmt.range)?;
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(iter)?;
        self.emit(Opcode::GET_AITER, 0);
        self.use_next_block(start);
        self.unit()
            .fblocks
            .push(FBlock::ForLoop { start, exit: end });
        self.emit_jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit(Opcode::POP_BLOCK, 0);
        self.expr(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.emit_jump(Opcode::JUMP, start);
        self.unit().fblocks.pop();
        self.use_next_block(except);
        self.set_loc(iter.range);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }
}

/// The loop a `break` or `continue` leaves or restarts.
#[derive(Clone, Copy)]
enum LoopBlock {
    While { start: BlockId, exit: BlockId },
    For { start: BlockId, exit: BlockId },
}
