//! `ast.dump(tree, indent=N)`: the text `python3.11 -m ast FILE` prints
//! (with `indent=3`), with `include_attributes=False`.
//!
//! The layout follows `ast.dump`'s own rule: a node prints on one line when
//! it has at most three fields and all of them are "simple" (a scalar, an
//! empty list, or a node without fields, such as `Load()`); otherwise each
//! field goes on its own line, one indent deeper. Optional fields that are
//! `None` are left out.
//!
//! Whether a value is simple follows from its shape alone, so the text is
//! written in one pass into one buffer, and dumping takes time in
//! proportion to the output, however deep the tree.

use pyrite_lexer::LineIndex;

use super::repr::{constant_repr, str_repr};
use super::*;

/// Dumps a module as `ast.dump(module, indent=indent)` does.
pub fn dump_module(module: &Module, indent: usize) -> String {
    Writer::dump(Val::Module(module), indent, None)
}

/// Dumps a module as `ast.dump(module, indent=indent,
/// include_attributes=True)` does (`python -m ast -a`): every node with a
/// position also shows `lineno`, `col_offset`, `end_lineno` and
/// `end_col_offset`, computed from `source`.
pub fn dump_module_with_attributes(module: &Module, indent: usize, source: &str) -> String {
    let index = LineIndex::new(source);
    Writer::dump(Val::Module(module), indent, Some(&index))
}

/// Dumps an `eval`-mode tree as `ast.dump(tree, indent=indent)` does.
pub fn dump_expression(tree: &Expression, indent: usize) -> String {
    Writer::dump(Val::Expression(tree), indent, None)
}

/// Dumps an `eval`-mode tree as `ast.dump(tree, indent=indent,
/// include_attributes=True)` does, with positions computed from `source`.
pub fn dump_expression_with_attributes(tree: &Expression, indent: usize, source: &str) -> String {
    let index = LineIndex::new(source);
    Writer::dump(Val::Expression(tree), indent, Some(&index))
}

/// Dumps an expression as `ast.dump(expr, indent=indent)` does.
pub fn dump_expr(expr: &Expr, indent: usize) -> String {
    Writer::dump(Val::Expr(expr), indent, None)
}

/// Stack left before a nested value is written on a fresh segment (a tree
/// may be as deep as [`crate::depth`] allows).
const RED_ZONE: usize = 64 * 1024;
const SEGMENT: usize = 1024 * 1024;

