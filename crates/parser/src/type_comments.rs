//! Type comments (PEP 484), as `ast.parse(..., type_comments=True)` and
//! therefore `python -m ast` report them.
//!
//! The grammar ignores comments; this pass reads them from the lexer's
//! full token stream afterwards:
//! - `# type: ignore[tag]` anywhere becomes a `TypeIgnore(lineno, tag)`;
//! - `# type: T` right after an assignment becomes its `type_comment`;
//! - `# type: T` right after the `:` of a `def`, `for` or `with` header
//!   (on the same line, or alone on the next) becomes theirs.

use pyrite_lexer::{LineIndex, Token, TokenKind};

use crate::ast::{Module, Stmt, StmtKind, TypeIgnore};

/// A comment's meaning as a type comment.
enum TypeComment<'a> {
    Ignore(&'a str),
    Type(&'a str),
}

/// CPython's tokenizer rule: `#`, spaces, `type:`, spaces, then either
/// `ignore` not followed by an identifier character, or a type.
fn classify(comment: &str) -> Option<TypeComment<'_>> {
    let rest = comment.strip_prefix('#')?.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix("type:")?.trim_start_matches([' ', '\t']);
    if let Some(tag) = rest.strip_prefix("ignore") {
        let next = tag.chars().next();
        if !next.is_some_and(|c| c.is_alphanumeric() || c == '_' || !c.is_ascii()) {
            return Some(TypeComment::Ignore(tag));
        }
    }
    Some(TypeComment::Type(rest))
}

/// Fills in `type_ignores` and the `type_comment` fields of `module`.
pub(crate) fn attach(module: &mut Module, source: &str, tokens: &[Token]) {
    let comments: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Comment)
        .map(|(i, _)| i)
        .collect();
    if comments.is_empty() {
        return;
    }
    let text = |i: usize| source.get(tokens[i].range.as_range()).unwrap_or("");
    let index = LineIndex::new(source);
    for &i in &comments {
        if let Some(TypeComment::Ignore(tag)) = classify(text(i)) {
            module.type_ignores.push(TypeIgnore {
                lineno: index.line(tokens[i].range.start as usize) as u32,
                tag: tag.to_owned(),
            });
        }
    }
    let finder = Finder { source, tokens };
    for stmt in &mut module.body {
        finder.visit(stmt);
    }
}

struct Finder<'a> {
    source: &'a str,
    tokens: &'a [Token],
}

impl Finder<'_> {
    fn type_at(&self, i: usize) -> Option<String> {
        let token = self.tokens.get(i)?;
        if token.kind != TokenKind::Comment {
            return None;
        }
        match classify(self.source.get(token.range.as_range())?)? {
            TypeComment::Type(t) => Some(t.to_owned()),
            TypeComment::Ignore(_) => None,
        }
    }

    /// The index of the first token starting at or after `offset`.
    fn token_at(&self, offset: u32) -> usize {
        self.tokens.partition_point(|t| t.range.start < offset)
    }

    /// A type comment right after the statement ending at `end`.
    fn after(&self, end: u32) -> Option<String> {
        self.type_at(self.token_at(end))
    }

    /// A type comment after the `:` of a header whose body starts at
    /// `body_start`.
    fn after_header(&self, body_start: u32) -> Option<String> {
        let mut i = self.token_at(body_start);
        while i > 0
            && matches!(
                self.tokens[i - 1].kind,
                TokenKind::Indent
                    | TokenKind::Dedent
                    | TokenKind::Newline
                    | TokenKind::NonLogicalNewline
                    | TokenKind::Comment
            )
        {
            i -= 1;
        }
        let colon = i.checked_sub(1)?;
        if self.tokens[colon].kind != TokenKind::Colon {
            return None;
        }
        if let Some(t) = self.type_at(colon + 1) {
            return Some(t);
        }
        if self.tokens.get(colon + 1)?.kind == TokenKind::Newline {
            return self.type_at(colon + 2);
        }
        None
    }

    fn visit_body(&self, body: &mut [Stmt]) {
        for stmt in body {
            self.visit(stmt);
        }
    }

    fn visit(&self, stmt: &mut Stmt) {
        let end = stmt.range.end;
        match &mut stmt.kind {
            StmtKind::Assign { type_comment, .. } => *type_comment = self.after(end),
            StmtKind::FunctionDef {
                body, type_comment, ..
            }
            | StmtKind::AsyncFunctionDef {
                body, type_comment, ..
            }
            | StmtKind::With {
                body, type_comment, ..
            }
            | StmtKind::AsyncWith {
                body, type_comment, ..
            } => {
                if let Some(first) = body.first() {
                    *type_comment = self.after_header(first.range.start);
                }
                self.visit_body(body);
            }
            StmtKind::For {
                body,
                orelse,
                type_comment,
                ..
            }
            | StmtKind::AsyncFor {
                body,
                orelse,
                type_comment,
                ..
            } => {
                if let Some(first) = body.first() {
                    *type_comment = self.after_header(first.range.start);
                }
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::ClassDef { body, .. } => self.visit_body(body),
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                self.visit_body(body);
                self.visit_body(orelse);
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
                self.visit_body(body);
                for handler in handlers {
                    self.visit_body(&mut handler.body);
                }
                self.visit_body(orelse);
                self.visit_body(finalbody);
            }
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    self.visit_body(&mut case.body);
                }
            }
            _ => {}
        }
    }
}
