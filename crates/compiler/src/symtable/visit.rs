//! The first pass: one walk over the AST recording, per scope, how each
//! name is used (CPython's `symtable_visit_*`). The order of visits is
//! CPython's, so symbols are listed in the same order.

use pyrite_lexer::{Diagnostic, DiagnosticKind, LineIndex, TextRange};
use pyrite_parser::ast::{self, ExprContext, ExprKind, PatternKind, StmtKind};

use super::{
    BlockType, ComprehensionKind, Symbol, SymbolFlags as F, SymbolTable, has_future_annotations,
    mangle,
};
use crate::symtable::Scope;

type Result<T = ()> = std::result::Result<T, Diagnostic>;

struct Builder<'a> {
    /// The scopes being visited; the current one is last.
    stack: Vec<SymbolTable>,
    /// The class whose body is being visited, for name mangling.
    private: Option<String>,
    index: LineIndex,
    source: &'a str,
    future_annotations: bool,
    /// Nesting of statements, expressions and patterns being visited.
    depth: usize,
}

/// How deep the tree may nest: CPython's recursion limit (1000) times its
/// `COMPILER_STACK_FRAME_SCALE` (3).
pub(crate) const MAX_DEPTH: usize = 3000;

pub(super) fn visit_module(module: &ast::Module, source: &str) -> Result<SymbolTable> {
    let mut builder = Builder {
        stack: vec![SymbolTable::new("top", BlockType::Module, 0, module.range)],
        private: None,
        index: LineIndex::new(source),
        source,
        future_annotations: has_future_annotations(module),
        depth: 0,
    };
    for stmt in &module.body {
        builder.stmt(stmt)?;
    }
    Ok(builder
        .stack
        .pop()
        .expect("the module table is at the bottom of the stack"))
}

