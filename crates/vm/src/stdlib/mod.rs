//! Native standard-library modules beyond `sys` and `dis`: each file builds
//! one module object on first import and caches it in the module table.

pub(crate) mod math;
