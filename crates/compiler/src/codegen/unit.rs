//! One scope being compiled: its graph, its tables, and the step that turns
//! it into a code object (CPython's `compiler_unit` and `makecode`).

use std::collections::HashMap;

use crate::assemble::{
    AssembleError, BlockId, CfgBuilder, Instr, finish, label_exception_targets, optimize,
};
use crate::bytecode::opcode::ArgKind;
use crate::bytecode::{CodeFlags, CodeObject, Constant, Location, Opcode};
use crate::symtable::{BlockType, Scope, SymbolFlags, SymbolTable};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// What a `break`, `continue` or `return` must unwind through (CPython's
/// `fblockinfo`).
#[derive(Clone, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: BlockId,
        exit: BlockId,
    },
    ForLoop {
        start: BlockId,
        exit: BlockId,
    },
    TryExcept,
    FinallyTry {
        body: &'a [pyrite_parser::ast::Stmt],
    },
    FinallyEnd,
    With {
        range: pyrite_lexer::TextRange,
        is_async: bool,
    },
    AsyncComprehensionGenerator,
    HandlerCleanup {
        name: Option<String>,
    },
    ExceptionHandler,
    ExceptionGroupHandler,
    PopValue,
}

pub(crate) struct Unit<'a> {
    pub name: String,
    pub qualname: String,
    pub kind: ScopeKind,
    pub ste: &'a SymbolTable,
    pub builder: CfgBuilder,
    pub consts: Vec<Constant>,
    const_index: HashMap<Constant, u32>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub first_line: u32,
    pub private: Option<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Option<Location>,
    /// Sets `CO_FUTURE_ANNOTATIONS` on the code object.
    pub future_annotations: bool,
}

