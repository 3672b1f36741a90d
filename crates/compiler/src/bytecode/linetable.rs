//! The location table (`co_linetable`) in CPython 3.11's format.
//!
//! Every code unit has a source position: a line range and a column range
//! (UTF-8 byte columns), or none. The table stores them as a run of entries,
//! each covering 1–8 code units. An entry's first byte is
//! `0x80 | code << 3 | (units - 1)`; the code says what follows:
//!
//! | code  | form        | payload                                              |
//! |-------|-------------|------------------------------------------------------|
//! | 0–9   | short       | one byte: column = code*8 + high 3 bits, end = column + low 4 bits (same line) |
//! | 10–12 | one line    | line delta = code − 10, then column and end column bytes |
//! | 13    | no columns  | signed varint line delta                              |
//! | 14    | long        | signed varint line delta, varint end-line delta, varint column+1, varint end column+1 |
//! | 15    | none        | nothing: these units have no position                |
//!
//! Line deltas are relative to the previous entry's line, starting from
//! `co_firstlineno`. Varints are 6 bits per byte, least significant first,
//! bit 6 meaning "more follows"; signed varints keep the sign in bit 0.
//!
//! Invariant: [`encode`] writes exactly the bytes CPython 3.11's assembler
//! writes for the same positions, and [`decode`] reads them back unit by
//! unit as `co_positions()` does.

use std::fmt;

/// A source range: lines are 1-based, columns are 0-based UTF-8 byte offsets.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

impl Location {
    /// A location known only by its line.
    pub fn line(line: u32) -> Location {
        Location {
            line,
            end_line: line,
            col: None,
            end_col: None,
        }
    }
}

/// One code unit's entry in `co_positions()`: `(lineno, end_lineno,
/// col_offset, end_col_offset)`, each possibly `None`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Position {
    pub line: Option<u32>,
    pub end_line: Option<u32>,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

const SHORT0: u8 = 0;
const ONE_LINE0: u8 = 10;
const NO_COLUMNS: u8 = 13;
const LONG: u8 = 14;
const NONE: u8 = 15;

/// Writes the location table for instructions given as
/// `(size in code units, location)`, the first line being `first_line`.
pub fn encode(first_line: u32, instructions: &[(usize, Option<Location>)]) -> Vec<u8> {
    let mut writer = Writer {
        out: Vec::new(),
        line: i64::from(first_line),
    };
    for &(mut size, location) in instructions {
        while size > 8 {
            writer.entry(8, location);
            size -= 8;
        }
        if size > 0 {
            writer.entry(size, location);
        }
    }
    writer.out
}

struct Writer {
    out: Vec<u8>,
    line: i64,
}

impl Writer {
    fn first_byte(&mut self, code: u8, units: usize) {
        debug_assert!((1..=8).contains(&units));
        self.out.push(0x80 | (code << 3) | (units as u8 - 1));
    }

    fn varint(&mut self, mut value: u64) {
        while value >= 64 {
            self.out.push(64 | (value & 63) as u8);
            value >>= 6;
        }
        self.out.push(value as u8);
    }

    fn signed_varint(&mut self, value: i64) {
        let folded = if value < 0 {
            (value.unsigned_abs() << 1) | 1
        } else {
            (value as u64) << 1
        };
        self.varint(folded);
    }

    /// One entry, choosing the form as CPython's
    /// `write_location_info_entry` does.
    fn entry(&mut self, units: usize, location: Option<Location>) {
        let Some(loc) = location else {
            self.first_byte(NONE, units);
            return;
        };
        let line = i64::from(loc.line);
        let delta = line - self.line;
        match (loc.col, loc.end_col) {
            (Some(col), Some(end_col)) if loc.end_line == loc.line => {
                if delta == 0 && col < 80 && end_col >= col && end_col - col < 16 {
                    self.first_byte(SHORT0 + (col >> 3) as u8, units);
                    self.out.push((((col & 7) << 4) | (end_col - col)) as u8);
                    return;
                }
                if (0..3).contains(&delta) && col < 128 && end_col < 128 {
                    self.first_byte(ONE_LINE0 + delta as u8, units);
                    self.out.push(col as u8);
                    self.out.push(end_col as u8);
                    self.line = line;
                    return;
                }
            }
            (Some(_), Some(_)) => {}
            _ if loc.end_line == loc.line => {
                self.first_byte(NO_COLUMNS, units);
                self.signed_varint(delta);
                self.line = line;
                return;
            }
            _ => {}
        }
        self.first_byte(LONG, units);
        self.signed_varint(delta);
        self.varint(u64::from(loc.end_line.saturating_sub(loc.line)));
        self.varint(loc.col.map_or(0, |c| u64::from(c) + 1));
        self.varint(loc.end_col.map_or(0, |c| u64::from(c) + 1));
        self.line = line;
    }
}

