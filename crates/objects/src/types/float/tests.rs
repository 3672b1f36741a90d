//! Float behaviour checked against values printed by `python3.11`.

use super::*;

#[test]
fn repr_matches_cpython() {
    assert_eq!(float_repr(0.0), "0.0");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(float_repr(1.0), "1.0");
    assert_eq!(float_repr(-1.5), "-1.5");
    assert_eq!(float_repr(0.1), "0.1");
    assert_eq!(float_repr(0.30000000000000004), "0.30000000000000004");
    assert_eq!(float_repr(1e+16), "1e+16");
    assert_eq!(float_repr(1000000000000000.0), "1000000000000000.0");
    assert_eq!(float_repr(1e-05), "1e-05");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(1.2345678901234568e+17), "1.2345678901234568e+17");
    assert_eq!(float_repr(1e+22), "1e+22");
    assert_eq!(float_repr(1.5e+300), "1.5e+300");
    assert_eq!(float_repr(5e-324), "5e-324");
    assert_eq!(
        float_repr(2.2250738585072014e-308),
        "2.2250738585072014e-308"
    );
    assert_eq!(
        float_repr(1.7976931348623157e+308),
        "1.7976931348623157e+308"
    );
    assert_eq!(float_repr(f64::INFINITY), "inf");
    assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr(std::f64::consts::PI), "3.141592653589793");
    assert_eq!(float_repr(0.3333333333333333), "0.3333333333333333");
    assert_eq!(float_repr(0.6666666666666666), "0.6666666666666666");
    assert_eq!(float_repr(100.0), "100.0");
    assert_eq!(float_repr(1e-07), "1e-07");
    assert_eq!(float_repr(123.456), "123.456");
    assert_eq!(float_repr(9007199254740992.0), "9007199254740992.0");
    assert_eq!(float_repr(0.5), "0.5");
    assert_eq!(float_repr(1e+100), "1e+100");
    assert_eq!(float_repr(12345678.9), "12345678.9");
}

#[test]
fn hex_matches_cpython() {
    assert_eq!(float_hex(0.0), "0x0.0p+0");
    assert_eq!(float_hex(-0.0), "-0x0.0p+0");
    assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
    assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
    assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
    assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
    assert_eq!(
        float_hex(1.7976931348623157e+308),
        "0x1.fffffffffffffp+1023"
    );
    assert_eq!(float_hex(f64::INFINITY), "inf");
    assert_eq!(float_hex(f64::NAN), "nan");
    assert_eq!(
        float_hex(2.2250738585072014e-308),
        "0x1.0000000000000p-1022"
    );
    assert_eq!(float_hex(1e-310), "0x0.012688b70e62bp-1022");
    assert_eq!(float_fromhex("0x1.8p+0"), Ok(1.5));
    assert_eq!(float_fromhex("-0x1p-2"), Ok(-0.25));
    assert_eq!(float_fromhex("0x.8"), Ok(0.5));
    assert_eq!(float_fromhex("1p4"), Ok(16.0));
    assert_eq!(
        float_fromhex("0X1.FFFFFFFFFFFFFp1023"),
        Ok(1.7976931348623157e+308)
    );
    assert_eq!(float_fromhex(" 0x10 "), Ok(16.0));
    assert_eq!(float_fromhex("inf"), Ok(f64::INFINITY));
    assert_eq!(float_fromhex("-Infinity"), Ok(f64::NEG_INFINITY));
    assert_eq!(float_fromhex("0x1p-1074"), Ok(5e-324));
    assert_eq!(float_fromhex("0x1p-1075"), Ok(0.0));
    assert_eq!(float_fromhex("0x1.8p-1074"), Ok(1e-323));
    assert_eq!(
        float_fromhex("0x1p2000").map_err(|e| e.message().map(str::to_string)),
        Err(Some(
            "hexadecimal value too large to represent as a float".to_string()
        ))
    );
    assert_eq!(
        float_fromhex("zz").map_err(|e| e.message().map(str::to_string)),
        Err(Some(
            "invalid hexadecimal floating-point string".to_string()
        ))
    );
    assert_eq!(
        float_fromhex("0x").map_err(|e| e.message().map(str::to_string)),
        Err(Some(
            "invalid hexadecimal floating-point string".to_string()
        ))
    );
}

