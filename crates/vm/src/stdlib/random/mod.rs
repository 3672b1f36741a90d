//! The `_random` module: the class `Random`, CPython's core generator
//! that `random.Random` subclasses. It draws floats (`random`) and
//! integers of any width (`getrandbits`) from a Mersenne Twister, seeds
//! it from an int (all of its bits), any other hashable, or the
//! operating system's entropy, and hands its state out and back in the
//! form CPython's `getstate`/`setstate` use (624 words and an index).
//!
//! Fields: `_mt`, a `bytearray` holding the state (see [`mt`]).
//!
//! Invariants:
//! - `_mt` is always [`mt::STATE_BYTES`] long: it is made that size by
//!   `__new__` and only ever changed in place.
//! - The output for a seed is CPython 3.11's, word for word.

use num_bigint::{BigInt, BigUint, Sign};
use pyrite_objects::types::int::Int;
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{
    Method, field, make_class, module_class, new_instance, receiver,
};

mod mt;

const METHODS: &[Method] = &[
    ("random", random_random),
    ("getrandbits", random_getrandbits),
    ("seed", random_seed),
    ("getstate", random_getstate),
    ("setstate", random_setstate),
];

/// The `_random` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_random", |interp, dict| {
        make_class(interp, dict, "_random", "Random", Some(random_new), METHODS);
        Ok(())
    })
}

/// `Random.__new__(cls, [x])`: a generator seeded from `x`. A subclass
/// has its own `__init__` to seed it (as `random.Random` does), so for a
/// subclass the arguments are left to that `__init__`.
fn random_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let exact = module_class(interp, "_random", "Random")? == cls;
    if exact && !kwnames.is_empty() {
        return Err(PyErr::type_error("Random() takes no keyword arguments"));
    }
    if exact && rest.len() > 1 {
        return Err(PyErr::type_error("Random() requires 0 or 1 argument"));
    }
    let state = interp.heap.new_bytearray(mt::new_state());
    let me = new_instance(interp, cls, &[("_mt", state)]);
    interp.heap.decref(state);
    if exact {
        let seed = rest.first().copied().unwrap_or(Value::None);
        if let Err(e) = seed_from(interp, me, seed) {
            interp.heap.decref(me);
            return Err(e);
        }
    }
    Ok(me)
}

/// Runs `f` on the state bytes of the generator `me`.
fn with_state<T>(
    interp: &mut Interpreter,
    me: Value,
    f: impl FnOnce(&mut [u8]) -> T,
) -> PyResult<T> {
    let state = field(interp, me, "_mt")?;
    match state.as_obj().map(|r| interp.heap.payload_mut(r)) {
        Some(Payload::ByteArray(bytes)) if bytes.len() == mt::STATE_BYTES => Ok(f(bytes)),
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not initialised",
            interp.type_name(me)
        ))),
    }
}

/// `random()`: a float in [0.0, 1.0).
fn random_random(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    with_state(interp, me, mt::next_f64).map(Value::Float)
}

