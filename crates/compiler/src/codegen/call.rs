//! Calls, as CPython 3.11 makes them: `PUSH_NULL` (or `LOAD_GLOBAL` with
//! its NULL bit, or `LOAD_METHOD`), the arguments, `KW_NAMES`, then
//! `PRECALL n; CALL n`; calls with `*` or `**` arguments build a tuple and a
//! dict for `CALL_FUNCTION_EX` (CPython's `compiler_call` and
//! `compiler_call_helper`).

use pyrite_parser::ast::{self, ExprContext, ExprKind};

use super::expr::STACK_USE_GUIDELINE;
use super::{Compiler, Result};
use crate::bytecode::{Constant, Opcode};

impl<'a> Compiler<'a> {
    pub(super) fn call(
        &mut self,
        expr: &'a ast::Expr,
        func: &'a ast::Expr,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
    ) -> Result {
        self.validate_keywords(keywords)?;
        if self.method_call(expr, func, args, keywords)? {
            return Ok(());
        }
        self.with_loc(func.range, |c| c.emit(Opcode::PUSH_NULL, 0));
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> Result {
        for (i, kw) in keywords.iter().enumerate() {
            let Some(name) = &kw.arg else { continue };
            if let Some(dup) = keywords[i + 1..]
                .iter()
                .find(|k| k.arg.as_ref() == Some(name))
            {
                return Err(self.error(format!("keyword argument repeated: {name}"), dup.range));
            }
        }
        Ok(())
    }

    /// `obj.method(args)` as `LOAD_METHOD` (CPython's
    /// `maybe_optimize_method_call`); false if the call does not qualify.
    fn method_call(
        &mut self,
        expr: &'a ast::Expr,
        func: &'a ast::Expr,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
    ) -> Result<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        if let ExprKind::Name { id, .. } = &value.kind
            && self
                .top
                .flags_of(id)
                .has(crate::symtable::SymbolFlags::DEF_IMPORT)
        {
            return Ok(false);
        }
        let nargs = args.len();
        let nkw = keywords.len();
        if nargs + nkw + usize::from(nkw != 0) >= STACK_USE_GUIDELINE
            || !unpacks_nothing(args, keywords)
        {
            return Ok(false);
        }
        self.expr(value)?;
        let saved = self.unit_ref().loc;
        self.with_loc(func.range, |c| {
            c.attr_loc(func, value);
            c.emit_name(Opcode::LOAD_METHOD, attr);
        });
        self.push_arguments(args, keywords)?;
        self.set_loc(expr.range);
        self.attr_loc(func, value);
        self.emit(Opcode::PRECALL, (nargs + nkw) as u32);
        self.emit(Opcode::CALL, (nargs + nkw) as u32);
        self.unit().loc = saved;
        Ok(true)
    }

    /// Each positional argument, then each keyword argument's value and
    /// `KW_NAMES` naming them, all on the stack for `CALL`.
    fn push_arguments(&mut self, args: &'a [ast::Expr], keywords: &'a [ast::Keyword]) -> Result {
        for arg in args {
            self.expr(arg)?;
        }
        if !keywords.is_empty() {
            for kw in keywords {
                self.expr(&kw.value)?;
            }
            let index = self.unit().add_const(keyword_names(keywords));
            self.emit(Opcode::KW_NAMES, index);
        }
        Ok(())
    }

    /// The arguments and the call itself; `pushed` arguments are already on
    /// the stack (CPython's `compiler_call_helper`).
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
    ) -> Result {
        let nargs = args.len();
        let nkw = keywords.len();
        let simple = unpacks_nothing(args, keywords) && nargs + nkw * 2 <= STACK_USE_GUIDELINE;
        if simple {
            self.push_arguments(args, keywords)?;
            let n = pushed + (nargs + nkw) as u32;
            self.emit(Opcode::PRECALL, n);
            self.emit(Opcode::CALL, n);
            return Ok(());
        }
        if pushed == 0
            && nargs == 1
            && let ExprKind::Starred { value, .. } = &args[0].kind
        {
            self.expr(value)?;
        } else {
            self.starunpack(
                args,
                pushed,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut seen = 0usize;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if seen > 0 {
                        self.subkwargs(&keywords[i - seen..i])?;
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        seen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&kw.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                } else {
                    seen += 1;
                }
            }
            if seen > 0 {
                self.subkwargs(&keywords[nkw - seen..])?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(nkw > 0));
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &'a [ast::Keyword]) -> Result {
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for kw in keywords {
                self.expr(&kw.value)?;
            }
            self.load_const(keyword_names(keywords));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for kw in keywords {
            if let Some(name) = &kw.arg {
                self.load_const(Constant::str(name.clone()));
            }
            self.expr(&kw.value)?;
            if big {
                self.emit(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }
}

/// No `*args` and no `**kwargs`: every argument goes on the stack by itself.
fn unpacks_nothing(args: &[ast::Expr], keywords: &[ast::Keyword]) -> bool {
    !args
        .iter()
        .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        && keywords.iter().all(|k| k.arg.is_some())
}

/// The tuple of the keyword arguments' names, in order.
fn keyword_names(keywords: &[ast::Keyword]) -> Constant {
    Constant::Tuple(
        keywords
            .iter()
            .filter_map(|k| k.arg.as_ref().map(|name| Constant::str(name.clone())))
            .collect(),
    )
}
