//! Frame objects: Python's view of an interpreter frame.
//!
//! A `frame` object holds the frame's key in the interpreter's frame
//! table. While the frame runs, its attributes read the live frame
//! (`f_lineno`, `f_lasti`, `f_locals`, `f_back`); when the frame is
//! popped, the view is detached and keeps the position where the frame
//! stopped, as CPython's frame objects outlive their execution.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ObjRef, Payload, PyResult, Value};
use slotmap::{Key, KeyData};

use crate::frame::FrameId;
use crate::interpreter::Interpreter;

/// The `id` of a detached frame view.
const DETACHED: u64 = u64::MAX;

impl Interpreter {
    /// The frame object for a live frame (a new reference).
    pub(crate) fn frame_view(&mut self, fid: FrameId) -> Value {
        let Some(frame) = self.frames.get(fid) else {
            return Value::None;
        };
        if let Some(v) = frame.view() {
            self.heap.incref_obj(v);
            return Value::Obj(v);
        }
        let (index, globals, lasti) = (frame.code.index, frame.globals, frame.lasti);
        let code = self.code_object(index);
        self.heap.incref(globals);
        let v = self.new_interp(
            "frame",
            InterpObject::Frame {
                id: fid.data().as_ffi(),
                code,
                globals,
                lasti: lasti as u32,
            },
        );
        if let Some(r) = v.as_obj() {
            self.heap.incref_obj(r);
            self.frames[fid].extra_mut().view = Some(r);
        }
        v
    }

    /// The live frame behind a frame object, if it is still running.
    fn live_frame(&self, view: ObjRef) -> Option<FrameId> {
        let Payload::Interp(o) = self.heap.payload(view) else {
            return None;
        };
        let InterpObject::Frame { id, .. } = &**o else {
            return None;
        };
        if *id == DETACHED {
            return None;
        }
        let fid = FrameId::from(KeyData::from_ffi(*id));
        (self.frames.get(fid)?.view() == Some(view)).then_some(fid)
    }

    /// The running frame a frame object shows, if it is one.
    pub(crate) fn live_frame_of(&self, v: Value) -> Option<FrameId> {
        self.live_frame(v.as_obj()?)
    }

    /// `frame.f_*`.
    pub(crate) fn frame_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let Some(r) = obj.as_obj() else {
            return Ok(None);
        };
        let (code, globals, stored_lasti) = match self.heap.payload(r) {
            Payload::Interp(o) => match &**o {
                InterpObject::Frame {
                    code,
                    globals,
                    lasti,
                    ..
                } => (*code, *globals, *lasti as usize),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let live = self.live_frame(r);
        let lasti = live.map_or(stored_lasti, |f| self.frames[f].lasti);
        let own = |me: &mut Self, v: Value| {
            me.heap.incref(v);
            Some(v)
        };
        Ok(match name {
            "f_code" => own(self, code),
            "f_globals" => own(self, globals),
            "f_builtins" => {
                let b = self.builtins;
                own(self, b)
            }
            "f_lasti" => Some(Value::Int(lasti as i64 * 2)),
            "f_lineno" => {
                let line = self
                    .code_index(code)
                    .and_then(|i| self.codes[i as usize].position(lasti).line);
                Some(line.map_or(Value::None, |l| Value::Int(l as i64)))
            }
            "f_back" => match live.and_then(|f| self.frames[f].back) {
                Some(back) => Some(self.frame_view(back)),
                None => Some(Value::None),
            },
            "f_locals" => match live {
                Some(f) => Some(self.locals_of(f)),
                None => Some(self.heap.new_dict()),
            },
            "f_trace" => {
                let t = live.map_or(Value::None, |f| self.frames[f].f_trace());
                own(self, t)
            }
            _ => None,
        })
    }

    /// `locals()` of a frame: the namespace dict of a module or class
    /// body, or a dict made from a function's fast locals and cells.
    pub(crate) fn locals_of(&mut self, fid: FrameId) -> Value {
        let frame = &self.frames[fid];
        if frame.locals != Value::None {
            let l = frame.locals;
            self.heap.incref(l);
            return l;
        }
        let code = frame.code.clone();
        // A paused generator's slots are kept aside, not on the stack.
        let paused = frame.saved.and_then(|g| self.paused_slots(g));
        let frame = &self.frames[fid];
        let slots: Vec<Option<Value>> = match paused {
            Some(saved) => saved,
            None => {
                let start = frame.base.min(self.stack.len());
                let end = (frame.base + code.nlocalsplus).min(self.stack.len());
                self.stack[start..end].to_vec()
            }
        };
        let d = self.heap.new_dict();
        let ncells_start = code.code.co_varnames.len();
        for (i, name) in code.localsplus.iter().enumerate() {
            let Some(mut v) = slots.get(i).copied().flatten() else {
                continue;
            };
            let is_cell = i >= ncells_start
                || code
                    .code
                    .co_cellvars
                    .iter()
                    .any(|c| Some(c.as_str()) == self.heap.str_of(*name));
            if is_cell {
                match v.as_obj().map(|r| self.heap.payload(r)) {
                    Some(Payload::Cell(Some(inner))) => v = *inner,
                    Some(Payload::Cell(None)) => continue,
                    _ => {}
                }
            }
            if let Some(dr) = d.as_obj() {
                let _ = pyrite_objects::types::dict::set_item(self, dr, *name, v);
            }
        }
        d
    }
}

/// Detach a frame object from its frame, which is being popped.
pub(crate) fn detach_frame_view(interp: &mut Interpreter, view: ObjRef, lasti: usize) {
    if let Payload::Interp(o) = interp.heap.payload_mut(view) {
        if let InterpObject::Frame { id, lasti: l, .. } = &mut **o {
            *id = DETACHED;
            *l = lasti as u32;
        }
    }
}
