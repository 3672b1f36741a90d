//! Control flow: conditional jumps and `for` loops.

use pyrite_compiler::bytecode::Opcode;
use pyrite_objects::{PyResult, Value};

use super::Flow;
use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn op_pop_jump(&mut self, op: Opcode, next: usize, arg: u32) -> PyResult<Flow> {
        use Opcode::*;
        let v = self.pop();
        let take = match op {
            POP_JUMP_FORWARD_IF_NONE | POP_JUMP_BACKWARD_IF_NONE => v == Value::None,
            POP_JUMP_FORWARD_IF_NOT_NONE | POP_JUMP_BACKWARD_IF_NOT_NONE => v != Value::None,
            POP_JUMP_FORWARD_IF_TRUE | POP_JUMP_BACKWARD_IF_TRUE => {
                let t = self.truthy(v);
                if t.is_err() {
                    self.heap.decref(v);
                }
                t?
            }
            _ => {
                let t = self.truthy(v);
                if t.is_err() {
                    self.heap.decref(v);
                }
                !t?
            }
        };
        self.heap.decref(v);
        if !take {
            return Ok(Flow::Next);
        }
        let backward = matches!(
            op,
            POP_JUMP_BACKWARD_IF_FALSE
                | POP_JUMP_BACKWARD_IF_TRUE
                | POP_JUMP_BACKWARD_IF_NONE
                | POP_JUMP_BACKWARD_IF_NOT_NONE
        );
        Ok(Flow::Jump(if backward {
            next.saturating_sub(arg as usize)
        } else {
            next + arg as usize
        }))
    }

    pub(super) fn op_jump_or_pop(&mut self, op: Opcode, next: usize, arg: u32) -> PyResult<Flow> {
        let v = self.peek(0);
        let t = self.truthy(v)?;
        let jump_when = op == Opcode::JUMP_IF_TRUE_OR_POP;
        if t == jump_when {
            Ok(Flow::Jump(next + arg as usize))
        } else {
            let v = self.pop();
            self.heap.decref(v);
            Ok(Flow::Next)
        }
    }

    pub(super) fn op_get_iter(&mut self) -> PyResult<Flow> {
        let v = self.pop();
        let it = self.get_iter(v);
        self.heap.decref(v);
        self.push(it?);
        Ok(Flow::Next)
    }

    pub(super) fn op_for_iter(&mut self, next: usize, arg: u32) -> PyResult<Flow> {
        let it = self.peek(0);
        match self.for_iter_next(it)? {
            Some(v) => {
                self.push(v);
                Ok(Flow::Next)
            }
            None => {
                let it = self.pop();
                self.heap.decref(it);
                Ok(Flow::Jump(next + arg as usize))
            }
        }
    }

    pub(super) fn op_send(&mut self, next: usize, delta: u32) -> PyResult<Flow> {
        let sent = self.pop();
        let receiver = self.peek(0);
        let result = self.send_step(receiver, sent)?;
        match result {
            crate::generator::Resumed::Yielded(v) => {
                self.push(v);
                Ok(Flow::Next)
            }
            crate::generator::Resumed::Returned(v) => {
                let receiver = self.pop();
                self.heap.decref(receiver);
                self.push(v);
                Ok(Flow::Jump(next + delta as usize))
            }
        }
    }
}
