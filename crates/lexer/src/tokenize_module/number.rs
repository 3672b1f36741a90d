//! `tokenize.py`'s number regex, for reading malformed numbers as it does.

/// `tokenize.py`'s `Number` regex: the length of its match at the start of
/// `s`. Its alternatives are tried in order (imaginary, float, integer), as
/// a regex alternation does, not longest-first.
pub(super) fn regex_number(s: &[u8]) -> Option<usize> {
    let digits = |i: usize, is_digit: fn(u8) -> bool| -> Option<usize> {
        // `[d](?:_?[d])*`
        if !s.get(i).copied().is_some_and(is_digit) {
            return None;
        }
        let mut j = i + 1;
        loop {
            match s.get(j) {
                Some(b'_') if s.get(j + 1).copied().is_some_and(is_digit) => j += 2,
                Some(&b) if is_digit(b) => j += 1,
                _ => return Some(j),
            }
        }
    };
    let decimal = |i| digits(i, |b| b.is_ascii_digit());
    let exponent = |i: usize| -> Option<usize> {
        if !matches!(s.get(i), Some(b'e' | b'E')) {
            return None;
        }
        let i = if matches!(s.get(i + 1), Some(b'+' | b'-')) {
            i + 2
        } else {
            i + 1
        };
        decimal(i)
    };
    let point_float = || -> Option<usize> {
        let end = match decimal(0) {
            Some(end) if s.get(end) == Some(&b'.') => decimal(end + 1).unwrap_or(end + 1),
            _ if s.first() == Some(&b'.') => decimal(1)?,
            _ => return None,
        };
        Some(exponent(end).unwrap_or(end))
    };
    let float = || point_float().or_else(|| exponent(decimal(0)?));
    let is_j = |i: usize| matches!(s.get(i), Some(b'j' | b'J'));
    let imaginary = || {
        decimal(0)
            .filter(|&end| is_j(end))
            .or_else(|| float().filter(|&end| is_j(end)))
            .map(|end| end + 1)
    };
    let prefixed = |letters: &[u8], is_digit: fn(u8) -> bool| -> Option<usize> {
        if s.first() != Some(&b'0') || !s.get(1).is_some_and(|b| letters.contains(b)) {
            return None;
        }
        // `(?:_?[d])+`
        let start = if s.get(2) == Some(&b'_') { 3 } else { 2 };
        digits(start, is_digit)
    };
    let integer = || {
        prefixed(b"xX", |b| b.is_ascii_hexdigit())
            .or_else(|| prefixed(b"bB", |b| matches!(b, b'0' | b'1')))
            .or_else(|| prefixed(b"oO", |b| (b'0'..=b'7').contains(&b)))
            .or_else(|| match s.first() {
                Some(b'0') => digits(0, |b| b == b'0'),
                Some(b'1'..=b'9') => decimal(0),
                _ => None,
            })
    };
    imaginary().or_else(float).or_else(integer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_regex_matches_tokenize_py() {
        assert_eq!(regex_number(b"0777"), Some(1));
        assert_eq!(regex_number(b"777"), Some(3));
        assert_eq!(regex_number(b"1__0"), Some(1));
        assert_eq!(regex_number(b"1_000.5e-3j"), Some(11));
        assert_eq!(regex_number(b"0x_1fL"), Some(5));
        assert_eq!(regex_number(b"1e"), Some(1));
        assert_eq!(regex_number(b".5"), Some(2));
        assert_eq!(regex_number(b"abc"), None);
    }
}