impl Builder<'_> {
    fn current(&mut self) -> &mut SymbolTable {
        self.stack
            .last_mut()
            .expect("the module table is always on the stack")
    }

    fn line(&self, offset: u32) -> u32 {
        self.index.line(offset as usize) as u32
    }

    /// The line of a `def` or `class` keyword: a decorated definition's
    /// range starts at its first decorator.
    fn definition_line(&self, range: TextRange, decorators: &[ast::Expr]) -> u32 {
        let Some(last) = decorators.last() else {
            return self.line(range.start);
        };
        let mut line = self.line(last.range.end) as usize + 1;
        while line < self.index.line_count() {
            let start = self.index.line_start(line);
            let end = self.index.line_start(line + 1);
            let text = self.source.get(start..end).unwrap_or("").trim_start();
            if !(text.is_empty() || text.starts_with('#') || text.starts_with('@')) {
                break;
            }
            line += 1;
        }
        line as u32
    }

    fn enter(&mut self, name: &str, block_type: BlockType, lineno: u32, range: TextRange) {
        let parent = self.stack.last().expect("a scope encloses every other");
        let is_nested = parent.is_nested || parent.block_type == BlockType::Function;
        let mut table = SymbolTable::new(name, block_type, lineno, range);
        table.is_nested = is_nested;
        self.stack.push(table);
    }

    fn exit(&mut self) {
        let table = self.stack.pop().expect("exit follows enter");
        let parent = self.current();
        parent
            .child_index
            .insert((table.range.start, table.range.end), parent.children.len());
        parent.children.push(table);
    }

    /// Records a use of `name` in the scope at `depth` of the stack
    /// (CPython's `symtable_add_def_helper`).
    fn add_def_at(&mut self, depth: usize, name: &str, flag: u16, range: TextRange) -> Result {
        let mangled = mangle(self.private.as_deref(), name);
        let table = &mut self.stack[depth];
        let symbol = table.symbols.entry(mangled.clone()).or_insert(Symbol {
            flags: F(0),
            scope: Scope::GlobalImplicit,
        });
        if flag & F::DEF_PARAM != 0 && symbol.flags.has(F::DEF_PARAM) {
            return Err(Diagnostic::syntax(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        let mut flags = symbol.flags.0 | flag;
        if table.comp_iter_target {
            if flags & (F::DEF_GLOBAL | F::DEF_NONLOCAL) != 0 {
                return Err(Diagnostic::syntax(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    range,
                ));
            }
            flags |= F::DEF_COMP_ITER;
        }
        symbol.flags = F(flags);
        if flag & F::DEF_PARAM != 0 {
            table.varnames.push(mangled);
        } else if flag & F::DEF_GLOBAL != 0 {
            // The module's table learns of every global declaration.
            let module = &mut self.stack[0];
            let symbol = module.symbols.entry(mangled).or_insert(Symbol {
                flags: F(0),
                scope: Scope::GlobalImplicit,
            });
            symbol.flags = F(symbol.flags.0 | flag);
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u16, range: TextRange) -> Result {
        self.add_def_at(self.stack.len() - 1, name, flag, range)
    }

    fn record_directive(&mut self, name: &str, range: TextRange) {
        let mangled = mangle(self.private.as_deref(), name);
        self.current().directives.entry(mangled).or_insert(range);
    }

    fn lookup(&self, name: &str) -> F {
        let mangled = mangle(self.private.as_deref(), name);
        self.stack
            .last()
            .expect("the module table is always on the stack")
            .flags_of(&mangled)
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, exprs: &[ast::Expr]) -> Result {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn opt_expr(&mut self, expr: Option<&ast::Expr>) -> Result {
        expr.map_or(Ok(()), |e| self.expr(e))
    }

    /// Runs `visit` one level deeper in the tree; past [`MAX_DEPTH`] levels
    /// that is CPython's `RecursionError` instead.
    fn nested(&mut self, range: TextRange, visit: impl FnOnce(&mut Self) -> Result) -> Result {
        self.depth += 1;
        let result = if self.depth > MAX_DEPTH {
            Err(Diagnostic::new(
                DiagnosticKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                range,
            ))
        } else {
            visit(self)
        };
        self.depth -= 1;
        result
    }

    fn stmt(&mut self, stmt: &ast::Stmt) -> Result {
        self.nested(stmt.range, |builder| builder.stmt_inner(stmt))
    }

    fn stmt_inner(&mut self, stmt: &ast::Stmt) -> Result {
        match &stmt.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                self.add_def(name, F::DEF_LOCAL, stmt.range)?;
                self.exprs(&args.defaults)?;
                for default in args.kw_defaults.iter().flatten() {
                    self.expr(default)?;
                }
                self.annotations(args, returns.as_deref(), stmt.range)?;
                self.exprs(decorator_list)?;
                let line = self.definition_line(stmt.range, decorator_list);
                self.enter(name, BlockType::Function, line, stmt.range);
                if matches!(stmt.kind, StmtKind::AsyncFunctionDef { .. }) {
                    self.current().is_coroutine = true;
                }
                self.arguments(args)?;
                self.stmts(body)?;
                self.exit();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, F::DEF_LOCAL, stmt.range)?;
                self.exprs(bases)?;
                for keyword in keywords {
                    self.expr(&keyword.value)?;
                }
                self.exprs(decorator_list)?;
                let line = self.definition_line(stmt.range, decorator_list);
                self.enter(name, BlockType::Class, line, stmt.range);
                let outer = self.private.replace(name.clone());
                let result = self.stmts(body);
                self.private = outer;
                result?;
                self.exit();
            }
            StmtKind::Return { value } => {
                if let Some(value) = value {
                    self.expr(value)?;
                    self.current().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let current = self.lookup(id);
                    let is_module = self.stack.len() == 1;
                    if current.has(F::DEF_GLOBAL | F::DEF_NONLOCAL) && !is_module && *simple {
                        let which = if current.has(F::DEF_GLOBAL) {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(Diagnostic::syntax(
                            format!("annotated name '{id}' can't be {which}"),
                            target.range,
                        ));
                    }
                    if *simple {
                        self.add_def(id, F::DEF_ANNOT | F::DEF_LOCAL, target.range)?;
                    } else if value.is_some() {
                        self.add_def(id, F::DEF_LOCAL, target.range)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                self.opt_expr(value.as_deref())?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    self.opt_expr(item.optional_vars.as_deref())?;
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    self.opt_expr(case.guard.as_deref())?;
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc.as_deref())?;
                self.opt_expr(cause.as_deref())?;
            }
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
                self.stmts(body)?;
                self.stmts(orelse)?;
                for handler in handlers {
                    self.opt_expr(handler.r#type.as_deref())?;
                    if let Some(name) = &handler.name {
                        self.add_def(name, F::DEF_LOCAL, handler.range)?;
                    }
                    self.stmts(&handler.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt_expr(msg.as_deref())?;
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.alias(alias, stmt.range)?;
                }
            }
            StmtKind::Global { names } => {
                for name in names {
                    let current = self.lookup(name);
                    if current.has(F::DEF_PARAM | F::DEF_LOCAL | F::USE | F::DEF_ANNOT) {
                        let message = if current.has(F::DEF_PARAM) {
                            format!("name '{name}' is parameter and global")
                        } else if current.has(F::USE) {
                            format!("name '{name}' is used prior to global declaration")
                        } else if current.has(F::DEF_ANNOT) {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(Diagnostic::syntax(message, stmt.range));
                    }
                    self.add_def(name, F::DEF_GLOBAL, stmt.range)?;
                    self.record_directive(name, stmt.range);
                }
            }
            StmtKind::Nonlocal { names } => {
                for name in names {
                    let current = self.lookup(name);
                    if current.has(F::DEF_PARAM | F::DEF_LOCAL | F::USE | F::DEF_ANNOT) {
                        let message = if current.has(F::DEF_PARAM) {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if current.has(F::USE) {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if current.has(F::DEF_ANNOT) {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(Diagnostic::syntax(message, stmt.range));
                    }
                    self.add_def(name, F::DEF_NONLOCAL, stmt.range)?;
                    self.record_directive(name, stmt.range);
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn alias(&mut self, alias: &ast::Alias, stmt_range: TextRange) -> Result {
        if alias.name == "*" {
            if self.current().block_type != BlockType::Module {
                return Err(Diagnostic::syntax(
                    "import * only allowed at module level",
                    stmt_range,
                ));
            }
            return Ok(());
        }
        let stored = match &alias.asname {
            Some(asname) => asname.as_str(),
            None => alias.name.split('.').next().unwrap_or(&alias.name),
        };
        self.add_def(stored, F::DEF_IMPORT, alias.range)
    }

    fn arguments(&mut self, args: &ast::Arguments) -> Result {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&arg.arg, F::DEF_PARAM, arg.range)?;
        }
        if let Some(vararg) = &args.vararg {
            self.add_def(&vararg.arg, F::DEF_PARAM, vararg.range)?;
            self.current().has_varargs = true;
        }
        if let Some(kwarg) = &args.kwarg {
            self.add_def(&kwarg.arg, F::DEF_PARAM, kwarg.range)?;
            self.current().has_varkeywords = true;
        }
        Ok(())
    }

    /// A function's parameter and return annotations, evaluated in the
    /// enclosing scope (or kept in an annotation scope under
    /// `from __future__ import annotations`).
    fn annotations(
        &mut self,
        args: &ast::Arguments,
        returns: Option<&ast::Expr>,
        range: TextRange,
    ) -> Result {
        if self.future_annotations {
            let line = self.line(range.start);
            self.enter("_annotation", BlockType::Annotation, line, args.range);
        }
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for arg in all {
            self.opt_expr(arg.annotation.as_deref())?;
        }
        if self.future_annotations {
            self.exit();
        }
        if let Some(returns) = returns {
            self.annotation(returns)?;
        }
        Ok(())
    }

    fn annotation(&mut self, annotation: &ast::Expr) -> Result {
        if self.future_annotations {
            let line = self.line(annotation.range.start);
            self.enter("_annotation", BlockType::Annotation, line, annotation.range);
            self.expr(annotation)?;
            self.exit();
            Ok(())
        } else {
            self.expr(annotation)
        }
    }

    fn pattern(&mut self, pattern: &ast::Pattern) -> Result {
        self.nested(pattern.range, |builder| builder.pattern_inner(pattern))
    }

    fn pattern_inner(&mut self, pattern: &ast::Pattern) -> Result {
        match &pattern.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                match rest {
                    Some(rest) => self.add_def(rest, F::DEF_LOCAL, pattern.range),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                kwd_patterns.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchStar { name } => match name {
                Some(name) => self.add_def(name, F::DEF_LOCAL, pattern.range),
                None => Ok(()),
            },
            PatternKind::MatchAs {
                pattern: inner,
                name,
            } => {
                if let Some(inner) = inner {
                    self.pattern(inner)?;
                }
                match name {
                    Some(name) => self.add_def(name, F::DEF_LOCAL, pattern.range),
                    None => Ok(()),
                }
            }
        }
    }

    fn expr(&mut self, expr: &ast::Expr) -> Result {
        self.nested(expr.range, |builder| builder.expr_inner(expr))
    }

    fn expr_inner(&mut self, expr: &ast::Expr) -> Result {
        match &expr.kind {
            ExprKind::NamedExpr { target, value } => self.named_expr(target, value)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for default in args.kw_defaults.iter().flatten() {
                    self.expr(default)?;
                }
                let line = self.line(expr.range.start);
                self.enter("lambda", BlockType::Function, line, expr.range);
                self.arguments(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for key in keys.iter().flatten() {
                    self.expr(key)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr, ComprehensionKind::Dict, generators, key, Some(value))?,
            ExprKind::Yield { value } => {
                self.opt_expr(value.as_deref())?;
                self.yield_here(expr)?;
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.yield_here(expr)?;
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.current().is_coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for keyword in keywords {
                    self.expr(&keyword.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt_expr(format_spec.as_deref())?;
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
                self.expr(value)?
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref())?;
                self.opt_expr(upper.as_deref())?;
                self.opt_expr(step.as_deref())?;
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    F::USE
                } else {
                    F::DEF_LOCAL
                };
                self.add_def(id, flag, expr.range)?;
                // `super()` needs the class: it counts as a use of __class__.
                if *ctx == ExprContext::Load
                    && self.current().block_type == BlockType::Function
                    && id == "super"
                {
                    self.add_def("__class__", F::USE, expr.range)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, expr: &ast::Expr) -> Result {
        let current = self.current();
        current.is_generator = true;
        if let Some(kind) = current.comprehension {
            return Err(Diagnostic::syntax(
                format!("'yield' inside {}", kind.description()),
                expr.range,
            ));
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        expr: &ast::Expr,
        kind: ComprehensionKind,
        generators: &[ast::Comprehension],
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
    ) -> Result {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.current().comp_iter_expr += 1;
        let result = self.expr(&outermost.iter);
        self.current().comp_iter_expr -= 1;
        result?;
        let line = self.line(expr.range.start);
        self.enter(kind.scope_name(), BlockType::Function, line, expr.range);
        self.current().comprehension = Some(kind);
        if outermost.is_async {
            self.current().is_coroutine = true;
        }
        self.add_def(".0", F::DEF_PARAM, outermost.range)?;
        self.comprehension_target(&outermost.target)?;
        self.exprs(&outermost.ifs)?;
        for generator in rest {
            self.comprehension_target(&generator.target)?;
            self.current().comp_iter_expr += 1;
            let result = self.expr(&generator.iter);
            self.current().comp_iter_expr -= 1;
            result?;
            self.exprs(&generator.ifs)?;
            if generator.is_async {
                self.current().is_coroutine = true;
            }
        }
        self.opt_expr(value)?;
        self.expr(elt)?;
        if kind == ComprehensionKind::Generator {
            self.current().is_generator = true;
        }
        self.exit();
        Ok(())
    }

    fn comprehension_target(&mut self, target: &ast::Expr) -> Result {
        self.current().comp_iter_target = true;
        let result = self.expr(target);
        self.current().comp_iter_target = false;
        result
    }

    /// `target := value` (CPython's `symtable_handle_namedexpr`): inside a
    /// comprehension the target binds in the nearest enclosing function or
    /// module scope.
    fn named_expr(&mut self, target: &ast::Expr, value: &ast::Expr) -> Result {
        if self.current().comp_iter_expr > 0 {
            return Err(Diagnostic::syntax(
                "assignment expression cannot be used in a comprehension iterable expression",
                target.range,
            ));
        }
        if self.current().comprehension.is_some()
            && let ExprKind::Name { id, .. } = &target.kind
        {
            self.extend_named_expr_scope(id, target.range)?;
        }
        self.expr(value)?;
        self.expr(target)
    }

    fn extend_named_expr_scope(&mut self, name: &str, range: TextRange) -> Result {
        for depth in (0..self.stack.len()).rev() {
            let table = &self.stack[depth];
            if table.comprehension.is_some() {
                if table.flags_of(name).has(F::DEF_COMP_ITER) {
                    return Err(Diagnostic::syntax(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        range,
                    ));
                }
                continue;
            }
            match table.block_type {
                BlockType::Function => {
                    let declared = if table.flags_of(name).has(F::DEF_GLOBAL) {
                        F::DEF_GLOBAL
                    } else {
                        F::DEF_NONLOCAL
                    };
                    self.add_def(name, declared, range)?;
                    self.record_directive(name, range);
                    return self.add_def_at(depth, name, F::DEF_LOCAL, range);
                }
                BlockType::Module => {
                    self.add_def(name, F::DEF_GLOBAL, range)?;
                    self.record_directive(name, range);
                    return self.add_def_at(depth, name, F::DEF_GLOBAL, range);
                }
                BlockType::Class => {
                    return Err(Diagnostic::syntax(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ));
                }
                BlockType::Annotation => continue,
            }
        }
        Ok(())
    }
}
