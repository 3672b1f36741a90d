//! Where compound statements end, as CPython reports it.
//!
//! The grammar's span for `if x:\n    pass\n` runs to the layout tokens
//! that close the block (the NEWLINE, the DEDENT at the next line). CPython
//! ends a compound statement, an `except` clause or a `case` with the last
//! statement inside it, so this pass moves each end back to its last child.

use crate::ast::{Stmt, StmtKind};

/// Sets the end of every compound statement in `body` (recursively) to the
/// end of its last nested statement.
pub(crate) fn fix_ends(body: &mut [Stmt]) {
    for stmt in body {
        fix_stmt(stmt);
    }
}

fn last_end(body: &[Stmt]) -> Option<u32> {
    body.last().map(|s| s.range.end)
}

fn fix_stmt(stmt: &mut Stmt) {
    let end = match &mut stmt.kind {
        StmtKind::FunctionDef { body, .. }
        | StmtKind::AsyncFunctionDef { body, .. }
        | StmtKind::ClassDef { body, .. }
        | StmtKind::With { body, .. }
        | StmtKind::AsyncWith { body, .. } => {
            fix_ends(body);
            last_end(body)
        }
        StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => {
            fix_ends(body);
            fix_ends(orelse);
            last_end(orelse).or(last_end(body))
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
            fix_ends(body);
            for handler in handlers.iter_mut() {
                fix_ends(&mut handler.body);
                if let Some(end) = last_end(&handler.body) {
                    handler.range.end = end;
                }
            }
            fix_ends(orelse);
            fix_ends(finalbody);
            last_end(finalbody)
                .or(last_end(orelse))
                .or(handlers.last().map(|h| h.range.end))
                .or(last_end(body))
        }
        StmtKind::Match { cases, .. } => {
            for case in cases.iter_mut() {
                fix_ends(&mut case.body);
                if let Some(end) = last_end(&case.body) {
                    case.range.end = end;
                }
            }
            cases.last().map(|c| c.range.end)
        }
        _ => None,
    };
    if let Some(end) = end {
        stmt.range.end = end.max(stmt.range.start);
    }
}
