//! The built-in types and their behaviour, one file per type.
//!
//! Every object's header names its class with a [`TypeRef`]: a built-in
//! type known to this crate, or a class object on the heap (created by the
//! VM for `class` statements). Methods of built-in types are listed in
//! per-type tables of plain functions (see [`crate::methods`]).

pub mod bytes;
pub mod bytes_methods;
pub mod bytes_percent;
pub mod bytes_text;
pub mod dict;
pub mod dict_methods;
pub mod dict_table;
pub mod float;
pub mod format_spec;
pub mod int;
pub mod interp;
pub mod list;
pub mod list_methods;
pub mod list_sort;
pub mod memoryview;
pub mod misc_methods;
pub mod number_methods;
pub mod percent;
pub mod range;
pub mod set;
pub mod set_algebra;
pub mod set_methods;
pub mod set_table;
pub mod str;
mod str_decode;
pub mod str_encode;
pub mod str_format;
pub mod str_methods;
mod str_predicates;
mod str_split;
mod str_stand_in;
pub mod str_translate;
pub mod tuple;
pub mod unicode_casefold;
pub mod unicode_tables;

use crate::value::ObjRef;

/// The built-in types whose instances this crate can create.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    /// `object`
    Object,
    /// `type`
    Type,
    /// `NoneType`
    NoneType,
    /// `NotImplementedType`
    NotImplementedType,
    /// `ellipsis`
    Ellipsis,
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `float`
    Float,
    /// `complex`
    Complex,
    /// `str`
    Str,
    /// `bytes`
    Bytes,
    /// `bytearray`
    ByteArray,
    /// `tuple`
    Tuple,
    /// `list`
    List,
    /// `dict`
    Dict,
    /// `set`
    Set,
    /// `frozenset`
    FrozenSet,
    /// `range`
    Range,
    /// `slice`
    Slice,
    /// `cell`
    Cell,
    /// `weakref.ReferenceType`
    Weakref,
}

impl BuiltinType {
    /// `type.__name__`, as error messages quote it.
    pub fn name(self) -> &'static str {
        match self {
            BuiltinType::Object => "object",
            BuiltinType::Type => "type",
            BuiltinType::NoneType => "NoneType",
            BuiltinType::NotImplementedType => "NotImplementedType",
            BuiltinType::Ellipsis => "ellipsis",
            BuiltinType::Bool => "bool",
            BuiltinType::Int => "int",
            BuiltinType::Float => "float",
            BuiltinType::Complex => "complex",
            BuiltinType::Str => "str",
            BuiltinType::Bytes => "bytes",
            BuiltinType::ByteArray => "bytearray",
            BuiltinType::Tuple => "tuple",
            BuiltinType::List => "list",
            BuiltinType::Dict => "dict",
            BuiltinType::Set => "set",
            BuiltinType::FrozenSet => "frozenset",
            BuiltinType::Range => "range",
            BuiltinType::Slice => "slice",
            BuiltinType::Cell => "cell",
            BuiltinType::Weakref => "weakref.ReferenceType",
        }
    }
}

/// An object's class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// A built-in type.
    Builtin(BuiltinType),
    /// A class object on the heap. An instance's header owns a reference to
    /// its class, so the class lives at least as long as its instances.
    Heap(ObjRef),
}

/// The built-in type whose payload `v` carries: its own type for a
/// built-in value, the built-in base for an instance of a class derived
/// from one (`class F(frozenset)` answers `FrozenSet`), `None` for other
/// instances.
pub fn base_type(heap: &crate::Heap, v: crate::Value) -> Option<BuiltinType> {
    match heap.type_of(v) {
        TypeRef::Builtin(t) => Some(t),
        TypeRef::Heap(c) => match heap.payload(c) {
            crate::Payload::Interp(o) => o.as_class().and_then(|c| c.builtin),
            _ => None,
        },
    }
}