#[test]
fn round_matches_cpython() {
    assert_eq!(round_digits(2.675, 2), Ok(2.67));
    assert_eq!(round_digits(0.125, 2), Ok(0.12));
    assert_eq!(round_digits(0.375, 2), Ok(0.38));
    assert_eq!(round_digits(1.5, 0), Ok(2.0));
    assert_eq!(round_digits(2.5, 0), Ok(2.0));
    assert_eq!(round_digits(-2.5, 0), Ok(-2.0));
    assert_eq!(round_digits(1234.5678, -2), Ok(1200.0));
    assert_eq!(round_digits(1250.0, -2), Ok(1200.0));
    assert_eq!(round_digits(1350.0, -2), Ok(1400.0));
    assert_eq!(round_digits(0.1, 20), Ok(0.1));
    assert_eq!(round_digits(1e+300, -300), Ok(1e+300));
    assert_eq!(round_digits(5e-324, 323), Ok(0.0));
    assert_eq!(round_digits(123.456, 1), Ok(123.5));
    assert_eq!(round_digits(-0.05, 1), Ok(-0.1));
    assert_eq!(round_digits(1e+16, -16), Ok(1e+16));
    assert_eq!(round_digits(2.5, -1), Ok(0.0));
    assert_eq!(
        round_to_int(0.5).map(|i| i.to_decimal(0)),
        Ok(Ok("0".to_string()))
    );
    assert_eq!(
        round_to_int(1.5).map(|i| i.to_decimal(0)),
        Ok(Ok("2".to_string()))
    );
    assert_eq!(
        round_to_int(2.5).map(|i| i.to_decimal(0)),
        Ok(Ok("2".to_string()))
    );
    assert_eq!(
        round_to_int(-0.5).map(|i| i.to_decimal(0)),
        Ok(Ok("0".to_string()))
    );
    assert_eq!(
        round_to_int(-1.5).map(|i| i.to_decimal(0)),
        Ok(Ok("-2".to_string()))
    );
    assert_eq!(
        round_to_int(3.49999).map(|i| i.to_decimal(0)),
        Ok(Ok("3".to_string()))
    );
    assert_eq!(
        round_to_int(1e+20).map(|i| i.to_decimal(0)),
        Ok(Ok("100000000000000000000".to_string()))
    );
}