/// A value to print: a scalar already in its `repr`, a node, or a list.
enum Val<'a> {
    Scalar(String),
    /// A node without fields: `Load()`, `Add()`, `Eq()`.
    Leaf(&'static str),
    Module(&'a Module),
    Expression(&'a Expression),
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
    Arguments(&'a Arguments),
    Arg(&'a Arg),
    Keyword(&'a Keyword),
    Alias(&'a Alias),
    WithItem(&'a WithItem),
    Handler(&'a ExceptHandler),
    MatchCase(&'a MatchCase),
    Comprehension(&'a Comprehension),
    TypeIgnore(&'a TypeIgnore),
    List(Vec<Val<'a>>),
}

/// A node's class name and its fields (`None` for an optional field left
/// out).
type Node<'a> = (&'static str, Vec<(&'static str, Option<Val<'a>>)>);

impl<'a> Val<'a> {
    fn node(&self) -> Option<Node<'a>> {
        Some(match *self {
            Val::Scalar(_) | Val::List(_) => return None,
            Val::Leaf(name) => (name, Vec::new()),
            Val::Module(m) => module(m),
            Val::Expression(e) => ("Expression", vec![("body", Some(Val::Expr(&e.body)))]),
            Val::Stmt(s) => stmt_fields(s),
            Val::Expr(e) => expr_fields(e),
            Val::Pattern(p) => pattern_fields(p),
            Val::Arguments(a) => arguments(a),
            Val::Arg(a) => arg(a),
            Val::Keyword(k) => keyword(k),
            Val::Alias(a) => alias(a),
            Val::WithItem(w) => withitem(w),
            Val::Handler(h) => handler(h),
            Val::MatchCase(c) => match_case(c),
            Val::Comprehension(c) => comprehension(c),
            Val::TypeIgnore(t) => (
                "TypeIgnore",
                vec![
                    ("lineno", scalar(t.lineno.to_string())),
                    ("tag", ident(&t.tag)),
                ],
            ),
        })
    }

    /// The source range of a node that has `lineno` and friends in CPython.
    fn position(&self) -> Option<pyrite_lexer::TextRange> {
        match *self {
            Val::Stmt(s) => Some(s.range),
            Val::Expr(e) => Some(e.range),
            Val::Pattern(p) => Some(p.range),
            Val::Arg(a) => Some(a.range),
            Val::Keyword(k) => Some(k.range),
            Val::Alias(a) => Some(a.range),
            Val::Handler(h) => Some(h.range),
            _ => None,
        }
    }

    /// `ast.dump`'s "simple": a scalar, an empty list, or a node that shows
    /// no fields.
    fn is_simple(&self) -> bool {
        match self {
            Val::Scalar(_) | Val::Leaf(_) => true,
            Val::List(items) => items.is_empty(),
            _ => self
                .node()
                .is_some_and(|(_, fields)| fields.iter().all(|(_, v)| v.is_none())),
        }
    }
}

struct Writer<'i> {
    indent: String,
    out: String,
    /// Set when positions are printed.
    lines: Option<&'i LineIndex>,
}

impl<'i> Writer<'i> {
    fn dump(root: Val<'_>, indent: usize, lines: Option<&'i LineIndex>) -> String {
        let mut w = Writer {
            indent: " ".repeat(indent),
            out: String::new(),
            lines,
        };
        w.write(&root, 0);
        w.out
    }

    fn newline(&mut self, level: usize) {
        self.out.push('\n');
        for _ in 0..level {
            self.out.push_str(&self.indent);
        }
    }

    /// Writes `val` as `ast.dump`'s `_format(val, level)` returns it.
    fn write(&mut self, val: &Val<'_>, level: usize) {
        stacker::maybe_grow(RED_ZONE, SEGMENT, || match val {
            Val::Scalar(text) => self.out.push_str(text),
            Val::List(items) => {
                if items.is_empty() {
                    self.out.push_str("[]");
                    return;
                }
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.newline(level + 1);
                    self.write(item, level + 1);
                }
                self.out.push(']');
            }
            _ => {
                let Some((name, fields)) = val.node() else {
                    return;
                };
                let mut shown: Vec<(&str, Val<'_>)> = fields
                    .into_iter()
                    .filter_map(|(field, value)| value.map(|v| (field, v)))
                    .collect();
                if let (Some(lines), Some(r)) = (self.lines, val.position()) {
                    let (lineno, col) = lines.line_col_bytes(r.start as usize);
                    let (end_lineno, end_col) = lines.line_col_bytes(r.end as usize);
                    for (name, n) in [
                        ("lineno", lineno),
                        ("col_offset", col),
                        ("end_lineno", end_lineno),
                        ("end_col_offset", end_col),
                    ] {
                        shown.push((name, Val::Scalar(n.to_string())));
                    }
                }
                let one_line = shown.len() <= 3 && shown.iter().all(|(_, v)| v.is_simple());
                self.out.push_str(name);
                self.out.push('(');
                for (i, (field, value)) in shown.iter().enumerate() {
                    if one_line {
                        if i > 0 {
                            self.out.push_str(", ");
                        }
                    } else {
                        if i > 0 {
                            self.out.push(',');
                        }
                        self.newline(level + 1);
                    }
                    self.out.push_str(field);
                    self.out.push('=');
                    self.write(value, level + 1);
                }
                self.out.push(')');
            }
        })
    }
}

fn scalar<'a>(text: String) -> Option<Val<'a>> {
    Some(Val::Scalar(text))
}

fn ident<'a>(name: &str) -> Option<Val<'a>> {
    scalar(str_repr(name))
}

fn bool_int<'a>(b: bool) -> Option<Val<'a>> {
    scalar(if b { "1" } else { "0" }.to_owned())
}

fn leaf<'a>(name: &'static str) -> Option<Val<'a>> {
    Some(Val::Leaf(name))
}

fn list<'a, T>(items: &'a [T], f: impl Fn(&'a T) -> Val<'a>) -> Option<Val<'a>> {
    Some(Val::List(items.iter().map(f).collect()))
}

fn exprs(items: &[Expr]) -> Option<Val<'_>> {
    list(items, Val::Expr)
}

fn stmts(items: &[Stmt]) -> Option<Val<'_>> {
    list(items, Val::Stmt)
}

fn opt_expr(e: &Option<Box<Expr>>) -> Option<Val<'_>> {
    e.as_deref().map(Val::Expr)
}

fn opt_ident<'a>(name: &Option<Identifier>) -> Option<Val<'a>> {
    name.as_deref().and_then(ident)
}

fn module<'a>(m: &'a Module) -> Node<'a> {
    (
        "Module",
        vec![
            ("body", stmts(&m.body)),
            ("type_ignores", list(&m.type_ignores, Val::TypeIgnore)),
        ],
    )
}

fn stmt_fields<'a>(s: &'a Stmt) -> Node<'a> {
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
            ("args", Some(Val::Arguments(args))),
            ("body", stmts(body)),
            ("decorator_list", exprs(decorator_list)),
            ("returns", opt_expr(returns)),
            ("type_comment", opt_ident(type_comment)),
        ],
        StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } => vec![
            ("name", ident(name)),
            ("bases", exprs(bases)),
            ("keywords", list(keywords, Val::Keyword)),
            ("body", stmts(body)),
            ("decorator_list", exprs(decorator_list)),
        ],
        StmtKind::Return { value } => vec![("value", opt_expr(value))],
        StmtKind::Delete { targets } => vec![("targets", exprs(targets))],
        StmtKind::Assign {
            targets,
            value,
            type_comment,
        } => vec![
            ("targets", exprs(targets)),
            ("value", Some(Val::Expr(value))),
            ("type_comment", opt_ident(type_comment)),
        ],
        StmtKind::AugAssign { target, op, value } => vec![
            ("target", Some(Val::Expr(target))),
            ("op", leaf(op.name())),
            ("value", Some(Val::Expr(value))),
        ],
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => vec![
            ("target", Some(Val::Expr(target))),
            ("annotation", Some(Val::Expr(annotation))),
            ("value", opt_expr(value)),
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
            ("target", Some(Val::Expr(target))),
            ("iter", Some(Val::Expr(iter))),
            ("body", stmts(body)),
            ("orelse", stmts(orelse)),
            ("type_comment", opt_ident(type_comment)),
        ],
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => vec![
            ("test", Some(Val::Expr(test))),
            ("body", stmts(body)),
            ("orelse", stmts(orelse)),
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
            ("items", list(items, Val::WithItem)),
            ("body", stmts(body)),
            ("type_comment", opt_ident(type_comment)),
        ],
        StmtKind::Match { subject, cases } => vec![
            ("subject", Some(Val::Expr(subject))),
            ("cases", list(cases, Val::MatchCase)),
        ],
        StmtKind::Raise { exc, cause } => vec![("exc", opt_expr(exc)), ("cause", opt_expr(cause))],
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
            ("body", stmts(body)),
            ("handlers", list(handlers, Val::Handler)),
            ("orelse", stmts(orelse)),
            ("finalbody", stmts(finalbody)),
        ],
        StmtKind::Assert { test, msg } => {
            vec![("test", Some(Val::Expr(test))), ("msg", opt_expr(msg))]
        }
        StmtKind::Import { names } => {
            vec![("names", list(names, Val::Alias))]
        }
        StmtKind::ImportFrom {
            module,
            names,
            level: dots,
        } => vec![
            ("module", opt_ident(module)),
            ("names", list(names, Val::Alias)),
            ("level", scalar(dots.to_string())),
        ],
        StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
            vec![("names", list(names, |n| Val::Scalar(str_repr(n))))]
        }
        StmtKind::Expr { value } => vec![("value", Some(Val::Expr(value)))],
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => vec![],
    };
    (name, fields)
}

