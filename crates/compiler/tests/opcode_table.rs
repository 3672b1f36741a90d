//! The opcode table against CPython 3.11: numbers, names, inline cache
//! counts and stack effects. The fixture is the output of
//! `python3.11 tests/fixtures/opcodes.py` (every opcode, `dis.stack_effect`
//! for a spread of arguments, with and without jumping).

use pyrite_compiler::bytecode::Opcode;

#[test]
fn table_matches_cpython_311() {
    let fixture = include_str!("fixtures/cpython311_opcodes.txt");
    let mut seen = 0;
    for line in fixture.lines() {
        let mut fields = line.split_whitespace();
        let name = fields.next().expect("fixture line has a name");
        let number: u8 = fields.next().unwrap().parse().unwrap();
        let caches: usize = fields.next().unwrap().parse().unwrap();
        let op = Opcode::from_name(name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(op.number(), Some(number), "{name}");
        assert_eq!(op.cache_entries(), caches, "{name}");
        for case in fields {
            let (arg, effects) = case.split_once(':').unwrap();
            let arg: u32 = if arg == "None" {
                0
            } else {
                arg.parse().unwrap()
            };
            let (plain, jump) = effects.split_once('/').unwrap();
            assert_eq!(
                op.stack_effect(arg, false),
                plain.parse::<i32>().unwrap(),
                "{name} {arg}"
            );
            assert_eq!(
                op.stack_effect(arg, true),
                jump.parse::<i32>().unwrap(),
                "{name} {arg} jump"
            );
        }
        seen += 1;
    }
    let real = Opcode::ALL.iter().filter(|op| !op.is_pseudo()).count();
    assert_eq!(seen, real, "pyrite has real opcodes CPython 3.11 lacks");
}
