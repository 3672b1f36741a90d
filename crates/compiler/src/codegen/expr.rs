//! Expressions (CPython's `compiler_visit_expr1` and its helpers).

use pyrite_lexer::TextRange;
use pyrite_parser::ast::{self, BoolOp, CmpOp, ExprContext, ExprKind, Operator, UnaryOp};

use super::unit::ScopeKind;
use super::{Compiler, Result, fold};
use crate::assemble::BlockId;
use crate::bytecode::{Constant, Opcode};
use crate::symtable::{BlockType, Scope, mangle};

/// Above this many items, displays and calls are built piecewise
/// (CPython's `STACK_USE_GUIDELINE`).
pub(super) const STACK_USE_GUIDELINE: usize = 30;

pub(super) fn binary_op_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, expr: &'a ast::Expr) -> Result {
        self.with_loc(expr.range, |c| c.expr_here(expr))
    }

    fn expr_here(&mut self, expr: &'a ast::Expr) -> Result {
        // `__debug__` is a constant: false under -O.
        if let ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } = &expr.kind
            && id == "__debug__"
        {
            self.load_const(Constant::Bool(self.options.optimize == 0));
            return Ok(());
        }
        if let Some(constant) = fold::fold(expr) {
            self.load_const(constant);
            return Ok(());
        }
        match &expr.kind {
            ExprKind::Constant { value, .. } => self.load_const(fold::constant(value)),
            ExprKind::Name { id, ctx } => self.name_op(id, *ctx, expr.range)?,
            ExprKind::BinOp { left, op, right } => {
                if *op == Operator::Mod
                    && let Some(parts) = fold::percent_format(left, right)
                {
                    return self.percent_format(parts);
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BINARY_OP, binary_op_arg(*op));
            }
            ExprKind::UnaryOp { .. } if Self::inverted_compare(expr).is_some() => {
                let (left, op, right, range) =
                    Self::inverted_compare(expr).expect("checked by the guard");
                self.with_loc(range, |c| c.single_compare(left, op, right))?;
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let opcode = match op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(opcode, 0);
            }
            ExprKind::BoolOp { op, values } => {
                let jump = match op {
                    BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
                    BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
                };
                let end = self.new_block();
                let (last, init) = values
                    .split_last()
                    .ok_or_else(|| self.error("empty boolean operation", expr.range))?;
                for value in init {
                    self.expr(value)?;
                    self.emit_jump(jump, end);
                }
                self.expr(last)?;
                self.use_next_block(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump_noline(Opcode::JUMP, end);
                self.use_next_block(next);
                self.expr(orelse)?;
                self.use_next_block(end);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                let opcode = match ctx {
                    ExprContext::Load => Opcode::LOAD_ATTR,
                    ExprContext::Store => Opcode::STORE_ATTR,
                    ExprContext::Del => Opcode::DELETE_ATTR,
                };
                self.attr_loc(expr, value);
                self.emit_name(opcode, attr);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                self.expr(slice)?;
                let opcode = match ctx {
                    ExprContext::Load => Opcode::BINARY_SUBSCR,
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                };
                self.emit(opcode, 0);
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                for part in [lower, upper] {
                    match part {
                        Some(e) => self.expr(e)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(step) = step {
                    n += 1;
                    self.expr(step)?;
                }
                self.emit(Opcode::BUILD_SLICE, n);
            }
            ExprKind::Starred { ctx, .. } => {
                let message = if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return Err(self.error(message, expr.range));
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.unpack_targets(elts, expr.range)?,
                ExprContext::Del => {
                    for elt in elts {
                        self.expr(elt)?;
                    }
                }
                ExprContext::Load => self.starunpack(
                    elts,
                    0,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    matches!(expr.kind, ExprKind::Tuple { .. }),
                )?,
            },
            ExprKind::Set { elts } => self.starunpack(
                elts,
                0,
                Opcode::BUILD_SET,
                Opcode::SET_ADD,
                Opcode::SET_UPDATE,
                false,
            )?,
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(expr, func, args, keywords)?,
            ExprKind::JoinedStr { values } => {
                for value in values {
                    self.expr(value)?;
                }
                if values.len() != 1 {
                    self.emit(Opcode::BUILD_STRING, values.len() as u32);
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match char::from_u32(*conversion as u32) {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.emit(Opcode::FORMAT_VALUE, arg);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::COPY, 1);
                self.expr(target)?;
            }
            ExprKind::Lambda { args, body } => self.lambda(expr, args, body)?,
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr, generators, key, Some(value))?,
            ExprKind::Yield { value } => {
                self.check_in_function("'yield' outside function", expr.range)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit_yield();
            }
            ExprKind::YieldFrom { value } => {
                self.check_in_function("'yield' outside function", expr.range)?;
                if self.unit_ref().kind == ScopeKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function", expr.range));
                }
                self.expr(value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Constant::None);
                self.yield_from(false);
            }
            ExprKind::Await { value } => {
                if self.unit_ref().ste.block_type != BlockType::Function {
                    return Err(self.error("'await' outside function", expr.range));
                }
                if !matches!(
                    self.unit_ref().kind,
                    ScopeKind::AsyncFunction | ScopeKind::Comprehension
                ) {
                    return Err(self.error("'await' outside async function", expr.range));
                }
                self.expr(value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.yield_from(true);
            }
        }
        Ok(())
    }

    /// `'%s: %r' % (a, b)` compiled as the f-string `f'{a!s}: {b!r}'`.
    fn percent_format(&mut self, parts: Vec<fold::FormatPart<'a>>) -> Result {
        let n = parts.len();
        for part in parts {
            match part {
                fold::FormatPart::Literal(text) => {
                    let saved = self.unit_ref().loc;
                    self.unset_loc();
                    self.load_const(Constant::Str(text));
                    self.unit().loc = saved;
                }
                fold::FormatPart::Value {
                    value,
                    conversion,
                    spec,
                } => {
                    self.with_loc(value.range, |c| -> Result {
                        c.expr(value)?;
                        let mut arg = conversion;
                        if let Some(spec) = spec {
                            let saved = c.unit_ref().loc;
                            c.unset_loc();
                            c.load_const(Constant::Str(spec));
                            c.unit().loc = saved;
                            arg |= 4;
                        }
                        c.emit(Opcode::FORMAT_VALUE, arg);
                        Ok(())
                    })?;
                }
            }
        }
        if n != 1 {
            self.emit(Opcode::BUILD_STRING, n as u32);
        }
        Ok(())
    }

    fn check_in_function(&self, message: &str, range: TextRange) -> Result {
        if self.unit_ref().ste.block_type != BlockType::Function {
            return Err(self.error(message, range));
        }
        Ok(())
    }

    /// `YIELD_VALUE; RESUME 1` (with `ASYNC_GEN_WRAP` in async generators).
    pub(super) fn emit_yield(&mut self) {
        let ste = self.unit_ref().ste;
        if ste.is_generator && ste.is_coroutine {
            self.emit(Opcode::ASYNC_GEN_WRAP, 0);
        }
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit(Opcode::RESUME, 1);
    }

    /// CPython's `ADD_YIELD_FROM`: the `SEND` loop.
    pub(super) fn yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.emit_jump(Opcode::SEND, exit);
        self.use_next_block(resume);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.emit_jump(Opcode::JUMP_NO_INTERRUPT, start);
        self.use_next_block(exit);
    }

    /// Where `LOAD_ATTR` starts when the attribute is on a later line than
    /// its object (CPython's `update_start_location_to_match_attr`).
    pub(super) fn attr_loc(&mut self, attribute: &ast::Expr, _value: &ast::Expr) {
        let loc = self.location(attribute.range);
        if loc.line != loc.end_line {
            let unit = self.unit();
            if let Some(current) = unit.loc.as_mut() {
                current.line = loc.end_line;
                if let (Some(end), ExprKind::Attribute { attr, .. }) =
                    (loc.end_col, &attribute.kind)
                {
                    current.col = Some(end.saturating_sub(attr.len() as u32));
                }
            }
        }
    }

    /// Loads, stores or deletes a name, choosing the instruction from the
    /// symbol table (CPython's `compiler_nameop`).
    pub(super) fn name_op(&mut self, name: &str, ctx: ExprContext, range: TextRange) -> Result {
        if ctx == ExprContext::Store && name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        if ctx == ExprContext::Del && name == "__debug__" {
            return Err(self.error("cannot delete __debug__", range));
        }
        let unit = self.unit_ref();
        let mangled = mangle(unit.private.as_deref(), name);
        let scope = unit.ste.scope_of(&mangled);
        let block_type = unit.ste.block_type;
        let is_function = block_type == BlockType::Function;
        enum Kind {
            Fast,
            Deref,
            Global,
            Name,
        }
        let kind = match scope {
            Scope::Free | Scope::Cell => Kind::Deref,
            Scope::Local if is_function => Kind::Fast,
            Scope::GlobalImplicit if is_function => Kind::Global,
            Scope::GlobalExplicit => Kind::Global,
            _ => Kind::Name,
        };
        match kind {
            Kind::Fast => {
                let index = self.unit().add_varname(&mangled);
                let opcode = match ctx {
                    ExprContext::Load => Opcode::LOAD_FAST,
                    ExprContext::Store => Opcode::STORE_FAST,
                    ExprContext::Del => Opcode::DELETE_FAST,
                };
                self.emit(opcode, index);
            }
            Kind::Deref => {
                let index = self
                    .unit_ref()
                    .deref_index(&mangled)
                    .ok_or_else(|| self.error(format!("no cell for '{name}'"), range))?;
                let opcode = match ctx {
                    ExprContext::Load if block_type == BlockType::Class => Opcode::LOAD_CLASSDEREF,
                    ExprContext::Load => Opcode::LOAD_DEREF,
                    ExprContext::Store => Opcode::STORE_DEREF,
                    ExprContext::Del => Opcode::DELETE_DEREF,
                };
                self.emit(opcode, index);
            }
            Kind::Global => {
                let index = self.unit().add_name(&mangled);
                match ctx {
                    ExprContext::Load => self.emit(Opcode::LOAD_GLOBAL, index << 1),
                    ExprContext::Store => self.emit(Opcode::STORE_GLOBAL, index),
                    ExprContext::Del => self.emit(Opcode::DELETE_GLOBAL, index),
                }
            }
            Kind::Name => {
                let index = self.unit().add_name(&mangled);
                let opcode = match ctx {
                    ExprContext::Load => Opcode::LOAD_NAME,
                    ExprContext::Store => Opcode::STORE_NAME,
                    ExprContext::Del => Opcode::DELETE_NAME,
                };
                self.emit(opcode, index);
            }
        }
        Ok(())
    }

    pub(super) fn store_name(&mut self, name: &str, range: TextRange) -> Result {
        self.name_op(name, ExprContext::Store, range)
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Lt => (Opcode::COMPARE_OP, 0),
            CmpOp::LtE => (Opcode::COMPARE_OP, 1),
            CmpOp::Eq => (Opcode::COMPARE_OP, 2),
            CmpOp::NotEq => (Opcode::COMPARE_OP, 3),
            CmpOp::Gt => (Opcode::COMPARE_OP, 4),
            CmpOp::GtE => (Opcode::COMPARE_OP, 5),
            CmpOp::Is => (Opcode::IS_OP, 0),
            CmpOp::IsNot => (Opcode::IS_OP, 1),
            CmpOp::In => (Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit(opcode, arg);
    }

    fn compare(
        &mut self,
        left: &'a ast::Expr,
        ops: &[CmpOp],
        comparators: &'a [ast::Expr],
    ) -> Result {
        self.expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 1 {
            self.comparator(&comparators[0], ops[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.comparator(&comparators[n - 1], ops[n - 1])?;
        self.compare_op(ops[n - 1]);
        let end = self.new_block();
        self.emit_jump_noline(Opcode::JUMP, end);
        self.use_next_block(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.use_next_block(end);
        Ok(())
    }

    /// `not a in b` is compiled as `a not in b` (and likewise `is`), as
    /// CPython's AST optimiser rewrites it.
    fn inverted_compare(
        expr: &'a ast::Expr,
    ) -> Option<(&'a ast::Expr, CmpOp, &'a ast::Expr, TextRange)> {
        let ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } = &expr.kind
        else {
            return None;
        };
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &operand.kind
        else {
            return None;
        };
        if ops.len() != 1 || comparators.len() != 1 {
            return None;
        }
        let inverted = match ops[0] {
            CmpOp::Is => CmpOp::IsNot,
            CmpOp::IsNot => CmpOp::Is,
            CmpOp::In => CmpOp::NotIn,
            CmpOp::NotIn => CmpOp::In,
            _ => return None,
        };
        Some((left, inverted, &comparators[0], operand.range))
    }

    fn single_compare(&mut self, left: &'a ast::Expr, op: CmpOp, right: &'a ast::Expr) -> Result {
        self.expr(left)?;
        self.comparator(right, op)?;
        self.compare_op(op);
        Ok(())
    }

    /// The last operand of a comparison: a list or set literal after `in`
    /// is built as a tuple or frozenset (CPython's `fold_compare`).
    fn comparator(&mut self, expr: &'a ast::Expr, op: CmpOp) -> Result {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.iterable_operand(expr)
        } else {
            self.expr(expr)
        }
    }

    /// A list literal used only to be iterated or searched becomes a tuple,
    /// constant if it can be; a set literal of constants a frozenset
    /// (CPython's `fold_iter`).
    pub(super) fn iterable_operand(&mut self, expr: &'a ast::Expr) -> Result {
        if let Some(constant) = fold::iterable(expr) {
            self.with_loc(expr.range, |c| c.load_const(constant));
            return Ok(());
        }
        if let ExprKind::List { elts, .. } = &expr.kind
            && !elts
                .iter()
                .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
        {
            return self.with_loc(expr.range, |c| {
                c.starunpack(
                    elts,
                    0,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                )
            });
        }
        self.expr(expr)
    }

    /// Jumps to `next` if `expr`'s truth equals `cond` (CPython's
    /// `compiler_jump_if`).
    pub(super) fn jump_if(&mut self, expr: &'a ast::Expr, next: BlockId, cond: bool) -> Result {
        // CPython 3.11 leaves the current location at a tested comparison,
        // so the code after the test carries it.
        if let Some((left, op, right, range)) = Self::inverted_compare(expr) {
            self.set_loc(range);
            self.with_loc(range, |c| c.single_compare(left, op, right))?;
            let jump = if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            };
            self.emit_jump(jump, next);
            return Ok(());
        }
        if matches!(expr.kind, ExprKind::Compare { .. }) {
            self.set_loc(expr.range);
        }
        match &expr.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                if let Some((last, init)) = values.split_last() {
                    for value in init {
                        self.jump_if(value, next2, cond2)?;
                    }
                    self.jump_if(last, next, cond)?;
                }
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.emit_jump_noline(Opcode::JUMP, end);
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && fold::fold(expr).is_none() => {
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.comparator(&comparators[n], ops[n])?;
                self.compare_op(ops[n]);
                let jump = if cond {
                    Opcode::POP_JUMP_IF_TRUE
                } else {
                    Opcode::POP_JUMP_IF_FALSE
                };
                self.emit_jump(jump, next);
                let end = self.new_block();
                self.emit_jump_noline(Opcode::JUMP, end);
                self.use_next_block(cleanup);
                self.emit(Opcode::POP_TOP, 0);
                if !cond {
                    self.emit_jump_noline(Opcode::JUMP, next);
                }
                self.use_next_block(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(expr)?;
        let jump = if cond {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        self.emit_jump(jump, next);
        Ok(())
    }
}