#[test]
fn ratios_and_integrality() {
    let (n, d) = as_integer_ratio(0.5).expect("finite");
    assert_eq!(
        (n.to_decimal(0), d.to_decimal(0)),
        (Ok("1".to_string()), Ok("2".to_string()))
    );
    let (n, d) = as_integer_ratio(0.1).expect("finite");
    assert_eq!(
        (n.to_decimal(0), d.to_decimal(0)),
        (
            Ok("3602879701896397".to_string()),
            Ok("36028797018963968".to_string())
        )
    );
    let (n, d) = as_integer_ratio(-2.0).expect("finite");
    assert_eq!(
        (n.to_decimal(0), d.to_decimal(0)),
        (Ok("-2".to_string()), Ok("1".to_string()))
    );
    let (n, d) = as_integer_ratio(1e+300).expect("finite");
    assert_eq!((n.to_decimal(0), d.to_decimal(0)), (Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160".to_string()), Ok("1".to_string())));
    let (n, d) = as_integer_ratio(5e-324).expect("finite");
    assert_eq!((n.to_decimal(0), d.to_decimal(0)), (Ok("1".to_string()), Ok("202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784".to_string())));
    let (n, d) = as_integer_ratio(0.0).expect("finite");
    assert_eq!(
        (n.to_decimal(0), d.to_decimal(0)),
        (Ok("0".to_string()), Ok("1".to_string()))
    );
    assert_eq!(
        as_integer_ratio(f64::INFINITY).map_err(|e| e.message().map(str::to_string)),
        Err(Some("cannot convert Infinity to integer ratio".to_string()))
    );
    assert_eq!(
        as_integer_ratio(f64::NAN).map_err(|e| e.message().map(str::to_string)),
        Err(Some("cannot convert NaN to integer ratio".to_string()))
    );
    assert!(is_integer(2.0) && !is_integer(2.5) && !is_integer(f64::INFINITY));
}

#[test]
fn arithmetic_errors_and_floor_semantics() {
    assert_eq!(float_divmod(7.5, 2.0, ""), Ok((3.0, 1.5)));
    assert_eq!(float_divmod(-7.5, 2.0, ""), Ok((-4.0, 0.5)));
    assert_eq!(float_divmod(7.5, -2.0, ""), Ok((-4.0, -0.5)));
    assert_eq!(float_divmod(-7.5, -2.0, ""), Ok((3.0, -1.5)));
    assert_eq!(float_divmod(1.0, 0.1, ""), Ok((9.0, 0.09999999999999995)));
    assert_eq!(float_divmod(-0.0, 5.0, ""), Ok((-0.0, 0.0)));
    assert_eq!(float_divmod(5.0, f64::INFINITY, ""), Ok((0.0, 5.0)));
    assert_eq!(
        float_divmod(-5.0, f64::INFINITY, ""),
        Ok((-1.0, f64::INFINITY))
    );
    assert_eq!(
        float_div(1.0, 0.0).map_err(|e| e.message().map(str::to_string)),
        Err(Some("float division by zero".into()))
    );
    assert_eq!(
        float_floordiv(1.0, 0.0).map_err(|e| e.message().map(str::to_string)),
        Err(Some("float floor division by zero".into()))
    );
    assert_eq!(
        float_mod(1.0, 0.0).map_err(|e| e.message().map(str::to_string)),
        Err(Some("float modulo".into()))
    );
    assert_eq!(
        float_pow(0.0, -1.0).map_err(|e| e.message().map(str::to_string)),
        Err(Some("0.0 cannot be raised to a negative power".into()))
    );
    assert_eq!(float_pow(-8.0, 1.0 / 3.0), Ok(None));
}

#[test]
fn parse_matches_cpython() {
    assert_eq!(
        parse_float("1.5").map(|v| v.to_bits()),
        Ok(f64::to_bits(1.5))
    );
    assert_eq!(
        parse_float(" -2e3 ").map(|v| v.to_bits()),
        Ok(f64::to_bits(-2000.0))
    );
    assert_eq!(
        parse_float("1_000.5").map(|v| v.to_bits()),
        Ok(f64::to_bits(1000.5))
    );
    assert_eq!(
        parse_float("inf").map(|v| v.to_bits()),
        Ok(f64::INFINITY.to_bits())
    );
    assert!(parse_float("-nan").is_ok_and(f64::is_nan));
    assert_eq!(
        parse_float(".5").map(|v| v.to_bits()),
        Ok(f64::to_bits(0.5))
    );
    assert_eq!(
        parse_float("5.").map(|v| v.to_bits()),
        Ok(f64::to_bits(5.0))
    );
    assert_eq!(
        parse_float("1e-400").map(|v| v.to_bits()),
        Ok(f64::to_bits(0.0))
    );
    assert_eq!(
        parse_float("1e400").map(|v| v.to_bits()),
        Ok(f64::INFINITY.to_bits())
    );
    assert_eq!(
        parse_float("1__0").map_err(|e| e.message().map(str::to_string)),
        Err(Some(
            "could not convert string to float: '1__0'".to_string()
        ))
    );
    assert_eq!(
        parse_float("_1").map_err(|e| e.message().map(str::to_string)),
        Err(Some("could not convert string to float: '_1'".to_string()))
    );
    assert_eq!(
        parse_float("1_").map_err(|e| e.message().map(str::to_string)),
        Err(Some("could not convert string to float: '1_'".to_string()))
    );
    assert_eq!(
        parse_float("abc").map_err(|e| e.message().map(str::to_string)),
        Err(Some("could not convert string to float: 'abc'".to_string()))
    );
    assert_eq!(
        parse_float("").map_err(|e| e.message().map(str::to_string)),
        Err(Some("could not convert string to float: ''".to_string()))
    );
    assert_eq!(
        parse_float("1e").map_err(|e| e.message().map(str::to_string)),
        Err(Some("could not convert string to float: '1e'".to_string()))
    );
    assert_eq!(
        parse_float("0x10").map_err(|e| e.message().map(str::to_string)),
        Err(Some(
            "could not convert string to float: '0x10'".to_string()
        ))
    );
}

#[test]
fn complex_repr_matches_cpython() {
    assert_eq!(complex_repr(0.0, 1.0), "1j");
    assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
    assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
    assert_eq!(complex_repr(0.0, 0.0), "0j");
    assert_eq!(complex_repr(1.5, -0.0), "(1.5-0j)");
    assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
    assert_eq!(complex_repr(1e+16, 1e-05), "(1e+16+1e-05j)");
    assert_eq!(complex_repr(-1.0, 0.0), "(-1+0j)");
}
