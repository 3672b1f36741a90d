//! Displays and unpacking: list, tuple, set and dict literals, with `*`
//! and `**` unpacking, and assignment to tuple and list targets (CPython's
//! `starunpack_helper`, `compiler_dict` and `unpack_helper`).

use pyrite_lexer::TextRange;
use pyrite_parser::ast::{self, ExprKind};

use super::expr::STACK_USE_GUIDELINE;
use super::{Compiler, Result, fold};
use crate::bytecode::{Constant, Opcode};

impl<'a> Compiler<'a> {
    /// Builds a list, tuple or set display, with `*` unpacking (CPython's
    /// `starunpack_helper`).
    pub(super) fn starunpack(
        &mut self,
        elts: &'a [ast::Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> Result {
        let n = elts.len();
        if n > 2 && elts.iter().all(|e| fold::fold(e).is_some()) {
            let items: Vec<Constant> = elts.iter().filter_map(fold::fold).collect();
            if tuple && pushed == 0 {
                self.load_const(Constant::Tuple(items));
            } else {
                let folded = if add == Opcode::SET_ADD {
                    Constant::FrozenSet(fold::dedup_set(items))
                } else {
                    Constant::Tuple(items)
                };
                self.emit(build, pushed);
                self.load_const(folded);
                self.emit(extend, 1);
                if tuple {
                    self.emit(Opcode::LIST_TO_TUPLE, 0);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for elt in elts {
                self.expr(elt)?;
            }
            let opcode = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.emit(opcode, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend, 1);
            } else {
                self.expr(elt)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    /// Unpacks the value on the stack into targets (CPython's
    /// `unpack_helper` and `assignment_helper`).
    pub(super) fn unpack_targets(&mut self, elts: &'a [ast::Expr], range: TextRange) -> Result {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", range)
                    );
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(elt)?,
            }
        }
        Ok(())
    }

    pub(super) fn dict(
        &mut self,
        keys: &'a [Option<ast::Expr>],
        values: &'a [ast::Expr],
    ) -> Result {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys.get(i).is_some_and(Option::is_none) {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<ast::Expr>],
        values: &'a [ast::Expr],
        begin: usize,
        end: usize,
    ) -> Result {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let const_keys: Option<Vec<Constant>> = keys[begin..end]
            .iter()
            .map(|k| k.as_ref().and_then(fold::fold))
            .collect();
        if n > 1
            && !big
            && let Some(const_keys) = const_keys
        {
            for value in &values[begin..end] {
                self.expr(value)?;
            }
            self.load_const(Constant::Tuple(const_keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(key) = &keys[i] {
                self.expr(key)?;
            }
            self.expr(&values[i])?;
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
