//! Byte offset → (line, column), computed when a message needs it
//! (DESIGN.md invariant 3: spans are byte ranges).

/// The start offsets of every line of a source text.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as Python's universal newlines.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts }
    }

    /// The 1-based line number containing `offset`.
    pub fn line(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&(offset as u32)) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The byte offset at which the 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts[line.saturating_sub(1).min(self.line_starts.len() - 1)] as usize
    }

    /// The number of lines (a text that ends with a newline has an empty last line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 1-based line and 0-based UTF-8 byte column of `offset`
    /// (the columns of `co_positions` and of `tokenize`'s byte offsets).
    pub fn line_col_bytes(&self, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        (line, offset - self.line_start(line))
    }

    /// 1-based line and 0-based character column of `offset`
    /// (the columns of `tokenize` and of `SyntaxError.offset - 1`).
    pub fn line_col_chars(&self, source: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.line_start(line);
        let column = source.get(start..offset).map_or(0, |s| s.chars().count());
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_at_every_newline_style() {
        let source = "a\nb\r\nc\rd";
        let index = LineIndex::new(source);
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_col_bytes(0), (1, 0));
        assert_eq!(index.line_col_bytes(2), (2, 0));
        assert_eq!(index.line_col_bytes(5), (3, 0));
        assert_eq!(index.line_col_bytes(7), (4, 0));
    }

    #[test]
    fn character_columns_count_code_points() {
        let source = "x = 'é' + y";
        let index = LineIndex::new(source);
        let y = source.find('y').unwrap();
        assert_eq!(index.line_col_bytes(y), (1, 11));
        assert_eq!(index.line_col_chars(source, y), (1, 10));
    }
}
