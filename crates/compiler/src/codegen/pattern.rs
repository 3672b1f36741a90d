//! The `match` statement (CPython 3.11's `compiler_match` and
//! `compiler_pattern_*`).
//!
//! The subject stays on the stack while each case's pattern is tried.
//! Sub-patterns push what they extract; names a pattern captures are kept on
//! the stack (rotated below the items still being examined) and stored only
//! once the whole pattern has matched. On a failed test the code jumps to a
//! "fail pop" block that pops exactly the items on the stack at that point:
//! `fail_pop[n]` pops `n` items and falls into `fail_pop[n - 1]`.

use pyrite_parser::ast::{self, ExprKind, PatternKind};

use super::{Compiler, Result, fold};
use crate::assemble::BlockId;
use crate::bytecode::{Constant, Opcode};

#[derive(Default)]
struct PatternContext {
    /// Names captured so far, in stack order.
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<BlockId>,
    /// Items above the captures that the current test must preserve.
    on_top: usize,
}

fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(
        &mut self,
        subject: &'a ast::Expr,
        cases: &'a [ast::MatchCase],
    ) -> Result {
        self.expr(subject)?;
        let end = self.new_block();
        let Some(last) = cases.last() else {
            return Ok(());
        };
        let has_default = usize::from(is_wildcard(&last.pattern) && cases.len() > 1);
        let n = cases.len() - has_default;
        for (i, case) in cases[..n].iter().enumerate() {
            self.set_loc(case.pattern.range);
            if i != n - 1 {
                self.emit(Opcode::COPY, 1);
            }
            let mut pc = PatternContext {
                allow_irrefutable: case.guard.is_some() || i == cases.len() - 1,
                ..PatternContext::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.store_name(&name, case.pattern.range)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, fail, false)?;
            }
            if i != n - 1 {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.stmts(&case.body)?;
            self.emit_jump(Opcode::JUMP, end);
            self.set_loc(case.pattern.range);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default == 1 {
            self.set_loc(last.pattern.range);
            if cases.len() == 1 {
                self.emit(Opcode::POP_TOP, 0);
            } else {
                self.emit(Opcode::NOP, 0);
            }
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&last.body)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let block = self.new_block();
            pc.fail_pop.push(block);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, opcode: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(opcode, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_next_block(pc.fail_pop[i]);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.use_next_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    fn pattern_store(
        &mut self,
        name: Option<&str>,
        pc: &mut PatternContext,
        range: pyrite_lexer::TextRange,
    ) -> Result {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternContext) -> Result {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternContext) -> Result {
        self.set_loc(p.range);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                let foldable = fold::fold(value).is_some();
                if !foldable && !matches!(value.kind, ExprKind::Attribute { .. }) {
                    return Err(self.error(
                        "patterns may only match literals and attribute lookups",
                        p.range,
                    ));
                }
                self.expr(value)?;
                self.emit(Opcode::COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton { value } => {
                let constant = fold::constant(value);
                self.load_const(constant);
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSequence { patterns } => self.sequence_pattern(p, patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(p, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => self.pattern_store(name.as_deref(), pc, p.range)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let message = match name {
                            Some(name) => format!(
                                "name capture '{name}' makes remaining patterns unreachable"
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(message, p.range));
                    }
                    self.pattern_store(name.as_deref(), pc, p.range)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store(name.as_deref(), pc, p.range)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.or_pattern(p, patterns, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        p: &'a ast::Pattern,
        patterns: &'a [ast::Pattern],
        pc: &mut PatternContext,
    ) -> Result {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, pattern) in patterns.iter().enumerate() {
            if matches!(pattern.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", p.range));
                }
                star_wildcard = is_star_wildcard(pattern);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(pattern);
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::int(size as i64));
                self.emit(Opcode::COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::int(size as i64 - 1));
                self.emit(Opcode::COMPARE_OP, 5);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP, 0);
        } else if star_wildcard {
            let star = star.unwrap_or(usize::MAX);
            pc.on_top += 1;
            for (i, pattern) in patterns.iter().enumerate() {
                if is_wildcard(pattern) || i == star {
                    continue;
                }
                self.emit(Opcode::COPY, 1);
                if i < star {
                    self.load_const(Constant::int(i as i64));
                } else {
                    self.emit(Opcode::GET_LEN, 0);
                    self.load_const(Constant::int((size - i) as i64));
                    self.emit(Opcode::BINARY_OP, 10);
                }
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.subpattern(pattern, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
        } else {
            match star {
                Some(i) => {
                    if i >= 1 << 8 {
                        return Err(self.error(
                            "too many expressions in star-unpacking sequence pattern",
                            p.range,
                        ));
                    }
                    self.emit(Opcode::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32);
                }
                None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
            }
            pc.on_top += size;
            for pattern in patterns {
                pc.on_top -= 1;
                self.subpattern(pattern, pc)?;
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        p: &'a ast::Pattern,
        keys: &'a [ast::Expr],
        patterns: &'a [ast::Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) -> Result {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(
                "keys / patterns length mismatch in mapping pattern",
                p.range,
            ));
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Constant::int(size as i64));
            self.emit(Opcode::COMPARE_OP, 5);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            if let Some(constant) = fold::fold(key) {
                if seen.contains(&constant) {
                    return Err(self.error(
                        format!("mapping pattern checks duplicate key ({})", constant.repr()),
                        key.range,
                    ));
                }
                seen.push(constant);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(self.error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    key.range,
                ));
            }
            self.expr(key)?;
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32);
        self.emit(Opcode::MATCH_KEYS, 0);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for pattern in patterns {
            pc.on_top -= 1;
            self.subpattern(pattern, pc)?;
        }
        pc.on_top -= 2;
        if let Some(rest) = rest {
            self.emit(Opcode::BUILD_MAP, 0);
            self.emit(Opcode::SWAP, 3);
            self.emit(Opcode::DICT_UPDATE, 2);
            self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
            let mut remaining = size;
            while remaining > 0 {
                self.emit(Opcode::COPY, 1 + remaining as u32);
                remaining -= 1;
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            self.pattern_store(Some(rest), pc, p.range)?;
        } else {
            self.emit(Opcode::POP_TOP, 0);
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        p: &'a ast::Pattern,
        cls: &'a ast::Expr,
        patterns: &'a [ast::Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [ast::Pattern],
        pc: &mut PatternContext,
    ) -> Result {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(
                "kwd_attrs / kwd_patterns length mismatch in class pattern",
                p.range,
            ));
        }
        if nattrs > 0 {
            for (i, attr) in kwd_attrs.iter().enumerate() {
                if let Some(j) = kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                    return Err(self.error(
                        format!("attribute name repeated in class pattern: {attr}"),
                        kwd_patterns[i + 1 + j].range,
                    ));
                }
            }
            self.set_loc(p.range);
        }
        self.expr(cls)?;
        let names: Vec<Constant> = kwd_attrs.iter().map(|a| Constant::str(a.clone())).collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for pattern in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(pattern) {
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.subpattern(pattern, pc)?;
        }
        Ok(())
    }

    fn or_pattern(
        &mut self,
        p: &'a ast::Pattern,
        patterns: &'a [ast::Pattern],
        pc: &mut PatternContext,
    ) -> Result {
        let end = self.new_block();
        let size = patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in patterns.iter().enumerate() {
            self.set_loc(alt.range);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names", p.range));
                }
                Some(ctl) => {
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error("alternative patterns bind different names", p.range)
                            );
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(0..rotations).collect();
                            let at = icontrol - istores;
                            for (k, item) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, item);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.emit_jump(Opcode::JUMP, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pc, Opcode::JUMP);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    p.range,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}
