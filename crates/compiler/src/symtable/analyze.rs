//! The second pass: each name's scope (CPython's `analyze_block` and
//! `analyze_name`).
//!
//! Walking down, a scope passes its children the names bound in enclosing
//! functions (`bound`) and the names declared global (`global`); walking
//! back up, each child reports the names it needs from outside (`free`).
//! A function's local that a child needs becomes a cell; a name a child
//! needs that this scope does not bind is passed further up and becomes
//! free here too.

use std::collections::HashSet;

use pyrite_lexer::Diagnostic;

use super::{BlockType, Scope, Symbol, SymbolFlags as F, SymbolTable};

type Names = HashSet<String>;

pub(super) fn analyze(top: &mut SymbolTable) -> Result<(), Diagnostic> {
    let mut free = Names::new();
    let mut global = Names::new();
    analyze_block(top, None, &mut free, &mut global)
}

fn analyze_name(
    table: &mut SymbolTable,
    name: &str,
    flags: F,
    bound: Option<&Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<Scope, Diagnostic> {
    let range = table.directives.get(name).copied().unwrap_or(table.range);
    if flags.has(F::DEF_GLOBAL) {
        if flags.has(F::DEF_NONLOCAL) {
            return Err(Diagnostic::syntax(
                format!("name '{name}' is nonlocal and global"),
                range,
            ));
        }
        global.insert(name.to_string());
        return Ok(Scope::GlobalExplicit);
    }
    if flags.has(F::DEF_NONLOCAL) {
        let Some(bound) = bound else {
            return Err(Diagnostic::syntax(
                "nonlocal declaration not allowed at module level",
                range,
            ));
        };
        if !bound.contains(name) {
            return Err(Diagnostic::syntax(
                format!("no binding for nonlocal '{name}' found"),
                range,
            ));
        }
        table.has_free = true;
        free.insert(name.to_string());
        return Ok(Scope::Free);
    }
    if flags.has(F::DEF_BOUND) {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(Scope::Local);
    }
    if bound.is_some_and(|b| b.contains(name)) {
        table.has_free = true;
        free.insert(name.to_string());
        return Ok(Scope::Free);
    }
    if global.contains(name) {
        return Ok(Scope::GlobalImplicit);
    }
    if table.is_nested {
        table.has_free = true;
    }
    Ok(Scope::GlobalImplicit)
}

fn analyze_block(
    table: &mut SymbolTable,
    bound: Option<&Names>,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), Diagnostic> {
    let mut local = Names::new();
    let mut scopes: Vec<Scope> = Vec::with_capacity(table.symbols.len());
    let mut new_global = Names::new();
    let mut new_bound = Names::new();
    if table.block_type == BlockType::Class {
        // Global statements in a class do not reach its methods.
        new_global.extend(global.iter().cloned());
        if let Some(bound) = bound {
            new_bound.extend(bound.iter().cloned());
        }
    }
    let symbols: Vec<(String, F)> = table
        .symbols
        .iter()
        .map(|(n, s)| (n.clone(), s.flags))
        .collect();
    for (name, flags) in &symbols {
        scopes.push(analyze_name(
            table, name, *flags, bound, &mut local, free, global,
        )?);
    }
    if table.block_type == BlockType::Class {
        new_bound.insert("__class__".to_string());
    } else {
        if table.block_type == BlockType::Function {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(bound) = bound {
            new_bound.extend(bound.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    }

    let mut new_free = Names::new();
    for child in &mut table.children {
        let mut child_bound = new_bound.clone();
        let mut child_free = Names::new();
        let mut child_global = new_global.clone();
        analyze_block(
            child,
            Some(&child_bound),
            &mut child_free,
            &mut child_global,
        )?;
        child_bound.clear();
        new_free.extend(child_free);
        if child.has_free || child.child_free {
            table.child_free = true;
        }
    }
    match table.block_type {
        BlockType::Function => {
            // A local some child needs becomes a cell.
            for ((name, _), scope) in symbols.iter().zip(scopes.iter_mut()) {
                if *scope == Scope::Local && new_free.remove(name) {
                    *scope = Scope::Cell;
                }
            }
        }
        BlockType::Class if new_free.remove("__class__") => {
            table.needs_class_closure = true;
        }
        _ => {}
    }
    update_symbols(table, &scopes, bound, &new_free);
    free.extend(new_free);
    Ok(())
}

/// Stores the decided scopes, then records the free names children passed
/// up that this scope does not bind (CPython's `update_symbols`).
fn update_symbols(table: &mut SymbolTable, scopes: &[Scope], bound: Option<&Names>, free: &Names) {
    for (symbol, scope) in table.symbols.values_mut().zip(scopes) {
        symbol.scope = *scope;
    }
    let is_class = table.block_type == BlockType::Class;
    // Sorted so the table's order does not depend on hashing.
    let mut free: Vec<&String> = free.iter().collect();
    free.sort();
    for name in free {
        if let Some(symbol) = table.symbols.get_mut(name) {
            // A method's free name that the class body also binds or
            // declares global.
            if is_class && symbol.flags.has(F::DEF_BOUND | F::DEF_GLOBAL) {
                symbol.flags = F(symbol.flags.0 | F::DEF_FREE_CLASS);
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) {
            // Bound nowhere above: an implicit global.
            continue;
        }
        table.symbols.insert(
            name.clone(),
            Symbol {
                flags: F(0),
                scope: Scope::Free,
            },
        );
    }
}
