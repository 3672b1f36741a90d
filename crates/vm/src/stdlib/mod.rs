//! The standard library the interpreter carries: native modules (each
//! file or folder builds one module object on first import and caches it
//! in the module table) and the bundled pure-Python modules.

pub(crate) mod bundled;
pub(crate) mod functools;
pub(crate) mod heapq;
pub(crate) mod itertools;
pub(crate) mod math;
pub(crate) mod native_class;
pub(crate) mod operator;
pub(crate) mod re;
pub(crate) mod time;
pub(crate) mod weakref;
