//! Int behaviour checked against values printed by `python3.11`.

use super::*;

fn int(s: &str) -> Int {
    Int::parse(s, 10, 0).expect("test values are decimal ints")
}

fn show(r: PyResult<Int>) -> Result<String, (String, String)> {
    r.map(|i| i.to_decimal(0).expect("no limit")).map_err(|e| {
        (
            e.kind().map(|k| k.name()).unwrap_or("?").to_string(),
            e.message().unwrap_or("").to_string(),
        )
    })
}

#[test]
fn parse_matches_cpython() {
    assert_eq!(show(Int::parse("42", 10, 4300)), Ok("42".to_string()));
    assert_eq!(show(Int::parse(" -17 ", 10, 4300)), Ok("-17".to_string()));
    assert_eq!(show(Int::parse("1_000", 10, 4300)), Ok("1000".to_string()));
    assert_eq!(show(Int::parse("0x_1f", 0, 4300)), Ok("31".to_string()));
    assert_eq!(show(Int::parse("-0b101", 0, 4300)), Ok("-5".to_string()));
    assert_eq!(show(Int::parse("0o777", 0, 4300)), Ok("511".to_string()));
    assert_eq!(show(Int::parse("ff", 16, 4300)), Ok("255".to_string()));
    assert_eq!(show(Int::parse("0xff", 16, 4300)), Ok("255".to_string()));
    assert_eq!(show(Int::parse("z", 36, 4300)), Ok("35".to_string()));
    assert_eq!(
        show(Int::parse("010", 0, 4300)),
        Err((
            "ValueError".to_string(),
            "invalid literal for int() with base 0: '010'".to_string()
        ))
    );
    assert_eq!(show(Int::parse("00", 0, 4300)), Ok("0".to_string()));
    assert_eq!(
        show(Int::parse("1__0", 10, 4300)),
        Err((
            "ValueError".to_string(),
            "invalid literal for int() with base 10: '1__0'".to_string()
        ))
    );
    assert_eq!(
        show(Int::parse("_1", 10, 4300)),
        Err((
            "ValueError".to_string(),
            "invalid literal for int() with base 10: '_1'".to_string()
        ))
    );
    assert_eq!(
        show(Int::parse("1_", 10, 4300)),
        Err((
            "ValueError".to_string(),
            "invalid literal for int() with base 10: '1_'".to_string()
        ))
    );
    assert_eq!(
        show(Int::parse("12a", 10, 4300)),
        Err((
            "ValueError".to_string(),
            "invalid literal for int() with base 10: '12a'".to_string()
        ))
    );
    assert_eq!(
        show(Int::parse("", 16, 4300)),
        Err((
            "ValueError".to_string(),
            "invalid literal for int() with base 16: ''".to_string()
        ))
    );
    assert_eq!(
        show(Int::parse("1", 37, 4300)),
        Err((
            "ValueError".to_string(),
            "int() base must be >= 2 and <= 36, or 0".to_string()
        ))
    );
    assert_eq!(
        show(Int::parse("1", 1, 4300)),
        Err((
            "ValueError".to_string(),
            "int() base must be >= 2 and <= 36, or 0".to_string()
        ))
    );
    assert_eq!(
        show(Int::parse("0x", 16, 4300)),
        Err((
            "ValueError".to_string(),
            "invalid literal for int() with base 16: '0x'".to_string()
        ))
    );
    assert_eq!(show(Int::parse("١٢", 10, 4300)), Ok("12".to_string()));
    assert_eq!(
        show(Int::parse("999999999999999999999999999999", 10, 4300)),
        Ok("999999999999999999999999999999".to_string())
    );
    assert_eq!(
        show(Int::parse("-9999999999999999999999999", 10, 4300)),
        Ok("-9999999999999999999999999".to_string())
    );
    assert_eq!(show(Int::parse("+5", 10, 4300)), Ok("5".to_string()));
    assert_eq!(
        show(Int::parse("0b2", 0, 4300)),
        Err((
            "ValueError".to_string(),
            "invalid literal for int() with base 0: '0b2'".to_string()
        ))
    );
    assert_eq!(show(Int::parse("11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 10, 4300)), Err(("ValueError".to_string(), "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit".to_string())));
    assert_eq!(show(Int::parse(&"1".repeat(5000), 2, 4300)), Ok("141246703213942603683520966701614733366889617518454111681368808585711816984270751255808912631671152637335603208431366082764203838069979338335971185726639923431051777851865399011877999645131707069373498212631323752553111215372844035950900535954860733418453405575566736801565587405464699640499050849699472357900905617571376618228216434213181520991556677126498651782204174061830939239176861341383294018240225838692725596147005144243281075275629495339093813198966735633606329691023842454125835888656873133981287240980008838073668221804264432910894030789020219440578198488267339768238872279902157420307247570510423845868872596735891805818727796435753018518086641356012851302546726823009250218328018251907340245449863183265637987862198511046362985461949587281119139907228004385942880953958816554567625296086916885774828934449941362416588675326940332561103664556982622206834474219811081872404929503481991376740379825998791411879802717583885498575115299471743469241117070230398103378615232793710290992656444842895511830355733152020804157920090041811951880456705515468349446182731742327685989277607620709525878318766488368348965015474997864119765441433356928012344111765735336393557879214937004347568208665958717764059293592887514292843557047089164876483116615691886203812997555690171892169733755224469032475078797830901321579940127337210694377283439922280274060798234786740434893458120198341101033812506720046609891160700284002100980452964039788704335302619337597862052192280371481132164147186514169090917191909375".to_string()));
}

#[test]
fn decimal_limit() {
    let big = Int::parse(&"9".repeat(4300), 10, 4300).expect("at the limit");
    assert!(big.to_decimal(4300).is_ok());
    let bigger = big.mul(&Int::Small(10));
    assert_eq!(bigger.to_decimal(4300).map_err(|e| e.message().map(str::to_string)), Err(Some("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit".to_string())));
}

#[test]
fn arithmetic_matches_cpython() {
    assert_eq!(show(int("7").floordiv(&int("2"))), Ok("3".to_string()));
    assert_eq!(show(int("7").modulo(&int("2"))), Ok("1".to_string()));
    assert_eq!(show(int("-7").floordiv(&int("2"))), Ok("-4".to_string()));
    assert_eq!(show(int("-7").modulo(&int("2"))), Ok("1".to_string()));
    assert_eq!(show(int("7").floordiv(&int("-2"))), Ok("-4".to_string()));
    assert_eq!(show(int("7").modulo(&int("-2"))), Ok("-1".to_string()));
    assert_eq!(show(int("-7").floordiv(&int("-2"))), Ok("3".to_string()));
    assert_eq!(show(int("-7").modulo(&int("-2"))), Ok("-1".to_string()));
    assert_eq!(
        show(int("1180591620717411303424").floordiv(&int("3"))),
        Ok("393530540239137101141".to_string())
    );
    assert_eq!(
        show(int("1180591620717411303424").modulo(&int("3"))),
        Ok("1".to_string())
    );
    assert_eq!(
        show(int("-1180591620717411303424").floordiv(&int("7"))),
        Ok("-168655945816773043347".to_string())
    );
    assert_eq!(
        show(int("-1180591620717411303424").modulo(&int("7"))),
        Ok("5".to_string())
    );
    assert_eq!(
        show(int("9223372036854775808").floordiv(&int("-1"))),
        Ok("-9223372036854775808".to_string())
    );
    assert_eq!(
        show(int("9223372036854775808").modulo(&int("-1"))),
        Ok("0".to_string())
    );
    assert_eq!(
        show(int("-9223372036854775808").floordiv(&int("-1"))),
        Ok("9223372036854775808".to_string())
    );
    assert_eq!(
        show(int("-9223372036854775808").modulo(&int("-1"))),
        Ok("0".to_string())
    );
    assert_eq!(
        show(int("5").floordiv(&int("0"))),
        Err((
            "ZeroDivisionError".to_string(),
            "integer division or modulo by zero".to_string()
        ))
    );
    assert_eq!(
        show(int("5").modulo(&int("0"))),
        Err((
            "ZeroDivisionError".to_string(),
            "integer modulo by zero".to_string()
        ))
    );
    assert_eq!(show(int("0").floordiv(&int("5"))), Ok("0".to_string()));
    assert_eq!(show(int("0").modulo(&int("5"))), Ok("0".to_string()));
    assert_eq!(show(int("2").pow(10)), Ok("1024".to_string()));
    assert_eq!(
        show(int("3").pow(100)),
        Ok("515377520732011331036461129765621272702107522001".to_string())
    );
    assert_eq!(
        show(int("-2").pow(63)),
        Ok("-9223372036854775808".to_string())
    );
    assert_eq!(
        show(int("2").pow(64)),
        Ok("18446744073709551616".to_string())
    );
    assert_eq!(show(int("-1").pow(1000000)), Ok("1".to_string()));
    assert_eq!(show(int("7").pow(0)), Ok("1".to_string()));
    assert_eq!(
        show(int("2").pow_mod(&int("100"), &int("7"))),
        Ok("2".to_string())
    );
    assert_eq!(
        show(int("3").pow_mod(&int("5"), &int("-7"))),
        Ok("-2".to_string())
    );
    assert_eq!(
        show(int("-3").pow_mod(&int("5"), &int("7"))),
        Ok("2".to_string())
    );
    // Negative exponents use the modular inverse (CPython 3.8+).
    for (base, exp, modulus, expected) in [
        ("2", "-1", "7", "4"),
        ("3", "-2", "-7", "-3"),
        ("-3", "-1", "7", "2"),
        ("5", "-1", "1", "0"),
    ] {
        assert_eq!(
            show(int(base).pow_mod(&int(exp), &int(modulus))),
            Ok(expected.to_string())
        );
    }
    assert_eq!(
        show(int("2").pow_mod(&int("-1"), &int("4"))),
        Err((
            "ValueError".to_string(),
            "base is not invertible for the given modulus".to_string()
        ))
    );
    assert_eq!(
        show(int("2").pow_mod(&int("10"), &int("0"))),
        Err((
            "ValueError".to_string(),
            "pow() 3rd argument cannot be 0".to_string()
        ))
    );
    assert_eq!(
        show(int("1").shl(&int("62"))),
        Ok("4611686018427387904".to_string())
    );
    assert_eq!(
        show(int("1").shl(&int("63"))),
        Ok("9223372036854775808".to_string())
    );
    assert_eq!(
        show(int("-1").shl(&int("63"))),
        Ok("-9223372036854775808".to_string())
    );
    assert_eq!(
        show(int("3").shl(&int("100"))),
        Ok("3802951800684688204490109616128".to_string())
    );
    assert_eq!(
        show(int("1").shl(&int("-1"))),
        Err(("ValueError".to_string(), "negative shift count".to_string()))
    );
    assert_eq!(
        show(int("0").shl(&int("1180591620717411303424"))),
        Ok("0".to_string())
    );
    assert_eq!(
        show(int("5").shl(&int("1180591620717411303424"))),
        Err((
            "OverflowError".to_string(),
            "too many digits in integer".to_string()
        ))
    );
    assert_eq!(show(int("-1").shr(&int("5"))), Ok("-1".to_string()));
    assert_eq!(
        show(int("1180591620717411303424").shr(&int("3"))),
        Ok("147573952589676412928".to_string())
    );
    assert_eq!(
        show(int("-1180591620717411303424").shr(&int("70"))),
        Ok("-1".to_string())
    );
    assert_eq!(show(int("-5").shr(&int("100"))), Ok("-1".to_string()));
    assert_eq!(
        show(int("5").shr(&int("-1"))),
        Err(("ValueError".to_string(), "negative shift count".to_string()))
    );
    assert_eq!(
        show(int("-5").shr(&int("1180591620717411303424"))),
        Ok("-1".to_string())
    );
    assert_eq!(
        show(Ok(int("12").bitop(&int("10"), '&'))),
        Ok("8".to_string())
    );
    assert_eq!(
        show(Ok(int("12").bitop(&int("10"), '|'))),
        Ok("14".to_string())
    );
    assert_eq!(
        show(Ok(int("12").bitop(&int("10"), '^'))),
        Ok("6".to_string())
    );
    assert_eq!(
        show(Ok(int("-12").bitop(&int("10"), '&'))),
        Ok("0".to_string())
    );
    assert_eq!(
        show(Ok(int("-12").bitop(&int("10"), '|'))),
        Ok("-2".to_string())
    );
    assert_eq!(
        show(Ok(int("-12").bitop(&int("10"), '^'))),
        Ok("-2".to_string())
    );
    assert_eq!(
        show(Ok(int("1180591620717411303424").bitop(&int("-1"), '&'))),
        Ok("1180591620717411303424".to_string())
    );
    assert_eq!(
        show(Ok(int("1180591620717411303424").bitop(&int("-1"), '|'))),
        Ok("-1".to_string())
    );
    assert_eq!(
        show(Ok(int("1180591620717411303424").bitop(&int("-1"), '^'))),
        Ok("-1180591620717411303425".to_string())
    );
    assert_eq!(
        show(Ok(
            int("-36893488147419103232").bitop(&int("18446744073709551619"), '&')
        )),
        Ok("0".to_string())
    );
    assert_eq!(
        show(Ok(
            int("-36893488147419103232").bitop(&int("18446744073709551619"), '|')
        )),
        Ok("-18446744073709551613".to_string())
    );
    assert_eq!(
        show(Ok(
            int("-36893488147419103232").bitop(&int("18446744073709551619"), '^')
        )),
        Ok("-18446744073709551613".to_string())
    );
    assert_eq!(int("0").bit_length(), 0);
    assert_eq!(show(Ok(int("0").invert())), Ok("-1".to_string()));
    assert_eq!(int("5").bit_length(), 3);
    assert_eq!(show(Ok(int("5").invert())), Ok("-6".to_string()));
    assert_eq!(int("-1").bit_length(), 1);
    assert_eq!(show(Ok(int("-1").invert())), Ok("0".to_string()));
    assert_eq!(int("255").bit_length(), 8);
    assert_eq!(show(Ok(int("255").invert())), Ok("-256".to_string()));
    assert_eq!(int("1180591620717411303424").bit_length(), 71);
    assert_eq!(
        show(Ok(int("1180591620717411303424").invert())),
        Ok("-1180591620717411303425".to_string())
    );
    assert_eq!(int("-1180591620717411303424").bit_length(), 71);
    assert_eq!(
        show(Ok(int("-1180591620717411303424").invert())),
        Ok("1180591620717411303423".to_string())
    );
}

#[test]
fn true_division_is_correctly_rounded() {
    assert_eq!(
        int("1").truediv(&int("3")).map(f64::to_bits),
        Ok((0.3333333333333333_f64).to_bits())
    );
    assert_eq!(
        int("1152921504606846977")
            .truediv(&int("3"))
            .map(f64::to_bits),
        Ok((3.843071682022823e+17_f64).to_bits())
    );
    assert_eq!(
        int("1000000000000000000000000000000")
            .truediv(&int("7"))
            .map(f64::to_bits),
        Ok((1.4285714285714285e+29_f64).to_bits())
    );
    assert_eq!(int("1").truediv(&int("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")).map(f64::to_bits), Ok((0.0_f64).to_bits()));
    assert_eq!(
        int("-1208925819614629174706176")
            .truediv(&int("3"))
            .map(f64::to_bits),
        Ok((-4.029752732048764e+23_f64).to_bits())
    );
    assert_eq!(int("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376").truediv(&int("1267650600228229401496703205376")).map(f64::to_bits), Ok((1.0715086071862673e+301_f64).to_bits()));
    assert_eq!(
        int("1")
            .truediv(&int("0"))
            .map_err(|e| e.message().map(str::to_string)),
        Err(Some("division by zero".to_string()))
    );
    assert_eq!(int("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376").truediv(&int("3")).map_err(|e| e.message().map(str::to_string)), Err(Some("integer division result too large for a float".to_string())));
    assert_eq!(
        int("9007199254740993").to_f64().map(f64::to_bits),
        Ok((9007199254740992.0_f64).to_bits())
    );
    assert_eq!(
        int("18446744073709551615").to_f64().map(f64::to_bits),
        Ok((1.8446744073709552e+19_f64).to_bits())
    );
    assert_eq!(int("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000").to_f64().map(f64::to_bits), Ok((1e+308_f64).to_bits()));
    assert_eq!(
        int("-9223372036854775808").to_f64().map(f64::to_bits),
        Ok((-9.223372036854776e+18_f64).to_bits())
    );
    assert_eq!(
        int(&"1".repeat(400))
            .to_f64()
            .map_err(|e| e.message().map(str::to_string)),
        Err(Some("int too large to convert to float".to_string()))
    );
}

#[test]
fn bytes_round_trip() {
    assert_eq!(
        int("1024")
            .to_bytes(2, false, false)
            .map_err(|e| e.message().map(str::to_string)),
        Ok(vec![4, 0])
    );
    assert_eq!(
        int("1024")
            .to_bytes(2, true, false)
            .map_err(|e| e.message().map(str::to_string)),
        Ok(vec![0, 4])
    );
    assert_eq!(
        int("-1")
            .to_bytes(1, false, true)
            .map_err(|e| e.message().map(str::to_string)),
        Ok(vec![255])
    );
    assert_eq!(
        int("-129")
            .to_bytes(2, false, true)
            .map_err(|e| e.message().map(str::to_string)),
        Ok(vec![255, 127])
    );
    assert_eq!(
        int("255")
            .to_bytes(1, false, true)
            .map_err(|e| e.message().map(str::to_string)),
        Err(Some("int too big to convert".to_string()))
    );
    assert_eq!(
        int("0")
            .to_bytes(0, false, false)
            .map_err(|e| e.message().map(str::to_string)),
        Ok(vec![])
    );
    assert_eq!(
        int("1")
            .to_bytes(0, false, false)
            .map_err(|e| e.message().map(str::to_string)),
        Err(Some("int too big to convert".to_string()))
    );
    assert_eq!(
        int("-1")
            .to_bytes(1, false, false)
            .map_err(|e| e.message().map(str::to_string)),
        Err(Some("can't convert negative int to unsigned".to_string()))
    );
    assert_eq!(
        int("256")
            .to_bytes(1, true, false)
            .map_err(|e| e.message().map(str::to_string)),
        Err(Some("int too big to convert".to_string()))
    );
    assert_eq!(
        int("1180591620717411303424")
            .to_bytes(9, false, false)
            .map_err(|e| e.message().map(str::to_string)),
        Ok(vec![64, 0, 0, 0, 0, 0, 0, 0, 0])
    );
    assert_eq!(
        int("-1180591620717411303424")
            .to_bytes(10, true, true)
            .map_err(|e| e.message().map(str::to_string)),
        Ok(vec![0, 0, 0, 0, 0, 0, 0, 0, 192, 255])
    );
    assert_eq!(
        int("128")
            .to_bytes(1, false, true)
            .map_err(|e| e.message().map(str::to_string)),
        Err(Some("int too big to convert".to_string()))
    );
    assert_eq!(
        show(Ok(Int::from_bytes(&[255, 0], true, true))),
        Ok("255".to_string())
    );
    assert_eq!(
        show(Ok(Int::from_bytes(&[255, 0], false, true))),
        Ok("-256".to_string())
    );
    assert_eq!(
        show(Ok(Int::from_bytes(
            &[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
            false,
            false
        ))),
        Ok("310698676526526814092329217".to_string())
    );
    assert_eq!(
        show(Ok(Int::from_bytes(&[], false, true))),
        Ok("0".to_string())
    );
    assert_eq!(
        show(Ok(Int::from_bytes(
            &[128, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            false,
            true
        ))),
        Ok("-604462909807314587353088".to_string())
    );
}
