//! The code cache: a compiled module stored in
//! `__pycache__/NAME.pyrite-311.pyc`, reused while its source is unchanged.
//!
//! Layout (all integers little-endian):
//!
//! | bytes | field                                                        |
//! |-------|--------------------------------------------------------------|
//! | 0–7   | magic `b"PYRITE\r\n"` (a CPython `.pyc` never starts so)     |
//! | 8–11  | format version: bumped whenever `CodeObject`, `Constant` or the opcode table change shape |
//! | 12–19 | source mtime, whole seconds since the epoch                  |
//! | 20–27 | source size in bytes                                         |
//! | 28–31 | CRC-32 of the payload                                        |
//! | 32–39 | payload length                                               |
//! | 40–   | payload: the module's `CodeObject`, serialised with postcard |
//!
//! A cache file is never trusted: a wrong magic or version, a stamp that does
//! not match the source, a length or checksum mismatch (every single-bit
//! error is caught by CRC-32), a payload postcard cannot read, bytes left
//! over, or a code object that fails [`CodeObject::validate`] all make
//! [`read`] return an error, and the caller recompiles and rewrites.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::bytecode::{CodeObject, InvalidCode};

pub const MAGIC: [u8; 8] = *b"PYRITE\r\n";
/// Bumped whenever the serialised `CodeObject` changes shape (2: `str`
/// constants holding lone surrogates, `Constant::SurrogateStr`).
pub const FORMAT_VERSION: u32 = 2;
/// The tag in cache file names, as CPython's `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "pyrite-311";
const HEADER_LEN: usize = 40;

/// What a cache entry must match in its source file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SourceStamp {
    pub mtime: u64,
    pub size: u64,
}

impl SourceStamp {
    /// The stamp of the file at `path`.
    pub fn of_file(path: &Path) -> std::io::Result<SourceStamp> {
        let meta = std::fs::metadata(path)?;
        let mtime = meta
            .modified()?
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Ok(SourceStamp {
            mtime,
            size: meta.len(),
        })
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CacheError {
    TooShort,
    BadMagic,
    WrongVersion(u32),
    Stale,
    BadLength,
    BadChecksum,
    Undecodable(String),
    Invalid(InvalidCode),
    Serialise(String),
}

impl fmt::Display for CacheError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CacheError::TooShort => f.write_str("cache file shorter than its header"),
            CacheError::BadMagic => f.write_str("not a pyrite cache file"),
            CacheError::WrongVersion(v) => write!(f, "cache format version {v} is not ours"),
            CacheError::Stale => f.write_str("cache is older than its source"),
            CacheError::BadLength => f.write_str("cache payload length mismatch"),
            CacheError::BadChecksum => f.write_str("cache payload checksum mismatch"),
            CacheError::Undecodable(e) => write!(f, "cache payload unreadable: {e}"),
            CacheError::Invalid(e) => write!(f, "cached code object invalid: {e}"),
            CacheError::Serialise(e) => write!(f, "cannot serialise code object: {e}"),
        }
    }
}

/// `dir/__pycache__/NAME.pyrite-311.pyc` for `dir/NAME.py`.
pub fn cache_path(source: &Path) -> PathBuf {
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = source.parent().unwrap_or_else(|| Path::new(""));
    dir.join("__pycache__")
        .join(format!("{stem}.{CACHE_TAG}.pyc"))
}

/// The bytes of a cache file for `code` compiled from a source with `stamp`.
pub fn write(code: &CodeObject, stamp: SourceStamp) -> Result<Vec<u8>, CacheError> {
    let payload = postcard::to_allocvec(code).map_err(|e| CacheError::Serialise(e.to_string()))?;
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&stamp.mtime.to_le_bytes());
    out.extend_from_slice(&stamp.size.to_le_bytes());
    out.extend_from_slice(&crc32(&payload).to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&payload);
    Ok(out)
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut buf = [0; 4];
    buf.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(buf)
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut buf = [0; 8];
    buf.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(buf)
}

/// Reads a cache file, accepting it only if everything checks (module doc).
pub fn read(bytes: &[u8], expected: SourceStamp) -> Result<CodeObject, CacheError> {
    let payload = payload_of(bytes, expected)?;
    if crc32(payload) != u32_at(bytes, 28) {
        return Err(CacheError::BadChecksum);
    }
    decode(payload, true)
}

/// Reads an image that the build compiled into the running executable (the
/// bundled standard library): the header is checked as [`read`] checks it,
/// but not the checksum, and the code object is not validated. Those
/// guard against files changed behind the cache's back; an image built
/// into the program by this same compiler cannot be, so importing a bundled
/// module does not pay for them.
pub fn read_built_in(bytes: &[u8], expected: SourceStamp) -> Result<CodeObject, CacheError> {
    decode(payload_of(bytes, expected)?, false)
}

/// The payload of a cache image whose header matches `expected`.
fn payload_of(bytes: &[u8], expected: SourceStamp) -> Result<&[u8], CacheError> {
    if bytes.len() < HEADER_LEN {
        return Err(CacheError::TooShort);
    }
    if bytes[..8] != MAGIC {
        return Err(CacheError::BadMagic);
    }
    let version = u32_at(bytes, 8);
    if version != FORMAT_VERSION {
        return Err(CacheError::WrongVersion(version));
    }
    let stamp = SourceStamp {
        mtime: u64_at(bytes, 12),
        size: u64_at(bytes, 20),
    };
    if stamp != expected {
        return Err(CacheError::Stale);
    }
    let payload = &bytes[HEADER_LEN..];
    if u64_at(bytes, 32) != payload.len() as u64 {
        return Err(CacheError::BadLength);
    }
    Ok(payload)
}

/// The code object serialised in `payload`, validated if `validate`.
fn decode(payload: &[u8], validate: bool) -> Result<CodeObject, CacheError> {
    // Nested constants and code objects deserialise recursively.
    crate::stack::with_compiler_stack(|| {
        let (code, rest): (CodeObject, &[u8]) = postcard::take_from_bytes(payload)
            .map_err(|e| CacheError::Undecodable(e.to_string()))?;
        if !rest.is_empty() {
            return Err(CacheError::BadLength);
        }
        if validate {
            code.validate().map_err(CacheError::Invalid)?;
        }
        Ok(code)
    })
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a
/// reader never sees half a file; creates `__pycache__` if needed.
pub fn store(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut temp = path.as_os_str().to_owned();
    temp.push(format!(".{}.tmp", std::process::id()));
    let temp = PathBuf::from(temp);
    std::fs::write(&temp, bytes)?;
    std::fs::rename(&temp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

/// CRC-32 (IEEE 802.3, reflected, as zlib's `crc32`).
pub fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    let mut crc = !0u32;
    for &b in bytes {
        crc = TABLE[((crc ^ u32::from(b)) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}