fn expr_fields<'a>(e: &'a Expr) -> Node<'a> {
    let comprehensions = |gens: &'a [Comprehension]| list(gens, Val::Comprehension);
    let fields = match &e.kind {
        ExprKind::BoolOp { op, values } => {
            vec![("op", leaf(op.name())), ("values", exprs(values))]
        }
        ExprKind::NamedExpr { target, value } => vec![
            ("target", Some(Val::Expr(target))),
            ("value", Some(Val::Expr(value))),
        ],
        ExprKind::BinOp { left, op, right } => vec![
            ("left", Some(Val::Expr(left))),
            ("op", leaf(op.name())),
            ("right", Some(Val::Expr(right))),
        ],
        ExprKind::UnaryOp { op, operand } => vec![
            ("op", leaf(op.name())),
            ("operand", Some(Val::Expr(operand))),
        ],
        ExprKind::Lambda { args, body } => vec![
            ("args", Some(Val::Arguments(args))),
            ("body", Some(Val::Expr(body))),
        ],
        ExprKind::IfExp { test, body, orelse } => vec![
            ("test", Some(Val::Expr(test))),
            ("body", Some(Val::Expr(body))),
            ("orelse", Some(Val::Expr(orelse))),
        ],
        ExprKind::Dict { keys, values } => vec![
            (
                "keys",
                list(keys, |k| match k {
                    Some(k) => Val::Expr(k),
                    None => Val::Scalar("None".to_owned()),
                }),
            ),
            ("values", exprs(values)),
        ],
        ExprKind::Set { elts } => vec![("elts", exprs(elts))],
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => vec![
            ("elt", Some(Val::Expr(elt))),
            ("generators", comprehensions(generators)),
        ],
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => vec![
            ("key", Some(Val::Expr(key))),
            ("value", Some(Val::Expr(value))),
            ("generators", comprehensions(generators)),
        ],
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
            vec![("value", Some(Val::Expr(value)))]
        }
        ExprKind::Yield { value } => vec![("value", opt_expr(value))],
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => vec![
            ("left", Some(Val::Expr(left))),
            ("ops", list(ops, |op| Val::Leaf(op.name()))),
            ("comparators", exprs(comparators)),
        ],
        ExprKind::Call {
            func,
            args,
            keywords,
        } => vec![
            ("func", Some(Val::Expr(func))),
            ("args", exprs(args)),
            ("keywords", list(keywords, Val::Keyword)),
        ],
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => vec![
            ("value", Some(Val::Expr(value))),
            ("conversion", scalar(conversion.to_string())),
            ("format_spec", opt_expr(format_spec)),
        ],
        ExprKind::JoinedStr { values } => vec![("values", exprs(values))],
        ExprKind::Constant { value, kind } => vec![
            ("value", scalar(constant_repr(value))),
            ("kind", opt_ident(kind)),
        ],
        ExprKind::Attribute { value, attr, ctx } => vec![
            ("value", Some(Val::Expr(value))),
            ("attr", ident(attr)),
            ("ctx", leaf(ctx.name())),
        ],
        ExprKind::Subscript { value, slice, ctx } => vec![
            ("value", Some(Val::Expr(value))),
            ("slice", Some(Val::Expr(slice))),
            ("ctx", leaf(ctx.name())),
        ],
        ExprKind::Starred { value, ctx } => {
            vec![("value", Some(Val::Expr(value))), ("ctx", leaf(ctx.name()))]
        }
        ExprKind::Name { id, ctx } => vec![("id", ident(id)), ("ctx", leaf(ctx.name()))],
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            vec![("elts", exprs(elts)), ("ctx", leaf(ctx.name()))]
        }
        ExprKind::Slice { lower, upper, step } => vec![
            ("lower", opt_expr(lower)),
            ("upper", opt_expr(upper)),
            ("step", opt_expr(step)),
        ],
    };
    (e.class_name(), fields)
}

