//! Descriptors opened by `os.open`: a table from each descriptor's number
//! to the `File` that owns it. `os.close` closes a descriptor by dropping
//! its `File`; `open(fd)` takes the `File` over (or, with `closefd=False`,
//! a duplicate of it).
//!
//! Invariant: every number in the table is the operating system's own
//! descriptor number of the `File` it maps to, so the numbers a program
//! sees are real and never collide.

use std::fs::File;
use std::os::fd::AsRawFd;

use pyrite_objects::PyErr;

use super::OpenFiles;

impl OpenFiles {
    /// Keep `file` open under its descriptor number, which is returned.
    pub(crate) fn add_descriptor(&mut self, file: File) -> i32 {
        let fd = file.as_raw_fd();
        self.descriptors.insert(fd, file);
        fd
    }

    /// The file behind descriptor `fd`, or `OSError: [Errno 9] Bad file
    /// descriptor`.
    pub(crate) fn descriptor(&mut self, fd: i64) -> Result<&mut File, PyErr> {
        i32::try_from(fd)
            .ok()
            .and_then(|fd| self.descriptors.get_mut(&fd))
            .ok_or_else(bad_descriptor)
    }

    /// Close descriptor `fd`.
    pub(crate) fn close_descriptor(&mut self, fd: i64) -> Result<(), PyErr> {
        i32::try_from(fd)
            .ok()
            .and_then(|fd| self.descriptors.remove(&fd))
            .map(drop)
            .ok_or_else(bad_descriptor)
    }

    /// The file behind `fd` for a new file object: the descriptor's own
    /// file (leaving the table) when the object will close it, else a
    /// duplicate.
    pub(super) fn take_descriptor(&mut self, fd: i64, closefd: bool) -> Result<File, PyErr> {
        if closefd {
            return i32::try_from(fd)
                .ok()
                .and_then(|fd| self.descriptors.remove(&fd))
                .ok_or_else(bad_descriptor);
        }
        self.descriptor(fd)?
            .try_clone()
            .map_err(|e| super::os_error(&e, None))
    }
}

/// `OSError: [Errno 9] Bad file descriptor`.
pub(crate) fn bad_descriptor() -> PyErr {
    PyErr::Os {
        errno: 9,
        strerror: "Bad file descriptor".to_string(),
        filename: None,
    }
}
