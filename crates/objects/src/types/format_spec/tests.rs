//! `format(value, spec)` cases with the results `python3.11` printed for
//! them (ints, floats, strs; errors as exception class and message).

// The values are test data, not approximations of constants.
#![allow(clippy::approx_constant)]

use super::*;

fn check(got: PyResult<String>, kind: &str, expected: &str, what: &str) {
    match got {
        Ok(s) => assert_eq!(("Ok", s.as_str()), (kind, expected), "{what}"),
        Err(e) => {
            let name = e.kind().map(|k| k.name()).unwrap_or("?");
            assert_eq!(
                (name, e.message().unwrap_or("")),
                (kind, expected),
                "{what}"
            );
        }
    }
}

#[test]
fn ints() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("5", "x", "Ok", "5"),
        (
            "5",
            "abc",
            "ValueError",
            "Invalid format specifier 'abc' for object of type 'int'",
        ),
        (
            "5",
            ".2",
            "ValueError",
            "Precision not allowed in integer format specifier",
        ),
        (
            "5",
            "s",
            "ValueError",
            "Unknown format code 's' for object of type 'int'",
        ),
        ("5", ",x", "ValueError", "Cannot specify ',' with 'x'."),
        ("5", "_d", "Ok", "5"),
        ("5", "c", "Ok", ""),
        ("-5", "c", "OverflowError", "%c arg not in range(0x110000)"),
        ("5", "=^10", "Ok", "====5====="),
        (
            "5",
            "10000000000000000000000",
            "ValueError",
            "Too many decimal digits in format string",
        ),
        (
            "5",
            "#c",
            "ValueError",
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ),
        (
            "5",
            ".2c",
            "ValueError",
            "Precision not allowed in integer format specifier",
        ),
        (
            "5",
            "+c",
            "ValueError",
            "Sign not allowed with integer format specifier 'c'",
        ),
        ("1234567", "n", "Ok", "1234567"),
        (
            "1234567",
            ",n",
            "ValueError",
            "Cannot specify ',' with 'n'.",
        ),
        (
            "1",
            "zd",
            "ValueError",
            "Negative zero coercion (z) not allowed in integer format specifier",
        ),
        ("5", "_c", "ValueError", "Cannot specify '_' with 'c'."),
        (
            "1606938044258990275541962092341162602522202993782792835301376",
            "c",
            "OverflowError",
            "Python int too large to convert to C long",
        ),
        ("1234", "08,d", "Ok", "0,001,234"),
        ("1234", "09,d", "Ok", "0,001,234"),
        ("-1234", "010,d", "Ok", "-0,001,234"),
        ("255", "#010_x", "Ok", "0x000_00ff"),
        ("12345678", "_x", "Ok", "bc_614e"),
        ("5", "+05", "Ok", "+0005"),
        ("5", " d", "Ok", " 5"),
        ("-5", "x", "Ok", "-5"),
        ("5", "#X", "Ok", "0X5"),
        ("5", "#o", "Ok", "0o5"),
        ("5", "#b", "Ok", "0b101"),
        (
            "1000000000000000000000000000000",
            ",d",
            "Ok",
            "1,000,000,000,000,000,000,000,000,000,000",
        ),
        ("-255", "#x", "Ok", "-0xff"),
        ("42", "*^9", "Ok", "***42****"),
        ("42", "<5", "Ok", "42   "),
        ("42", "e", "Ok", "4.200000e+01"),
        ("42", ".2%", "Ok", "4200.00%"),
        ("12345", "_b", "Ok", "11_0000_0011_1001"),
        ("0", "05", "Ok", "00000"),
        ("0", "+d", "Ok", "+0"),
        ("1234", "", "Ok", "1234"),
        ("1234", ">10,", "Ok", "     1,234"),
        ("7", "=+5", "Ok", "+   7"),
        ("99", "#08b", "Ok", "0b1100011"),
    ];
    for (v, spec, kind, expected) in cases {
        let i = Int::parse(v, 10, 0).expect("test values are ints");
        check(
            format_int(&i, spec),
            kind,
            expected,
            &format!("format({v}, {spec:?})"),
        );
    }
}

