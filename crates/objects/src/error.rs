//! Exceptions as values: what a built-in method returns instead of
//! panicking.
//!
//! A built-in raises a [`PyErr`]: either one of Python's built-in exception
//! classes with CPython's exact message, or an exception object that Python
//! code raised inside a callback (a user `__eq__`, a sort key) and that must
//! travel back out unchanged. The VM turns a `PyErr::Builtin` into an
//! exception object when Python code can see it.

use crate::value::Value;

macro_rules! exception_kinds {
    ($( $variant:ident = $name:literal < $parent:ident ),* $(,)?) => {
        /// Python 3.11's built-in exception classes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind {
            /// `BaseException`, the root of the hierarchy.
            BaseException,
            $(
                #[doc = concat!("`", $name, "`")]
                $variant,
            )*
        }

        impl ExcKind {

            /// Every kind, root first, each after its base.
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $(ExcKind::$variant),*];

            /// The class name, as `type(e).__name__` shows it.
            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $(ExcKind::$variant => $name,)*
                }
            }

            /// The direct base class (`__bases__[0]`); `None` for `BaseException`.
            pub fn base(self) -> Option<ExcKind> {
                match self {
                    ExcKind::BaseException => None,
                    $(ExcKind::$variant => Some(ExcKind::$parent),)*
                }
            }
        }
    };
}

exception_kinds! {
    BaseExceptionGroup = "BaseExceptionGroup" < BaseException,
    GeneratorExit = "GeneratorExit" < BaseException,
    KeyboardInterrupt = "KeyboardInterrupt" < BaseException,
    SystemExit = "SystemExit" < BaseException,
    Exception = "Exception" < BaseException,
    ArithmeticError = "ArithmeticError" < Exception,
    FloatingPointError = "FloatingPointError" < ArithmeticError,
    OverflowError = "OverflowError" < ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError" < ArithmeticError,
    AssertionError = "AssertionError" < Exception,
    AttributeError = "AttributeError" < Exception,
    BufferError = "BufferError" < Exception,
    EOFError = "EOFError" < Exception,
    ExceptionGroup = "ExceptionGroup" < BaseExceptionGroup,
    ImportError = "ImportError" < Exception,
    ModuleNotFoundError = "ModuleNotFoundError" < ImportError,
    LookupError = "LookupError" < Exception,
    IndexError = "IndexError" < LookupError,
    KeyError = "KeyError" < LookupError,
    MemoryError = "MemoryError" < Exception,
    NameError = "NameError" < Exception,
    UnboundLocalError = "UnboundLocalError" < NameError,
    OSError = "OSError" < Exception,
    BlockingIOError = "BlockingIOError" < OSError,
    ChildProcessError = "ChildProcessError" < OSError,
    ConnectionError = "ConnectionError" < OSError,
    BrokenPipeError = "BrokenPipeError" < ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError" < ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError" < ConnectionError,
    ConnectionResetError = "ConnectionResetError" < ConnectionError,
    FileExistsError = "FileExistsError" < OSError,
    FileNotFoundError = "FileNotFoundError" < OSError,
    InterruptedError = "InterruptedError" < OSError,
    IsADirectoryError = "IsADirectoryError" < OSError,
    NotADirectoryError = "NotADirectoryError" < OSError,
    PermissionError = "PermissionError" < OSError,
    ProcessLookupError = "ProcessLookupError" < OSError,
    TimeoutError = "TimeoutError" < OSError,
    ReferenceError = "ReferenceError" < Exception,
    RuntimeError = "RuntimeError" < Exception,
    NotImplementedError = "NotImplementedError" < RuntimeError,
    RecursionError = "RecursionError" < RuntimeError,
    StopAsyncIteration = "StopAsyncIteration" < Exception,
    StopIteration = "StopIteration" < Exception,
    SyntaxError = "SyntaxError" < Exception,
    IndentationError = "IndentationError" < SyntaxError,
    TabError = "TabError" < IndentationError,
    SystemError = "SystemError" < Exception,
    TypeError = "TypeError" < Exception,
    ValueError = "ValueError" < Exception,
    UnicodeError = "UnicodeError" < ValueError,
    UnicodeDecodeError = "UnicodeDecodeError" < UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError" < UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError" < UnicodeError,
    Warning = "Warning" < Exception,
    BytesWarning = "BytesWarning" < Warning,
    DeprecationWarning = "DeprecationWarning" < Warning,
    EncodingWarning = "EncodingWarning" < Warning,
    FutureWarning = "FutureWarning" < Warning,
    ImportWarning = "ImportWarning" < Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning" < Warning,
    ResourceWarning = "ResourceWarning" < Warning,
    RuntimeWarning = "RuntimeWarning" < Warning,
    SyntaxWarning = "SyntaxWarning" < Warning,
    UnicodeWarning = "UnicodeWarning" < Warning,
    UserWarning = "UserWarning" < Warning,
}

