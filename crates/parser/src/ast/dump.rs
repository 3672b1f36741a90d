//! `ast.dump(tree, indent=N)`: the text `python3.11 -m ast FILE` prints
//! (with `indent=3`), with `include_attributes=False`.
//!
//! The layout follows `ast.dump`'s own rule: a node prints on one line when
//! it has at most three fields and all of them are "simple" (a scalar, an
//! empty list, or a node without fields, such as `Load()`); otherwise each
//! field goes on its own line, one indent deeper. Optional fields that are
//! `None` are left out.

use super::repr::{constant_repr, str_repr};
use super::*;

/// Dumps a module as `ast.dump(module, indent=indent)` does.
pub fn dump_module(module: &Module, indent: usize) -> String {
    let d = Dumper {
        indent: " ".repeat(indent),
    };
    d.module(module, 0).0
}

/// Dumps an `eval`-mode tree as `ast.dump(tree, indent=indent)` does.
pub fn dump_expression(tree: &Expression, indent: usize) -> String {
    let d = Dumper {
        indent: " ".repeat(indent),
    };
    let body = d.expr(&tree.body, 1);
    d.node(0, "Expression", vec![("body", Some(body))]).0
}

/// Dumps an expression as `ast.dump(expr, indent=indent)` does.
pub fn dump_expr(expr: &Expr, indent: usize) -> String {
    let d = Dumper {
        indent: " ".repeat(indent),
    };
    d.expr(expr, 0).0
}

/// Stack left before a nested node is dumped on a fresh segment (a tree
/// may be as deep as [`crate::depth`] allows).
const RED_ZONE: usize = 64 * 1024;
const SEGMENT: usize = 1024 * 1024;

/// A formatted value and whether it counts as simple.
type Out = (String, bool);

struct Dumper {
    indent: String,
}

fn scalar(text: String) -> Option<Out> {
    Some((text, true))
}

fn ident(name: &str) -> Option<Out> {
    scalar(str_repr(name))
}

fn bool_int(b: bool) -> Option<Out> {
    scalar(if b { "1" } else { "0" }.to_owned())
}

fn leaf(name: &str) -> Option<Out> {
    Some((format!("{name}()"), true))
}

impl Dumper {
    /// Assembles a node from its already formatted fields (`None` for an
    /// optional field left out). `level` is the node's own nesting level.
    fn node(&self, level: usize, name: &str, fields: Vec<(&str, Option<Out>)>) -> Out {
        let mut args = Vec::with_capacity(fields.len());
        let mut all_simple = true;
        for (field, value) in fields {
            if let Some((text, simple)) = value {
                all_simple &= simple;
                args.push(format!("{field}={text}"));
            }
        }
        if all_simple && args.len() <= 3 {
            let simple = args.is_empty();
            return (format!("{name}({})", args.join(", ")), simple);
        }
        let pad = self.indent.repeat(level + 1);
        let sep = format!(",\n{pad}");
        (format!("{name}(\n{pad}{})", args.join(&sep)), false)
    }

    fn list<T>(&self, level: usize, items: &[T], f: impl Fn(&T, usize) -> Out) -> Option<Out> {
        if items.is_empty() {
            return Some(("[]".to_owned(), true));
        }
        let pad = self.indent.repeat(level + 1);
        let sep = format!(",\n{pad}");
        let parts: Vec<String> = items.iter().map(|x| f(x, level + 1).0).collect();
        Some((format!("[\n{pad}{}]", parts.join(&sep)), false))
    }

    fn exprs(&self, level: usize, items: &[Expr]) -> Option<Out> {
        self.list(level, items, |e, l| self.expr(e, l))
    }

    fn stmts(&self, level: usize, items: &[Stmt]) -> Option<Out> {
        self.list(level, items, |s, l| self.stmt(s, l))
    }

    fn opt_expr(&self, level: usize, e: &Option<Box<Expr>>) -> Option<Out> {
        e.as_ref().map(|e| self.expr(e, level))
    }

    fn opt_ident(name: &Option<Identifier>) -> Option<Out> {
        name.as_deref().and_then(ident)
    }

    fn module(&self, m: &Module, level: usize) -> Out {
        let l = level + 1;
        self.node(
            level,
            "Module",
            vec![
                ("body", self.stmts(l, &m.body)),
                (
                    "type_ignores",
                    self.list(l, &m.type_ignores, |t, tl| {
                        self.node(
                            tl,
                            "TypeIgnore",
                            vec![
                                ("lineno", scalar(t.lineno.to_string())),
                                ("tag", ident(&t.tag)),
                            ],
                        )
                    }),
                ),
            ],
        )
    }

