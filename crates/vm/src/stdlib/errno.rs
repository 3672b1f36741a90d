//! The `errno` module: the symbolic names of the operating system's error
//! numbers (Linux numbering, as the `OSError` subclasses already use) and
//! `errorcode`, which maps each number back to its primary name.
//!
//! Invariant: where two names share a number (`EAGAIN`/`EWOULDBLOCK`), the
//! table marks the one `errorcode` gives, as CPython's `errorcode` does.

use pyrite_objects::{PyResult, Value};

use crate::interpreter::Interpreter;

/// `(name, number, whether errorcode names the number by it)`.
const CODES: &[(&str, i64, bool)] = &[
    ("EPERM", 1, true),
    ("ENOENT", 2, true),
    ("ESRCH", 3, true),
    ("EINTR", 4, true),
    ("EIO", 5, true),
    ("ENXIO", 6, true),
    ("E2BIG", 7, true),
    ("ENOEXEC", 8, true),
    ("EBADF", 9, true),
    ("ECHILD", 10, true),
    ("EAGAIN", 11, true),
    ("EWOULDBLOCK", 11, false),
    ("ENOMEM", 12, true),
    ("EACCES", 13, true),
    ("EFAULT", 14, true),
    ("ENOTBLK", 15, true),
    ("EBUSY", 16, true),
    ("EEXIST", 17, true),
    ("EXDEV", 18, true),
    ("ENODEV", 19, true),
    ("ENOTDIR", 20, true),
    ("EISDIR", 21, true),
    ("EINVAL", 22, true),
    ("ENFILE", 23, true),
    ("EMFILE", 24, true),
    ("ENOTTY", 25, true),
    ("ETXTBSY", 26, true),
    ("EFBIG", 27, true),
    ("ENOSPC", 28, true),
    ("ESPIPE", 29, true),
    ("EROFS", 30, true),
    ("EMLINK", 31, true),
    ("EPIPE", 32, true),
    ("EDOM", 33, true),
    ("ERANGE", 34, true),
    ("EDEADLK", 35, false),
    ("EDEADLOCK", 35, true),
    ("ENAMETOOLONG", 36, true),
    ("ENOLCK", 37, true),
    ("ENOSYS", 38, true),
    ("ENOTEMPTY", 39, true),
    ("ELOOP", 40, true),
    ("ENOMSG", 42, true),
    ("EIDRM", 43, true),
    ("ECHRNG", 44, true),
    ("EL2NSYNC", 45, true),
    ("EL3HLT", 46, true),
    ("EL3RST", 47, true),
    ("ELNRNG", 48, true),
    ("EUNATCH", 49, true),
    ("ENOCSI", 50, true),
    ("EL2HLT", 51, true),
    ("EBADE", 52, true),
    ("EBADR", 53, true),
    ("EXFULL", 54, true),
    ("ENOANO", 55, true),
    ("EBADRQC", 56, true),
    ("EBADSLT", 57, true),
    ("EBFONT", 59, true),
    ("ENOSTR", 60, true),
    ("ENODATA", 61, true),
    ("ETIME", 62, true),
    ("ENOSR", 63, true),
    ("ENONET", 64, true),
    ("ENOPKG", 65, true),
    ("EREMOTE", 66, true),
    ("ENOLINK", 67, true),
    ("EADV", 68, true),
    ("ESRMNT", 69, true),
    ("ECOMM", 70, true),
    ("EPROTO", 71, true),
    ("EMULTIHOP", 72, true),
    ("EDOTDOT", 73, true),
    ("EBADMSG", 74, true),
    ("EOVERFLOW", 75, true),
    ("ENOTUNIQ", 76, true),
    ("EBADFD", 77, true),
    ("EREMCHG", 78, true),
    ("ELIBACC", 79, true),
    ("ELIBBAD", 80, true),
    ("ELIBSCN", 81, true),
    ("ELIBMAX", 82, true),
    ("ELIBEXEC", 83, true),
    ("EILSEQ", 84, true),
    ("ERESTART", 85, true),
    ("ESTRPIPE", 86, true),
    ("EUSERS", 87, true),
    ("ENOTSOCK", 88, true),
    ("EDESTADDRREQ", 89, true),
    ("EMSGSIZE", 90, true),
    ("EPROTOTYPE", 91, true),
    ("ENOPROTOOPT", 92, true),
    ("EPROTONOSUPPORT", 93, true),
    ("ESOCKTNOSUPPORT", 94, true),
    ("ENOTSUP", 95, true),
    ("EOPNOTSUPP", 95, false),
    ("EPFNOSUPPORT", 96, true),
    ("EAFNOSUPPORT", 97, true),
    ("EADDRINUSE", 98, true),
    ("EADDRNOTAVAIL", 99, true),
    ("ENETDOWN", 100, true),
    ("ENETUNREACH", 101, true),
    ("ENETRESET", 102, true),
    ("ECONNABORTED", 103, true),
    ("ECONNRESET", 104, true),
    ("ENOBUFS", 105, true),
    ("EISCONN", 106, true),
    ("ENOTCONN", 107, true),
    ("ESHUTDOWN", 108, true),
    ("ETOOMANYREFS", 109, true),
    ("ETIMEDOUT", 110, true),
    ("ECONNREFUSED", 111, true),
    ("EHOSTDOWN", 112, true),
    ("EHOSTUNREACH", 113, true),
    ("EALREADY", 114, true),
    ("EINPROGRESS", 115, true),
    ("ESTALE", 116, true),
    ("EUCLEAN", 117, true),
    ("ENOTNAM", 118, true),
    ("ENAVAIL", 119, true),
    ("EISNAM", 120, true),
    ("EREMOTEIO", 121, true),
    ("EDQUOT", 122, true),
    ("ENOMEDIUM", 123, true),
    ("EMEDIUMTYPE", 124, true),
    ("ECANCELED", 125, true),
    ("ENOKEY", 126, true),
    ("EKEYEXPIRED", 127, true),
    ("EKEYREVOKED", 128, true),
    ("EKEYREJECTED", 129, true),
    ("EOWNERDEAD", 130, true),
    ("ENOTRECOVERABLE", 131, true),
    ("ERFKILL", 132, true),
];

/// The `errno` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "errno", |interp, dict| {
        let errorcode = interp.heap.new_dict();
        for &(name, number, primary) in CODES {
            interp.dict_set_str(dict, name, Value::Int(number));
            if primary {
                let name = interp.intern(name);
                if let Some(d) = errorcode.as_obj() {
                    pyrite_objects::types::dict::set_item(interp, d, Value::Int(number), name)?;
                }
                interp.heap.decref(name);
            }
        }
        interp.dict_set_str(dict, "errorcode", errorcode);
        interp.heap.decref(errorcode);
        Ok(())
    })
}