impl ExcKind {
    /// The `OSError` subclass CPython picks for an `errno` value
    /// (`OSError(2, ...)` is a `FileNotFoundError`); Linux numbering.
    pub fn for_errno(errno: i32) -> ExcKind {
        match errno {
            11 | 114 | 115 => ExcKind::BlockingIOError,
            10 => ExcKind::ChildProcessError,
            32 | 108 => ExcKind::BrokenPipeError,
            103 => ExcKind::ConnectionAbortedError,
            111 => ExcKind::ConnectionRefusedError,
            104 => ExcKind::ConnectionResetError,
            17 => ExcKind::FileExistsError,
            2 => ExcKind::FileNotFoundError,
            21 => ExcKind::IsADirectoryError,
            20 => ExcKind::NotADirectoryError,
            4 => ExcKind::InterruptedError,
            1 | 13 => ExcKind::PermissionError,
            3 => ExcKind::ProcessLookupError,
            110 => ExcKind::TimeoutError,
            _ => ExcKind::OSError,
        }
    }

    /// `issubclass(self, other)` within the built-in hierarchy.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(kind) = k {
            if kind == other {
                return true;
            }
            k = kind.base();
        }
        false
    }
}

/// An exception raised by a built-in operation.
#[derive(Clone, Debug, PartialEq)]
pub enum PyErr {
    /// A built-in exception class with a message; `args == (message,)`.
    /// A `KeyError` carries the key as `key` instead (its `str` is the key's
    /// `repr`), which the VM builds from [`PyErr::KeyError`].
    Builtin {
        /// The exception class.
        kind: ExcKind,
        /// `str(e)`: CPython's exact message.
        message: String,
    },
    /// `KeyError(key)`: the key is an owned reference.
    KeyError(Value),
    /// An operating-system failure: `OSError(errno, strerror[, filename])`,
    /// whose class (`FileNotFoundError`, …) follows from `errno` as in
    /// CPython.
    Os {
        /// The `errno` value.
        errno: i32,
        /// The system's message for it.
        strerror: String,
        /// The file the operation was about, if any.
        filename: Option<String>,
    },
    /// A codec's `UnicodeEncodeError`, `UnicodeDecodeError` or
    /// `UnicodeTranslateError`, with its attributes.
    Unicode(Box<crate::unicode_error::UnicodeErrorInfo>),
    /// An exception object raised by Python code during a callback. The
    /// value is an owned reference to the exception instance.
    Raised(Value),
}

impl PyErr {
    /// A built-in exception with a message.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr::Builtin {
            kind,
            message: message.into(),
        }
    }
    /// `TypeError(message)`.
    pub fn type_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, message)
    }
    /// `ValueError(message)`.
    pub fn value_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, message)
    }
    /// `OverflowError(message)`.
    pub fn overflow(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, message)
    }
    /// `IndexError(message)`.
    pub fn index_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, message)
    }
    /// `ZeroDivisionError(message)`.
    pub fn zero_division(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, message)
    }

    /// The class of a built-in error (`KeyError` for [`PyErr::KeyError`]);
    /// `None` for an exception object raised by Python code.
    pub fn kind(&self) -> Option<ExcKind> {
        match self {
            PyErr::Builtin { kind, .. } => Some(*kind),
            PyErr::KeyError(_) => Some(ExcKind::KeyError),
            PyErr::Os { errno, .. } => Some(ExcKind::for_errno(*errno)),
            PyErr::Unicode(info) => Some(info.kind),
            PyErr::Raised(_) => None,
        }
    }

    /// The message of a built-in error (`None` for the other forms).
    pub fn message(&self) -> Option<&str> {
        match self {
            PyErr::Builtin { message, .. } => Some(message),
            _ => None,
        }
    }
}

/// The result of an operation that may raise.
pub type PyResult<T> = Result<T, PyErr>;

/// The largest single allocation (in bytes) an operation may request
/// before raising `MemoryError` instead: a Python program asking for
/// `'x' * 10**12` gets an exception, not an aborted process.
pub const MAX_ALLOCATION: u128 = 1 << 32;

/// `MemoryError` unless `count` items of `size` bytes fit under
/// [`MAX_ALLOCATION`].
pub fn check_allocation(count: u128, size: u128) -> PyResult<()> {
    if count.saturating_mul(size) > MAX_ALLOCATION {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy() {
        assert!(ExcKind::ZeroDivisionError.is_subclass_of(ExcKind::ArithmeticError));
        assert!(ExcKind::KeyError.is_subclass_of(ExcKind::Exception));
        assert!(!ExcKind::SystemExit.is_subclass_of(ExcKind::Exception));
        assert!(ExcKind::TabError.is_subclass_of(ExcKind::SyntaxError));
        assert_eq!(ExcKind::ALL.len(), 67);
        for k in ExcKind::ALL {
            assert!(k.is_subclass_of(ExcKind::BaseException));
        }
    }
}
