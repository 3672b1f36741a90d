//! Code guarded by exception handlers: `try`/`except`/`else`/`finally`,
//! `try`/`except*`, and `with`/`async with` (CPython's `compiler_try_*`
//! and `compiler_with`). Each protected region starts with a SETUP_*
//! pseudo-instruction naming its handler and ends with POP_BLOCK; the
//! assembler turns them into exception-table entries.

use pyrite_lexer::TextRange;
use pyrite_parser::ast::{self, ExprContext};

use super::unit::FBlock;
use super::{Compiler, Result};
use crate::assemble::BlockId;
use crate::bytecode::{Constant, Opcode};

impl<'a> Compiler<'a> {
    fn try_except(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
    ) -> Result {
        let body_block = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.protected_try_body(body, body_block, except)?;
        self.stmts(orelse)?;
        self.emit_jump_noline(Opcode::JUMP, end);
        self.handler_entry(except, cleanup, FBlock::ExceptionHandler);
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(handler.range);
            if handler.r#type.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last", handler.range));
            }
            except = self.new_block();
            if let Some(kind) = &handler.r#type {
                self.expr(kind)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, except);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.store_name(name, handler.range)?;
                self.emit_jump(Opcode::SETUP_CLEANUP, cleanup_end);
                self.use_next_block(cleanup_body);
                self.unit().fblocks.push(FBlock::HandlerCleanup {
                    name: Some(name.clone()),
                });
                self.stmts(&handler.body)?;
                self.unit().fblocks.pop();
                self.unset_loc();
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.clear_handler_name(name, handler.range)?;
                self.emit_jump(Opcode::JUMP, end);
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.clear_handler_name(name, handler.range)?;
                self.emit(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit(Opcode::POP_TOP, 0);
                self.use_next_block(cleanup_body);
                self.unit()
                    .fblocks
                    .push(FBlock::HandlerCleanup { name: None });
                self.stmts(&handler.body)?;
                self.unit().fblocks.pop();
                self.unset_loc();
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.emit_jump(Opcode::JUMP, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.unit().fblocks.pop();
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    /// `try` with `except*` clauses (CPython's `compiler_try_star_except`):
    /// each clause splits the exception group with `CHECK_EG_MATCH`; what
    /// the clauses raise is collected in a list, and `PREP_RERAISE_STAR`
    /// combines it with the unhandled rest.
    fn try_star_except(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
    ) -> Result {
        let body_block = self.new_block();
        let mut except = self.new_block();
        let orelse_block = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.protected_try_body(body, body_block, except)?;
        self.emit_jump_noline(Opcode::JUMP, orelse_block);
        self.handler_entry(except, cleanup, FBlock::ExceptionGroupHandler);
        let n = handlers.len();
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(handler.range);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            if let Some(kind) = &handler.r#type {
                self.expr(kind)?;
                self.emit(Opcode::CHECK_EG_MATCH, 0);
                self.emit(Opcode::COPY, 1);
                self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &handler.name {
                Some(name) => self.store_name(name, handler.range)?,
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.emit_jump(Opcode::SETUP_CLEANUP, cleanup_end);
            self.use_next_block(cleanup_body);
            self.unit().fblocks.push(FBlock::HandlerCleanup {
                name: handler.name.clone(),
            });
            self.stmts(&handler.body)?;
            self.unit().fblocks.pop();
            self.unset_loc();
            self.emit(Opcode::POP_BLOCK, 0);
            if let Some(name) = &handler.name {
                self.clear_handler_name(name, handler.range)?;
            }
            self.emit_jump(Opcode::JUMP, except);
            self.use_next_block(cleanup_end);
            if let Some(name) = &handler.name {
                self.clear_handler_name(name, handler.range)?;
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.emit_jump(Opcode::JUMP, except_with_error);
            self.use_next_block(except);
            // Keeps jumps here from being threaded before the optimiser
            // has cleaned this block (CPython emits the same NOP).
            self.emit(Opcode::NOP, 0);
            self.emit_jump(Opcode::JUMP, except_with_error);
            self.use_next_block(no_match);
            self.set_loc(handler.range);
            self.emit(Opcode::POP_TOP, 0);
            self.use_next_block(except_with_error);
            if i + 1 == n {
                self.emit(Opcode::LIST_APPEND, 1);
                self.emit_jump(Opcode::JUMP, reraise_star);
            }
        }
        self.unset_loc();
        self.unit().fblocks.pop();
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit_jump(Opcode::JUMP, end);
        self.use_next_block(reraise);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse_block);
        self.stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// The body of a `try` with `except` clauses, in `body_block`, with
    /// exceptions sent to `except` (`SETUP_FINALLY` ... `POP_BLOCK`).
    fn protected_try_body(
        &mut self,
        body: &'a [ast::Stmt],
        body_block: BlockId,
        except: BlockId,
    ) -> Result {
        self.emit_jump(Opcode::SETUP_FINALLY, except);
        self.use_next_block(body_block);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit_noline(Opcode::POP_BLOCK, 0);
        Ok(())
    }

    /// Where a handler starts, at `handler`: the exception is pushed (with
    /// the one being handled before it) under a cleanup handler at
    /// `cleanup`, and `fblock` is entered.
    fn handler_entry(&mut self, handler: BlockId, cleanup: BlockId, fblock: FBlock<'a>) {
        self.use_next_block(handler);
        self.unset_loc();
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.unit().fblocks.push(fblock);
    }

    fn try_except_clauses(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        star: bool,
    ) -> Result {
        if star {
            self.try_star_except(body, handlers, orelse)
        } else {
            self.try_except(body, handlers, orelse)
        }
    }

    /// `name = None; del name`: an `except ... as name` clause unbinds its
    /// name on the way out.
    fn clear_handler_name(&mut self, name: &str, range: TextRange) -> Result {
        self.load_const(Constant::None);
        self.store_name(name, range)?;
        self.name_op(name, ExprContext::Del, range)
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    /// A `try` statement (`star` for `except*`): the `finally` clause, if
    /// any, protects the whole `try`/`except`/`else` (CPython's
    /// `compiler_try_finally` around `compiler_try_except` or
    /// `compiler_try_star_except`).
    pub(super) fn try_statement(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        finalbody: &'a [ast::Stmt],
        star: bool,
    ) -> Result {
        if finalbody.is_empty() {
            return self.try_except_clauses(body, handlers, orelse, star);
        }
        let body_block = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_jump(Opcode::SETUP_FINALLY, end);
        self.use_next_block(body_block);
        self.unit()
            .fblocks
            .push(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except_clauses(body, handlers, orelse, star)?;
        }
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.unit().fblocks.pop();
        self.stmts(finalbody)?;
        self.emit_jump_noline(Opcode::JUMP, exit);
        self.handler_entry(end, cleanup, FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    /// `with` and `async with` (CPython's `compiler_with` and
    /// `compiler_async_with`): one protected region per item, nested, the
    /// innermost holding the body. `async with` awaits `__aenter__` and
    /// `__aexit__`.
    pub(super) fn with(
        &mut self,
        stmt: &'a ast::Stmt,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        pos: usize,
        is_async: bool,
    ) -> Result {
        if is_async {
            self.check_async("async with", stmt.range)?;
        }
        let Some(item) = items.get(pos) else {
            return self.stmts(body);
        };
        let block = self.new_block();
        let final_block = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.await_value(1);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.emit_jump(Opcode::SETUP_WITH, final_block);
        self.use_next_block(block);
        self.unit().fblocks.push(FBlock::With {
            range: stmt.range,
            is_async,
        });
        match &item.optional_vars {
            Some(target) => self.expr(target)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with(stmt, items, body, pos + 1, is_async)?;
        }
        // CPython clears the location before the POP_BLOCK of a `with`,
        // not of an `async with`.
        if !is_async {
            self.unset_loc();
        }
        self.emit(Opcode::POP_BLOCK, 0);
        self.unit().fblocks.pop();
        self.set_loc(stmt.range);
        self.call_exit_with_nones();
        if is_async {
            self.await_value(2);
        }
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP, exit);
        self.use_next_block(final_block);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.await_value(2);
        }
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    /// After `__exit__` ran for an exception: re-raise unless it returned
    /// true (CPython's `compiler_with_except_finish`).
    fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let suppress = self.new_block();
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
    }
}
