//! `repr()` of literals against CPython 3.11. The fixtures are python3.11's
//! own answers, recorded by `tests/fixtures/literal_repr/record.py`:
//! `str.isprintable()` for every code point, `repr(chr(c))` on both sides
//! of every printable/non-printable boundary, `repr(float)` across every
//! binary exponent and `repr(complex)` for a grid of special parts.

use pyrite_lexer::{complex_repr, float_repr, is_printable, str_repr};

fn hex(field: &str) -> u64 {
    u64::from_str_radix(field, 16).expect("fixture fields are hexadecimal")
}

/// `is_printable` for every code point but the surrogates, which a Rust
/// `char` cannot hold.
#[test]
fn is_printable_matches_every_code_point() {
    let mut changes: Vec<(u32, bool)> = include_str!("fixtures/literal_repr/isprintable.txt")
        .lines()
        .map(|line| {
            let (code, value) = line.split_once(' ').expect("`HEX 0|1` lines");
            (hex(code) as u32, value == "1")
        })
        .collect();
    changes.push((0x110000, false));
    let mut checked = 0;
    let mut wrong = Vec::new();
    for run in changes.windows(2) {
        let ((start, printable), (end, _)) = (run[0], run[1]);
        for c in (start..end).filter_map(char::from_u32) {
            checked += 1;
            if is_printable(c) != printable {
                wrong.push(format!("U+{:04X}", u32::from(c)));
            }
        }
    }
    assert_eq!(checked, 0x110000 - 0x800);
    assert!(wrong.is_empty(), "differ from python3.11: {wrong:?}");
}

#[test]
fn str_repr_matches_at_every_boundary() {
    let mut wrong = Vec::new();
    for line in include_str!("fixtures/literal_repr/str.txt").lines() {
        let (code, expected) = line.split_once(' ').expect("`HEX repr` lines");
        let c = char::from_u32(hex(code) as u32).expect("no surrogates in the fixture");
        let got = str_repr(&c.to_string());
        if got != expected {
            wrong.push(format!("U+{code}: {got} != {expected}"));
        }
    }
    assert!(wrong.is_empty(), "differ from python3.11: {wrong:?}");
}

#[test]
fn float_repr_matches_across_magnitudes() {
    let mut wrong = Vec::new();
    for line in include_str!("fixtures/literal_repr/float.txt").lines() {
        let (bits, expected) = line.split_once(' ').expect("`BITS repr` lines");
        let got = float_repr(f64::from_bits(hex(bits)));
        if got != expected {
            wrong.push(format!("{bits}: {got} != {expected}"));
        }
    }
    assert!(wrong.is_empty(), "differ from python3.11: {wrong:?}");
}

#[test]
fn complex_repr_matches_for_special_parts() {
    let mut wrong = Vec::new();
    for line in include_str!("fixtures/literal_repr/complex.txt").lines() {
        let mut fields = line.splitn(3, ' ');
        let (Some(real), Some(imag), Some(expected)) =
            (fields.next(), fields.next(), fields.next())
        else {
            panic!("`REALBITS IMAGBITS repr` lines, not {line:?}");
        };
        let got = complex_repr(f64::from_bits(hex(real)), f64::from_bits(hex(imag)));
        if got != expected {
            wrong.push(format!("{real} {imag}: {got} != {expected}"));
        }
    }
    assert!(wrong.is_empty(), "differ from python3.11: {wrong:?}");
}