    fn stmt(&self, s: &Stmt, level: usize) -> Out {
        stacker::maybe_grow(RED_ZONE, SEGMENT, || self.stmt_fields(s, level))
    }

    fn stmt_fields(&self, s: &Stmt, level: usize) -> Out {
        let l = level + 1;
        let name = s.class_name();
        let fields = match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            } => vec![
                ("name", ident(name)),
                ("args", Some(self.arguments(args, l))),
                ("body", self.stmts(l, body)),
                ("decorator_list", self.exprs(l, decorator_list)),
                ("returns", self.opt_expr(l, returns)),
                ("type_comment", Self::opt_ident(type_comment)),
            ],
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => vec![
                ("name", ident(name)),
                ("bases", self.exprs(l, bases)),
                (
                    "keywords",
                    self.list(l, keywords, |k, kl| self.keyword(k, kl)),
                ),
                ("body", self.stmts(l, body)),
                ("decorator_list", self.exprs(l, decorator_list)),
            ],
            StmtKind::Return { value } => vec![("value", self.opt_expr(l, value))],
            StmtKind::Delete { targets } => vec![("targets", self.exprs(l, targets))],
            StmtKind::Assign {
                targets,
                value,
                type_comment,
            } => vec![
                ("targets", self.exprs(l, targets)),
                ("value", Some(self.expr(value, l))),
                ("type_comment", Self::opt_ident(type_comment)),
            ],
            StmtKind::AugAssign { target, op, value } => vec![
                ("target", Some(self.expr(target, l))),
                ("op", leaf(op.name())),
                ("value", Some(self.expr(value, l))),
            ],
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => vec![
                ("target", Some(self.expr(target, l))),
                ("annotation", Some(self.expr(annotation, l))),
                ("value", self.opt_expr(l, value)),
                ("simple", bool_int(*simple)),
            ],
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                type_comment,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment,
            } => vec![
                ("target", Some(self.expr(target, l))),
                ("iter", Some(self.expr(iter, l))),
                ("body", self.stmts(l, body)),
                ("orelse", self.stmts(l, orelse)),
                ("type_comment", Self::opt_ident(type_comment)),
            ],
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => vec![
                ("test", Some(self.expr(test, l))),
                ("body", self.stmts(l, body)),
                ("orelse", self.stmts(l, orelse)),
            ],
            StmtKind::With {
                items,
                body,
                type_comment,
            }
            | StmtKind::AsyncWith {
                items,
                body,
                type_comment,
            } => vec![
                ("items", self.list(l, items, |w, wl| self.withitem(w, wl))),
                ("body", self.stmts(l, body)),
                ("type_comment", Self::opt_ident(type_comment)),
            ],
            StmtKind::Match { subject, cases } => vec![
                ("subject", Some(self.expr(subject, l))),
                ("cases", self.list(l, cases, |c, cl| self.match_case(c, cl))),
            ],
            StmtKind::Raise { exc, cause } => vec![
                ("exc", self.opt_expr(l, exc)),
                ("cause", self.opt_expr(l, cause)),
            ],
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
            } => vec![
                ("body", self.stmts(l, body)),
                (
                    "handlers",
                    self.list(l, handlers, |h, hl| self.handler(h, hl)),
                ),
                ("orelse", self.stmts(l, orelse)),
                ("finalbody", self.stmts(l, finalbody)),
            ],
            StmtKind::Assert { test, msg } => vec![
                ("test", Some(self.expr(test, l))),
                ("msg", self.opt_expr(l, msg)),
            ],
            StmtKind::Import { names } => {
                vec![("names", self.list(l, names, |a, al| self.alias(a, al)))]
            }
            StmtKind::ImportFrom {
                module,
                names,
                level: dots,
            } => vec![
                ("module", Self::opt_ident(module)),
                ("names", self.list(l, names, |a, al| self.alias(a, al))),
                ("level", scalar(dots.to_string())),
            ],
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                vec![("names", self.list(l, names, |n, _| (str_repr(n), true)))]
            }
            StmtKind::Expr { value } => vec![("value", Some(self.expr(value, l)))],
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => vec![],
        };
        self.node(level, name, fields)
    }

    fn expr(&self, e: &Expr, level: usize) -> Out {
        stacker::maybe_grow(RED_ZONE, SEGMENT, || self.expr_fields(e, level))
    }

    fn expr_fields(&self, e: &Expr, level: usize) -> Out {
        let l = level + 1;
        let comprehensions =
            |gens: &[Comprehension]| self.list(l, gens, |c, cl| self.comprehension(c, cl));
        let fields = match &e.kind {
            ExprKind::BoolOp { op, values } => {
                vec![("op", leaf(op.name())), ("values", self.exprs(l, values))]
            }
            ExprKind::NamedExpr { target, value } => vec![
                ("target", Some(self.expr(target, l))),
                ("value", Some(self.expr(value, l))),
            ],
            ExprKind::BinOp { left, op, right } => vec![
                ("left", Some(self.expr(left, l))),
                ("op", leaf(op.name())),
                ("right", Some(self.expr(right, l))),
            ],
            ExprKind::UnaryOp { op, operand } => vec![
                ("op", leaf(op.name())),
                ("operand", Some(self.expr(operand, l))),
            ],
            ExprKind::Lambda { args, body } => vec![
                ("args", Some(self.arguments(args, l))),
                ("body", Some(self.expr(body, l))),
            ],
            ExprKind::IfExp { test, body, orelse } => vec![
                ("test", Some(self.expr(test, l))),
                ("body", Some(self.expr(body, l))),
                ("orelse", Some(self.expr(orelse, l))),
            ],
            ExprKind::Dict { keys, values } => vec![
                (
                    "keys",
                    self.list(l, keys, |k, kl| match k {
                        Some(k) => self.expr(k, kl),
                        None => ("None".to_owned(), true),
                    }),
                ),
                ("values", self.exprs(l, values)),
            ],
            ExprKind::Set { elts } => vec![("elts", self.exprs(l, elts))],
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => vec![
                ("elt", Some(self.expr(elt, l))),
                ("generators", comprehensions(generators)),
            ],
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => vec![
                ("key", Some(self.expr(key, l))),
                ("value", Some(self.expr(value, l))),
                ("generators", comprehensions(generators)),
            ],
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                vec![("value", Some(self.expr(value, l)))]
            }
            ExprKind::Yield { value } => vec![("value", self.opt_expr(l, value))],
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => vec![
                ("left", Some(self.expr(left, l))),
                (
                    "ops",
                    self.list(l, ops, |op, _| (format!("{}()", op.name()), true)),
                ),
                ("comparators", self.exprs(l, comparators)),
            ],
            ExprKind::Call {
                func,
                args,
                keywords,
            } => vec![
                ("func", Some(self.expr(func, l))),
                ("args", self.exprs(l, args)),
                (
                    "keywords",
                    self.list(l, keywords, |k, kl| self.keyword(k, kl)),
                ),
            ],
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => vec![
                ("value", Some(self.expr(value, l))),
                ("conversion", scalar(conversion.to_string())),
                ("format_spec", self.opt_expr(l, format_spec)),
            ],
            ExprKind::JoinedStr { values } => vec![("values", self.exprs(l, values))],
            ExprKind::Constant { value, kind } => vec![
                ("value", scalar(constant_repr(value))),
                ("kind", Self::opt_ident(kind)),
            ],
            ExprKind::Attribute { value, attr, ctx } => vec![
                ("value", Some(self.expr(value, l))),
                ("attr", ident(attr)),
                ("ctx", leaf(ctx.name())),
            ],
            ExprKind::Subscript { value, slice, ctx } => vec![
                ("value", Some(self.expr(value, l))),
                ("slice", Some(self.expr(slice, l))),
                ("ctx", leaf(ctx.name())),
            ],
            ExprKind::Starred { value, ctx } => vec![
                ("value", Some(self.expr(value, l))),
                ("ctx", leaf(ctx.name())),
            ],
            ExprKind::Name { id, ctx } => vec![("id", ident(id)), ("ctx", leaf(ctx.name()))],
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                vec![("elts", self.exprs(l, elts)), ("ctx", leaf(ctx.name()))]
            }
            ExprKind::Slice { lower, upper, step } => vec![
                ("lower", self.opt_expr(l, lower)),
                ("upper", self.opt_expr(l, upper)),
                ("step", self.opt_expr(l, step)),
            ],
        };
        self.node(level, e.class_name(), fields)
    }

    fn comprehension(&self, c: &Comprehension, level: usize) -> Out {
        let l = level + 1;
        self.node(
            level,
            "comprehension",
            vec![
                ("target", Some(self.expr(&c.target, l))),
                ("iter", Some(self.expr(&c.iter, l))),
                ("ifs", self.exprs(l, &c.ifs)),
                ("is_async", bool_int(c.is_async)),
            ],
        )
    }

    fn arguments(&self, a: &Arguments, level: usize) -> Out {
        let l = level + 1;
        let args = |list: &[Arg]| self.list(l, list, |a, al| self.arg(a, al));
        self.node(
            level,
            "arguments",
            vec![
                ("posonlyargs", args(&a.posonlyargs)),
                ("args", args(&a.args)),
                ("vararg", a.vararg.as_ref().map(|a| self.arg(a, l))),
                ("kwonlyargs", args(&a.kwonlyargs)),
                (
                    "kw_defaults",
                    self.list(l, &a.kw_defaults, |d, dl| match d {
                        Some(d) => self.expr(d, dl),
                        None => ("None".to_owned(), true),
                    }),
                ),
                ("kwarg", a.kwarg.as_ref().map(|a| self.arg(a, l))),
                ("defaults", self.exprs(l, &a.defaults)),
            ],
        )
    }

    fn arg(&self, a: &Arg, level: usize) -> Out {
        let l = level + 1;
        self.node(
            level,
            "arg",
            vec![
                ("arg", ident(&a.arg)),
                ("annotation", self.opt_expr(l, &a.annotation)),
                ("type_comment", Self::opt_ident(&a.type_comment)),
            ],
        )
    }

    fn keyword(&self, k: &Keyword, level: usize) -> Out {
        let l = level + 1;
        self.node(
            level,
            "keyword",
            vec![
                ("arg", Self::opt_ident(&k.arg)),
                ("value", Some(self.expr(&k.value, l))),
            ],
        )
    }

    fn alias(&self, a: &Alias, level: usize) -> Out {
        self.node(
            level,
            "alias",
            vec![
                ("name", ident(&a.name)),
                ("asname", Self::opt_ident(&a.asname)),
            ],
        )
    }

    fn withitem(&self, w: &WithItem, level: usize) -> Out {
        let l = level + 1;
        self.node(
            level,
            "withitem",
            vec![
                ("context_expr", Some(self.expr(&w.context_expr, l))),
                ("optional_vars", self.opt_expr(l, &w.optional_vars)),
            ],
        )
    }

    fn handler(&self, h: &ExceptHandler, level: usize) -> Out {
        let l = level + 1;
        self.node(
            level,
            "ExceptHandler",
            vec![
                ("type", self.opt_expr(l, &h.r#type)),
                ("name", Self::opt_ident(&h.name)),
                ("body", self.stmts(l, &h.body)),
            ],
        )
    }

    fn match_case(&self, c: &MatchCase, level: usize) -> Out {
        let l = level + 1;
        self.node(
            level,
            "match_case",
            vec![
                ("pattern", Some(self.pattern(&c.pattern, l))),
                ("guard", self.opt_expr(l, &c.guard)),
                ("body", self.stmts(l, &c.body)),
            ],
        )
    }

    fn pattern(&self, p: &Pattern, level: usize) -> Out {
        stacker::maybe_grow(RED_ZONE, SEGMENT, || self.pattern_fields(p, level))
    }

    fn pattern_fields(&self, p: &Pattern, level: usize) -> Out {
        let l = level + 1;
        let patterns = |ps: &[Pattern]| self.list(l, ps, |p, pl| self.pattern(p, pl));
        let (name, fields) = match &p.kind {
            PatternKind::MatchValue { value } => {
                ("MatchValue", vec![("value", Some(self.expr(value, l)))])
            }
            PatternKind::MatchSingleton { value } => (
                "MatchSingleton",
                vec![("value", scalar(constant_repr(value)))],
            ),
            PatternKind::MatchSequence { patterns: ps } => {
                ("MatchSequence", vec![("patterns", patterns(ps))])
            }
            PatternKind::MatchMapping {
                keys,
                patterns: ps,
                rest,
            } => (
                "MatchMapping",
                vec![
                    ("keys", self.exprs(l, keys)),
                    ("patterns", patterns(ps)),
                    ("rest", Self::opt_ident(rest)),
                ],
            ),
            PatternKind::MatchClass {
                cls,
                patterns: ps,
                kwd_attrs,
                kwd_patterns,
            } => (
                "MatchClass",
                vec![
                    ("cls", Some(self.expr(cls, l))),
                    ("patterns", patterns(ps)),
                    (
                        "kwd_attrs",
                        self.list(l, kwd_attrs, |n, _| (str_repr(n), true)),
                    ),
                    ("kwd_patterns", patterns(kwd_patterns)),
                ],
            ),
            PatternKind::MatchStar { name } => ("MatchStar", vec![("name", Self::opt_ident(name))]),
            PatternKind::MatchAs { pattern, name } => (
                "MatchAs",
                vec![
                    ("pattern", pattern.as_ref().map(|p| self.pattern(p, l))),
                    ("name", Self::opt_ident(name)),
                ],
            ),
            PatternKind::MatchOr { patterns: ps } => ("MatchOr", vec![("patterns", patterns(ps))]),
        };
        self.node(level, name, fields)
    }
}