fn comprehension<'a>(c: &'a Comprehension) -> Node<'a> {
    (
        "comprehension",
        vec![
            ("target", Some(Val::Expr(&c.target))),
            ("iter", Some(Val::Expr(&c.iter))),
            ("ifs", exprs(&c.ifs)),
            ("is_async", bool_int(c.is_async)),
        ],
    )
}

fn arguments<'a>(a: &'a Arguments) -> Node<'a> {
    let args = |items: &'a [Arg]| list(items, Val::Arg);
    (
        "arguments",
        vec![
            ("posonlyargs", args(&a.posonlyargs)),
            ("args", args(&a.args)),
            ("vararg", a.vararg.as_deref().map(Val::Arg)),
            ("kwonlyargs", args(&a.kwonlyargs)),
            (
                "kw_defaults",
                list(&a.kw_defaults, |d| match d {
                    Some(d) => Val::Expr(d),
                    None => Val::Scalar("None".to_owned()),
                }),
            ),
            ("kwarg", a.kwarg.as_deref().map(Val::Arg)),
            ("defaults", exprs(&a.defaults)),
        ],
    )
}

fn arg<'a>(a: &'a Arg) -> Node<'a> {
    (
        "arg",
        vec![
            ("arg", ident(&a.arg)),
            ("annotation", opt_expr(&a.annotation)),
            ("type_comment", opt_ident(&a.type_comment)),
        ],
    )
}