impl<'a> Unit<'a> {
    pub fn new(
        name: &str,
        qualname: String,
        kind: ScopeKind,
        ste: &'a SymbolTable,
        first_line: u32,
        private: Option<String>,
    ) -> Self {
        let mut cellvars = ste.names_with_scope(Scope::Cell);
        if ste.needs_class_closure {
            cellvars = vec!["__class__".to_string()];
        }
        // Free variables, and class-body names a method closes over.
        let mut freevars: Vec<String> = ste
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Free || s.flags.has(SymbolFlags::DEF_FREE_CLASS))
            .map(|(n, _)| n.clone())
            .collect();
        freevars.sort();
        Unit {
            name: name.to_string(),
            qualname,
            kind,
            ste,
            builder: CfgBuilder::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: ste.varnames.clone(),
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            first_line,
            private,
            fblocks: Vec::new(),
            loc: None,
            future_annotations: false,
        }
    }

    pub fn add_const(&mut self, constant: Constant) -> u32 {
        if let Some(&i) = self.const_index.get(&constant) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.const_index.insert(constant.clone(), i);
        self.consts.push(constant);
        i
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.name_index.insert(name.to_string(), i);
        self.names.push(name.to_string());
        i
    }

    pub fn add_varname(&mut self, name: &str) -> u32 {
        if let Some(i) = self.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        self.varnames.push(name.to_string());
        self.varnames.len() as u32 - 1
    }

    /// Index of a cell or free variable before fast locals are final: cells
    /// count from 0, free variables after the cells (CPython's raw
    /// `u_cellvars`/`u_freevars` numbering, fixed up in `finish`).
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|f| f == name)
            .map(|i| (self.cellvars.len() + i) as u32)
    }

    fn flags(&self) -> CodeFlags {
        let ste = self.ste;
        let mut flags = CodeFlags::default();
        if self.future_annotations {
            flags.insert(CodeFlags::FUTURE_ANNOTATIONS);
        }
        if ste.block_type == BlockType::Function {
            flags.insert(CodeFlags::NEWLOCALS | CodeFlags::OPTIMIZED);
            if ste.is_nested {
                flags.insert(CodeFlags::NESTED);
            }
            match (ste.is_generator, ste.is_coroutine) {
                (true, true) => flags.insert(CodeFlags::ASYNC_GENERATOR),
                (true, false) => flags.insert(CodeFlags::GENERATOR),
                (false, true) => flags.insert(CodeFlags::COROUTINE),
                (false, false) => {}
            }
            if ste.has_varargs {
                flags.insert(CodeFlags::VARARGS);
            }
            if ste.has_varkeywords {
                flags.insert(CodeFlags::VARKEYWORDS);
            }
        }
        flags
    }

    /// The localsplus index of each raw cell/free index.
    fn deref_offsets(&self) -> Vec<u32> {
        let nlocals = self.varnames.len() as u32;
        let mut offsets = Vec::new();
        let mut dropped = 0;
        for (i, cell) in self.cellvars.iter().enumerate() {
            if let Some(v) = self.varnames.iter().position(|v| v == cell) {
                offsets.push(v as u32);
                dropped += 1;
            } else {
                offsets.push(nlocals + i as u32 - dropped);
            }
        }
        for i in 0..self.freevars.len() {
            offsets.push(nlocals + (self.cellvars.len() + i) as u32 - dropped);
        }
        offsets
    }

    /// Assembles the unit into its code object.
    pub fn finish(mut self, filename: &str) -> Result<CodeObject, AssembleError> {
        let flags = self.flags();
        let offsets = self.deref_offsets();
        let mut cfg = std::mem::take(&mut self.builder).finish();
        for block in &mut cfg.blocks {
            for instr in &mut block.instructions {
                if instr.opcode.info().arg == ArgKind::Free {
                    instr.arg = offsets
                        .get(instr.arg as usize)
                        .copied()
                        .ok_or(AssembleError::Malformed("unknown cell or free variable"))?;
                }
            }
        }
        // Prefix: COPY_FREE_VARS, MAKE_CELL for each cell in localsplus
        // order, then RETURN_GENERATOR and POP_TOP for generators.
        let mut prefix: Vec<Instr> = Vec::new();
        if !self.freevars.is_empty() {
            prefix.push(Instr::new(
                Opcode::COPY_FREE_VARS,
                self.freevars.len() as u32,
                None,
            ));
        }
        let mut cells: Vec<u32> = offsets[..self.cellvars.len()].to_vec();
        cells.sort_unstable();
        for cell in cells {
            prefix.push(Instr::new(Opcode::MAKE_CELL, cell, None));
        }
        if flags.contains(CodeFlags::GENERATOR)
            || flags.contains(CodeFlags::COROUTINE)
            || flags.contains(CodeFlags::ASYNC_GENERATOR)
        {
            prefix.push(Instr::new(
                Opcode::RETURN_GENERATOR,
                0,
                Some(Location::line(self.first_line)),
            ));
            prefix.push(Instr::new(Opcode::POP_TOP, 0, None));
        }
        let entry = cfg.entry;
        cfg.block_mut(entry).instructions.splice(0..0, prefix);

        label_exception_targets(&mut cfg)?;
        optimize::optimize(&mut cfg, &mut self.consts, self.first_line);
        let assembled = finish(cfg, self.first_line)?;
        Ok(CodeObject {
            co_name: self.name,
            co_qualname: self.qualname,
            co_filename: filename.to_string(),
            co_firstlineno: self.first_line,
            co_argcount: self.argcount + self.posonlyargcount,
            co_posonlyargcount: self.posonlyargcount,
            co_kwonlyargcount: self.kwonlyargcount,
            co_flags: flags,
            co_stacksize: assembled.co_stacksize,
            co_code: assembled.co_code,
            co_consts: self.consts,
            co_names: self.names,
            co_varnames: self.varnames,
            co_cellvars: self.cellvars,
            co_freevars: self.freevars,
            co_linetable: assembled.co_linetable,
            co_exceptiontable: assembled.co_exceptiontable,
        })
    }
}