/// `getrandbits(k)`: a non-negative int of `k` random bits, built from
/// 32-bit outputs least significant first (the last one cut to the bits
/// still wanted).
fn random_getrandbits(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, rest) = receiver(args);
    let [k] = rest else {
        return Err(PyErr::type_error(format!(
            "getrandbits() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let k = crate::stdlib::args::int_arg(interp, *k)?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        let bits = with_state(interp, me, mt::next_u32)? >> (32 - k);
        return Ok(Value::Int(bits as i64));
    }
    let k = usize::try_from(k).map_err(|_| PyErr::overflow("getrandbits() count too large"))?;
    let words = with_state(interp, me, |state| {
        let mut left = k;
        let mut words = Vec::with_capacity(k.div_ceil(32));
        while left > 0 {
            let mut w = mt::next_u32(state);
            if left < 32 {
                w >>= 32 - left;
            }
            words.push(w);
            left = left.saturating_sub(32);
        }
        words
    })?;
    let n = BigInt::from_biguint(Sign::Plus, BigUint::new(words));
    Ok(Int::from_bigint(n).into_value(&mut interp.heap))
}

/// `seed(n=None)`: re-seeds from `n`.
fn random_seed(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, rest) = receiver(args);
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!(
            "seed expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    seed_from(interp, me, rest.first().copied().unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// Seeds `me` from `seed`: `None` takes 624 words of system entropy; an
/// int gives the 32-bit words of its absolute value; anything else gives
/// its hash read as an unsigned 64-bit number (CPython's
/// `(size_t)hash`, so a negative hash is not its absolute value).
fn seed_from(interp: &mut Interpreter, me: Value, seed: Value) -> PyResult<()> {
    let key: Vec<u32> = if seed == Value::None {
        entropy()
    } else if let Some(n) = Int::from_value(&interp.heap, seed) {
        n.to_bigint().magnitude().to_u32_digits()
    } else {
        let h = interp.hash(seed)? as u64;
        vec![h as u32, (h >> 32) as u32]
    };
    let key = if key.is_empty() { vec![0] } else { key };
    let key: Vec<u32> = match key.iter().rposition(|w| *w != 0) {
        Some(last) => key[..=last].to_vec(),
        None => vec![0],
    };
    with_state(interp, me, |state| mt::init_by_array(state, &key))
}

/// 624 words from the operating system's entropy source, or, failing
/// that, from the clock and the process id.
fn entropy() -> Vec<u32> {
    use std::io::Read;
    let mut bytes = vec![0u8; mt::N * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        return vec![nanos as u32, (nanos >> 32) as u32, std::process::id()];
    }
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// `getstate()`: a tuple of the 624 state words and the index.
fn random_getstate(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let words = with_state(interp, me, |state| {
        (0..=mt::N)
            .map(|i| Value::Int(mt::word(state, i) as i64))
            .collect::<Vec<_>>()
    })?;
    Ok(interp.heap.new_tuple(words))
}

/// `setstate(state)`: restores a tuple that `getstate()` gave, checking
/// it as CPython does.
fn random_setstate(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, rest) = receiver(args);
    let [state] = rest else {
        return Err(PyErr::type_error(format!(
            "setstate() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let items = match state.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(PyErr::type_error("state vector must be a tuple")),
    };
    if items.len() != mt::N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(mt::N);
    for item in &items[..mt::N] {
        words.push(state_word(interp, *item)?);
    }
    let index = match Int::from_value(&interp.heap, items[mt::N]) {
        Some(i) => i.to_i64(),
        None => return Err(index_type_error(interp, items[mt::N])),
    };
    let index = match index {
        Some(i) if (0..=mt::N as i64).contains(&i) => i as u32,
        Some(_) => return Err(PyErr::value_error("invalid state")),
        None => {
            return Err(PyErr::overflow("Python int too large to convert to C long"));
        }
    };
    with_state(interp, me, |state| {
        for (i, w) in words.iter().enumerate() {
            mt::set_word(state, i, *w);
        }
        mt::set_word(state, mt::N, index);
    })?;
    Ok(Value::None)
}

/// A state word as CPython's `PyLong_AsUnsignedLong` reads it, cut to
/// 32 bits.
fn state_word(interp: &mut Interpreter, v: Value) -> PyResult<u32> {
    let Some(n) = Int::from_value(&interp.heap, v) else {
        return Err(PyErr::type_error("an integer is required"));
    };
    if n.is_negative() {
        return Err(PyErr::overflow(
            "can't convert negative value to unsigned int",
        ));
    }
    let big = n.to_bigint();
    if big.bits() > 64 {
        return Err(PyErr::overflow(
            "Python int too large to convert to C unsigned long",
        ));
    }
    Ok(big
        .magnitude()
        .to_u32_digits()
        .first()
        .copied()
        .unwrap_or(0))
}

/// The error CPython's `PyLong_AsLong` gives for a non-int.
fn index_type_error(interp: &Interpreter, v: Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        interp.type_name(v)
    ))
}
