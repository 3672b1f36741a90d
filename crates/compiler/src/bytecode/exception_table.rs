//! The exception table (`co_exceptiontable`), CPython 3.11's "zero-cost"
//! exception handling.
//!
//! Instead of pushing blocks at run time, the compiler records which
//! instruction ranges are protected by which handler. When an exception is
//! raised at code unit `i`, the VM finds the entry with `start <= i < end`,
//! pops the value stack down to `depth` items, pushes the offset of the
//! raising instruction if `lasti` is set, pushes the exception, and jumps to
//! `target`.
//!
//! Encoding: each entry is four varints — start, length, target, and
//! `depth << 1 | lasti` — all in code units. These varints are 6 bits per
//! byte, *most* significant first, bit 6 meaning "more follows"; bit 7 marks
//! the first byte of an entry.
//!
//! Invariant: entries are sorted by `start` and do not overlap (the
//! assembler emits them in instruction order).

use std::fmt;

/// One protected range. Offsets are in code units (2 bytes each); `dis`
/// prints them doubled, as byte offsets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ExceptionTableEntry {
    pub start: u32,
    /// One past the last protected code unit.
    pub end: u32,
    pub target: u32,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u32,
    /// Whether the offset of the raising instruction is pushed first.
    pub lasti: bool,
}

fn write_item(out: &mut Vec<u8>, value: u32, entry_start: bool) {
    let mut marker = if entry_start { 0x80 } else { 0 };
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push((((value >> shift) & 0x3f) as u8) | 0x40 | marker);
            marker = 0;
        }
    }
    out.push((value & 0x3f) as u8 | marker);
}

/// Encodes entries as `co_exceptiontable` bytes.
pub fn encode(entries: &[ExceptionTableEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in entries {
        write_item(&mut out, entry.start, true);
        write_item(&mut out, entry.end - entry.start, false);
        write_item(&mut out, entry.target, false);
        write_item(&mut out, entry.depth << 1 | u32::from(entry.lasti), false);
    }
    out
}

/// Why an exception table cannot be read.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ExceptionTableError {
    Truncated,
    MissingEntryStart(usize),
    TooLarge,
}

impl fmt::Display for ExceptionTableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExceptionTableError::Truncated => f.write_str("exception table ends inside an entry"),
            ExceptionTableError::MissingEntryStart(at) => {
                write!(f, "exception table entry expected at byte {at}")
            }
            ExceptionTableError::TooLarge => f.write_str("exception table value out of range"),
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn item(&mut self) -> Result<u32, ExceptionTableError> {
        let mut value: u32 = 0;
        for count in 0.. {
            let b = *self
                .bytes
                .get(self.at)
                .ok_or(ExceptionTableError::Truncated)?;
            self.at += 1;
            if count >= 5 {
                return Err(ExceptionTableError::TooLarge);
            }
            value = (value << 6) | u32::from(b & 0x3f);
            if b & 0x40 == 0 {
                break;
            }
        }
        Ok(value)
    }
}

/// Reads `co_exceptiontable` back into entries.
pub fn decode(table: &[u8]) -> Result<Vec<ExceptionTableEntry>, ExceptionTableError> {
    let mut reader = Reader {
        bytes: table,
        at: 0,
    };
    let mut out = Vec::new();
    while reader.at < table.len() {
        if table[reader.at] & 0x80 == 0 {
            return Err(ExceptionTableError::MissingEntryStart(reader.at));
        }
        let start = reader.item()?;
        let length = reader.item()?;
        let target = reader.item()?;
        let depth_lasti = reader.item()?;
        let end = start
            .checked_add(length)
            .ok_or(ExceptionTableError::TooLarge)?;
        out.push(ExceptionTableEntry {
            start,
            end,
            target,
            depth: depth_lasti >> 1,
            lasti: depth_lasti & 1 != 0,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_bytes() {
        // try:\n    f()\nexcept:\n    pass   at module level; python3.11's
        // co_exceptiontable, shown by dis as "4 to 22 -> 28 [0]" and
        // "28 to 30 -> 38 [1] lasti".
        let entries = [
            ExceptionTableEntry {
                start: 2,
                end: 12,
                target: 14,
                depth: 0,
                lasti: false,
            },
            ExceptionTableEntry {
                start: 14,
                end: 16,
                target: 19,
                depth: 1,
                lasti: true,
            },
        ];
        let bytes = encode(&entries);
        assert_eq!(bytes, b"\x82\n\x0e\x00\x8e\x02\x13\x03".to_vec());
        assert_eq!(decode(&bytes).unwrap(), entries);
    }

    #[test]
    fn large_values_round_trip() {
        let entries = [ExceptionTableEntry {
            start: 70_000,
            end: 70_000 + (1 << 20),
            target: (1 << 29) + 5,
            depth: 300,
            lasti: true,
        }];
        assert_eq!(decode(&encode(&entries)).unwrap(), entries);
    }

    #[test]
    fn malformed_tables_are_errors() {
        assert_eq!(decode(&[0x82, 0x05]), Err(ExceptionTableError::Truncated));
        assert_eq!(
            decode(&[0x02, 0x05, 0x08, 0x00]),
            Err(ExceptionTableError::MissingEntryStart(0))
        );
        assert_eq!(
            decode(&[0xff, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x01]),
            Err(ExceptionTableError::TooLarge)
        );
    }
}
