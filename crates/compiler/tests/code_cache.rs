//! The code cache: round trips, and every way a file can be wrong is
//! rejected with an error rather than trusted.

use num_bigint::BigInt;
use pyrite_compiler::bytecode::instruction::encode;
use pyrite_compiler::bytecode::linetable::{self, Location};
use pyrite_compiler::bytecode::{CodeFlags, CodeObject, Constant, Instruction, Opcode};
use pyrite_compiler::cache::{self, CacheError, SourceStamp};

const STAMP: SourceStamp = SourceStamp {
    mtime: 1_700_000_000,
    size: 42,
};

fn function(name: &str, consts: Vec<Constant>) -> CodeObject {
    let instructions = [
        Instruction::new(Opcode::RESUME, 0),
        Instruction::new(Opcode::LOAD_CONST, 0),
        Instruction::new(Opcode::RETURN_VALUE, 0),
    ];
    let sized: Vec<_> = instructions
        .iter()
        .map(|i| (i.size(), Some(Location::line(1))))
        .collect();
    CodeObject {
        co_name: name.to_string(),
        co_qualname: name.to_string(),
        co_filename: "m.py".to_string(),
        co_firstlineno: 1,
        co_argcount: 0,
        co_posonlyargcount: 0,
        co_kwonlyargcount: 0,
        co_flags: CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS,
        co_stacksize: 1,
        co_code: encode(&instructions).unwrap(),
        co_consts: consts,
        co_names: vec!["print".to_string()],
        co_varnames: vec![],
        co_cellvars: vec![],
        co_freevars: vec![],
        co_linetable: linetable::encode(1, &sized),
        co_exceptiontable: vec![],
    }
}

/// A module whose constants cover every `Constant` kind.
fn module() -> CodeObject {
    let big: BigInt = BigInt::from(7u8).pow(100u32) * -1;
    let inner = function("f", vec![Constant::None]);
    function(
        "<module>",
        vec![
            Constant::Code(Box::new(inner)),
            Constant::None,
            Constant::Bool(true),
            Constant::int(-5),
            Constant::Int(big),
            Constant::Float(-0.0),
            Constant::Float(f64::NAN),
            Constant::Complex {
                real: 1.5,
                imag: -2.0,
            },
            Constant::str("héllo"),
            Constant::Bytes(vec![0, 255]),
            Constant::Tuple(vec![Constant::int(1), Constant::Ellipsis]),
            Constant::FrozenSet(vec![Constant::str("a")]),
        ],
    )
}

#[test]
fn round_trip_gives_an_equal_code_object() {
    let code = module();
    code.validate().unwrap();
    let bytes = cache::write(&code, STAMP).unwrap();
    assert_eq!(cache::read(&bytes, STAMP), Ok(code));
}

#[test]
fn every_truncation_is_rejected() {
    let bytes = cache::write(&module(), STAMP).unwrap();
    for len in 0..bytes.len() {
        assert!(cache::read(&bytes[..len], STAMP).is_err(), "length {len}");
    }
}

#[test]
fn every_single_bit_flip_is_rejected() {
    let bytes = cache::write(&module(), STAMP).unwrap();
    for bit in 0..bytes.len() * 8 {
        let mut flipped = bytes.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        assert!(cache::read(&flipped, STAMP).is_err(), "bit {bit}");
    }
}

#[test]
fn stale_foreign_and_extended_files_are_rejected() {
    let bytes = cache::write(&module(), STAMP).unwrap();
    let newer = SourceStamp {
        mtime: STAMP.mtime + 1,
        ..STAMP
    };
    assert_eq!(cache::read(&bytes, newer), Err(CacheError::Stale));
    let foreign = include_bytes!("fixtures/cpython311_foreign.pyc");
    assert_eq!(cache::read(foreign, STAMP), Err(CacheError::BadMagic));
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(cache::read(&longer, STAMP), Err(CacheError::BadLength));
}

#[test]
fn well_formed_but_invalid_code_is_rejected() {
    // LOAD_CONST 0 with an empty co_consts: postcard reads it, the
    // validator refuses it.
    let code = function("<module>", vec![]);
    let bytes = cache::write(&code, STAMP).unwrap();
    assert!(matches!(
        cache::read(&bytes, STAMP),
        Err(CacheError::Invalid(_))
    ));
}

#[test]
fn cache_path_follows_cpython_layout() {
    assert_eq!(
        cache::cache_path(std::path::Path::new("pkg/mod.py")),
        std::path::Path::new("pkg/__pycache__/mod.pyrite-311.pyc")
    );
}

#[test]
fn crc32_matches_zlib() {
    assert_eq!(cache::crc32(b"123456789"), 0xcbf4_3926);
}