#[test]
fn floats() {
    let cases: &[(f64, &str, &str, &str)] = &[
        (
            1.5,
            "d",
            "ValueError",
            "Unknown format code 'd' for object of type 'float'",
        ),
        (1.5, ".", "ValueError", "Format specifier missing precision"),
        (1.5, ",_", "ValueError", "Cannot specify both ',' and '_'."),
        (
            1.5,
            ".2x",
            "ValueError",
            "Unknown format code 'x' for object of type 'float'",
        ),
        (1.5, "n", "Ok", "1.5"),
        (1.5, "z", "Ok", "1.5"),
        (1.0, ".3", "Ok", "1.0"),
        (1e+20, ".3", "Ok", "1e+20"),
        (1.5, "", "Ok", "1.5"),
        (1e+16, "", "Ok", "1e+16"),
        (123.456, ".2", "Ok", "1.2e+02"),
        (1.0, "#.3g", "Ok", "1.00"),
        (0.0001234, "g", "Ok", "0.0001234"),
        (1234567.0, "g", "Ok", "1.23457e+06"),
        (1e-05, ".3e", "Ok", "1.000e-05"),
        (-0.0, "z.1f", "Ok", "0.0"),
        (-0.001, "z.1f", "Ok", "0.0"),
        (1234567.891, ",.2f", "Ok", "1,234,567.89"),
        (f64::INFINITY, "010", "Ok", "0000000inf"),
        (f64::NAN, "+F", "Ok", "+NAN"),
        (0.5, "%", "Ok", "50.000000%"),
        (0.5, ".1%", "Ok", "50.0%"),
        (1.5, "#", "Ok", "1.5"),
        (1.0, "#", "Ok", "1.0"),
        (100.0, ".0e", "Ok", "1e+02"),
        (1.0, "n", "Ok", "1"),
        (12345.678, "_f", "Ok", "12_345.678000"),
        (3.14159, "10.3f", "Ok", "     3.142"),
        (3.14159, "<10.3f", "Ok", "3.142     "),
        (3.14159, "^10.3f", "Ok", "  3.142   "),
        (-3.14159, "=+10.3f", "Ok", "-    3.142"),
        (2.5, ".0f", "Ok", "2"),
        (1.25, ".1f", "Ok", "1.2"),
        (0.1, ".20f", "Ok", "0.10000000000000000555"),
        (0.3333333333333333, ".17g", "Ok", "0.33333333333333331"),
        (123456789.0, "e", "Ok", "1.234568e+08"),
        (1e-10, "", "Ok", "1e-10"),
        (-1e-10, ".2", "Ok", "-1e-10"),
        (0.0, "e", "Ok", "0.000000e+00"),
        (0.0, "g", "Ok", "0"),
        (0.0, ".3", "Ok", "0.0"),
        (5e-324, "", "Ok", "5e-324"),
        (
            1e+100,
            "f",
            "Ok",
            "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000",
        ),
        (-1234.5, "010.2f", "Ok", "-001234.50"),
        (1234.5, "010,.1f", "Ok", "0,001,234.5"),
        (f64::NEG_INFINITY, "F", "Ok", "-INF"),
        (2.0, "#.0f", "Ok", "2."),
        (1e-07, "g", "Ok", "1e-07"),
        (123456.0, ".6g", "Ok", "123456"),
        (1234567.0, ".7G", "Ok", "1234567"),
        (1.2345e-05, ".3G", "Ok", "1.23E-05"),
        (1.5, "+.3e", "Ok", "+1.500e+00"),
        (1.0, ".0%", "Ok", "100%"),
    ];
    for (v, spec, kind, expected) in cases {
        check(
            format_float(*v, spec),
            kind,
            expected,
            &format!("format({v}, {spec:?})"),
        );
    }
}

#[test]
fn strs() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "ab",
            "=",
            "ValueError",
            "'=' alignment not allowed in string format specifier",
        ),
        (
            "ab",
            "+",
            "ValueError",
            "Sign not allowed in string format specifier",
        ),
        (
            "ab",
            "d",
            "ValueError",
            "Unknown format code 'd' for object of type 'str'",
        ),
        ("ab", "05", "Ok", "ab000"),
        (
            "ab",
            "#",
            "ValueError",
            "Alternate form (#) not allowed in string format specifier",
        ),
        (
            "ab",
            "z",
            "ValueError",
            "Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "x",
            ".2,",
            "ValueError",
            "Unknown format code ',' for object of type 'str'",
        ),
        ("ab", ",", "ValueError", "Cannot specify ',' with 's'."),
        ("ab", "^7", "Ok", "  ab   "),
        ("abc", ".2", "Ok", "ab"),
        ("ab", "x<5", "Ok", "abxxx"),
        ("héllo", "*>8", "Ok", "***héllo"),
        ("ab", "s", "Ok", "ab"),
        ("ab", "", "Ok", "ab"),
    ];
    for (v, spec, kind, expected) in cases {
        check(
            format_str(v, spec),
            kind,
            expected,
            &format!("format({v:?}, {spec:?})"),
        );
    }
}