fn keyword<'a>(k: &'a Keyword) -> Node<'a> {
    (
        "keyword",
        vec![
            ("arg", opt_ident(&k.arg)),
            ("value", Some(Val::Expr(&k.value))),
        ],
    )
}

fn alias<'a>(a: &'a Alias) -> Node<'a> {
    (
        "alias",
        vec![("name", ident(&a.name)), ("asname", opt_ident(&a.asname))],
    )
}

fn withitem<'a>(w: &'a WithItem) -> Node<'a> {
    (
        "withitem",
        vec![
            ("context_expr", Some(Val::Expr(&w.context_expr))),
            ("optional_vars", opt_expr(&w.optional_vars)),
        ],
    )
}

fn handler<'a>(h: &'a ExceptHandler) -> Node<'a> {
    (
        "ExceptHandler",
        vec![
            ("type", opt_expr(&h.r#type)),
            ("name", opt_ident(&h.name)),
            ("body", stmts(&h.body)),
        ],
    )
}

fn match_case<'a>(c: &'a MatchCase) -> Node<'a> {
    (
        "match_case",
        vec![
            ("pattern", Some(Val::Pattern(&c.pattern))),
            ("guard", opt_expr(&c.guard)),
            ("body", stmts(&c.body)),
        ],
    )
}

fn pattern_fields<'a>(p: &'a Pattern) -> Node<'a> {
    let patterns = |ps: &'a [Pattern]| list(ps, Val::Pattern);
    let (name, fields) = match &p.kind {
        PatternKind::MatchValue { value } => {
            ("MatchValue", vec![("value", Some(Val::Expr(value)))])
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
                ("keys", exprs(keys)),
                ("patterns", patterns(ps)),
                ("rest", opt_ident(rest)),
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
                ("cls", Some(Val::Expr(cls))),
                ("patterns", patterns(ps)),
                ("kwd_attrs", list(kwd_attrs, |n| Val::Scalar(str_repr(n)))),
                ("kwd_patterns", patterns(kwd_patterns)),
            ],
        ),
        PatternKind::MatchStar { name } => ("MatchStar", vec![("name", opt_ident(name))]),
        PatternKind::MatchAs { pattern, name } => (
            "MatchAs",
            vec![
                ("pattern", pattern.as_deref().map(Val::Pattern)),
                ("name", opt_ident(name)),
            ],
        ),
        PatternKind::MatchOr { patterns: ps } => ("MatchOr", vec![("patterns", patterns(ps))]),
    };
    (name, fields)
}