/// Why a location table cannot be read.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LineTableError {
    /// An entry does not start with its marker bit at this byte.
    MissingEntryStart(usize),
    /// The table ends inside an entry.
    Truncated,
    /// A line number left the range of `u32`.
    LineOutOfRange,
}

impl fmt::Display for LineTableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineTableError::MissingEntryStart(at) => {
                write!(f, "location table entry expected at byte {at}")
            }
            LineTableError::Truncated => f.write_str("location table ends inside an entry"),
            LineTableError::LineOutOfRange => f.write_str("location table line out of range"),
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LineTableError> {
        let b = *self.bytes.get(self.at).ok_or(LineTableError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, LineTableError> {
        let mut b = self.byte()?;
        let mut value = u64::from(b & 63);
        let mut shift = 0;
        while b & 64 != 0 {
            b = self.byte()?;
            shift += 6;
            if shift >= 60 {
                return Err(LineTableError::LineOutOfRange);
            }
            value |= u64::from(b & 63) << shift;
        }
        Ok(value)
    }

    fn signed_varint(&mut self) -> Result<i64, LineTableError> {
        let folded = self.varint()?;
        let magnitude = (folded >> 1) as i64;
        Ok(if folded & 1 != 0 {
            -magnitude
        } else {
            magnitude
        })
    }
}

fn to_line(value: i64) -> Result<u32, LineTableError> {
    u32::try_from(value).map_err(|_| LineTableError::LineOutOfRange)
}

fn to_col(value: u64) -> Option<u32> {
    // Stored as column + 1, zero meaning "unknown".
    value.checked_sub(1).and_then(|c| u32::try_from(c).ok())
}

/// Reads the table back into one [`Position`] per code unit.
pub fn decode(first_line: u32, table: &[u8]) -> Result<Vec<Position>, LineTableError> {
    Ok(decode_entries(first_line, table)?
        .into_iter()
        .flat_map(|(position, units)| std::iter::repeat_n(position, units))
        .collect())
}

/// `co_lines()` as CPython 3.11 gives it: the `(start, end, line)` byte
/// range of each entry of the table (one per instruction, or per eight
/// code units of a longer one), neighbours on one line not merged.
pub fn entry_lines(
    first_line: u32,
    table: &[u8],
) -> Result<Vec<(usize, usize, Option<u32>)>, LineTableError> {
    let mut start = 0;
    let mut out = Vec::new();
    for (position, units) in decode_entries(first_line, table)? {
        out.push((start, start + units * 2, position.line));
        start += units * 2;
    }
    Ok(out)
}

/// The table's entries: each position with the number of code units it
/// covers.
pub fn decode_entries(
    first_line: u32,
    table: &[u8],
) -> Result<Vec<(Position, usize)>, LineTableError> {
    let mut reader = Reader {
        bytes: table,
        at: 0,
    };
    let mut line = i64::from(first_line);
    let mut out = Vec::new();
    while reader.at < table.len() {
        let start = reader.at;
        let first = reader.byte()?;
        if first & 0x80 == 0 {
            return Err(LineTableError::MissingEntryStart(start));
        }
        let code = (first >> 3) & 15;
        let units = usize::from(first & 7) + 1;
        let position = match code {
            NONE => Position::default(),
            LONG => {
                line += reader.signed_varint()?;
                let end = line + reader.varint()? as i64;
                let col = reader.varint()?;
                let end_col = reader.varint()?;
                Position {
                    line: Some(to_line(line)?),
                    end_line: Some(to_line(end)?),
                    col: to_col(col),
                    end_col: to_col(end_col),
                }
            }
            NO_COLUMNS => {
                line += reader.signed_varint()?;
                let l = Some(to_line(line)?);
                Position {
                    line: l,
                    end_line: l,
                    col: None,
                    end_col: None,
                }
            }
            10..=12 => {
                line += i64::from(code - ONE_LINE0);
                let l = Some(to_line(line)?);
                let col = reader.byte()?;
                let end_col = reader.byte()?;
                Position {
                    line: l,
                    end_line: l,
                    col: Some(u32::from(col)),
                    end_col: Some(u32::from(end_col)),
                }
            }
            _ => {
                let second = reader.byte()?;
                let col = u32::from(code) << 3 | u32::from(second >> 4);
                let l = Some(to_line(line)?);
                Position {
                    line: l,
                    end_line: l,
                    col: Some(col),
                    end_col: Some(col + u32::from(second & 15)),
                }
            }
        };
        out.push((position, units));
    }
    Ok(out)
}

/// The `(start, end, line)` byte ranges of per-unit positions, merging
/// neighbours on the same line (what `dis` needs to find line starts).
pub fn lines(positions: &[Position]) -> Vec<(usize, usize, Option<u32>)> {
    let mut out: Vec<(usize, usize, Option<u32>)> = Vec::new();
    for (unit, position) in positions.iter().enumerate() {
        let (start, end) = (unit * 2, unit * 2 + 2);
        match out.last_mut() {
            Some(last) if last.2 == position.line => last.1 = end,
            _ => out.push((start, end, position.line)),
        }
    }
    out
}

/// `dis.findlinestarts`: the byte offsets where a new line begins.
pub fn line_starts(positions: &[Position]) -> Vec<(usize, u32)> {
    let mut last = None;
    let mut out = Vec::new();
    for (start, _, line) in lines(positions) {
        if let Some(line) = line
            && last != Some(line)
        {
            last = Some(line);
            out.push((start, line));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32, end_line: u32, end_col: u32) -> Option<Location> {
        Some(Location {
            line,
            end_line,
            col: Some(col),
            end_col: Some(end_col),
        })
    }

    #[test]
    fn cpython_bytes_for_a_small_function() {
        // def f(x):\n    return x + 1   (co_linetable of python3.11)
        let table = encode(
            1,
            &[
                (1, at(1, 0, 1, 0)),
                (1, at(2, 11, 2, 12)),
                (1, at(2, 15, 2, 16)),
                (2, at(2, 11, 2, 16)),
                (1, at(2, 4, 2, 16)),
            ],
        );
        assert_eq!(
            table,
            b"\x80\x00\xd8\x0b\x0c\x88\x71\x89\x35\x80\x4c".to_vec()
        );
    }

    #[test]
    fn every_form_round_trips() {
        let instructions = vec![
            (1, at(5, 0, 5, 0)),
            (1, at(5, 79, 5, 94)),
            (3, at(6, 100, 6, 120)),
            (1, Some(Location::line(9))),
            (1, Some(Location::line(2))),
            (12, at(2, 300, 4, 2)),
            (1, None),
            (1, at(2, 200, 2, 100)),
            (
                1,
                Some(Location {
                    line: 3,
                    end_line: 7,
                    col: None,
                    end_col: None,
                }),
            ),
        ];
        let table = encode(5, &instructions);
        let positions = decode(5, &table).unwrap();
        let mut unit = 0;
        for (size, location) in instructions {
            for _ in 0..size {
                let p = positions[unit];
                match location {
                    None => assert_eq!(p, Position::default()),
                    Some(loc) => {
                        assert_eq!(p.line, Some(loc.line));
                        assert_eq!(p.end_line, Some(loc.end_line));
                        assert_eq!(p.col, loc.col);
                        assert_eq!(p.end_col, loc.end_col);
                    }
                }
                unit += 1;
            }
        }
        assert_eq!(unit, positions.len());
    }

    #[test]
    fn malformed_tables_are_errors() {
        assert_eq!(
            decode(1, &[0x00]),
            Err(LineTableError::MissingEntryStart(0))
        );
        assert_eq!(
            decode(1, &[0x80 | (14 << 3)]),
            Err(LineTableError::Truncated)
        );
        // A line delta taking the line below 1.
        assert_eq!(
            decode(1, &[0x80 | (13 << 3), 0x05]),
            Err(LineTableError::LineOutOfRange)
        );
    }

    #[test]
    fn line_starts_skip_repeats_and_missing_lines() {
        let positions = decode(
            1,
            &encode(
                1,
                &[
                    (1, Some(Location::line(1))),
                    (1, Some(Location::line(2))),
                    (1, None),
                    (1, Some(Location::line(2))),
                    (1, Some(Location::line(3))),
                ],
            ),
        )
        .unwrap();
        assert_eq!(line_starts(&positions), vec![(0, 1), (2, 2), (8, 3)]);
    }
}
