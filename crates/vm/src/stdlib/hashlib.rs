//! The `_hashlib` module: the digest algorithms behind the bundled
//! `hashlib` — MD5, SHA-1, the SHA-2 and SHA-3 families, SHAKE and
//! BLAKE2 — as one function, `digest(name, data, length)`, computed by
//! the RustCrypto implementations.
//!
//! Invariant: `digest` is a pure function of its arguments; the hash
//! objects of `hashlib` keep their input and call it when asked for a
//! digest, so a hash object's state is a Python value like any other.

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{NativeFn, bind, define};
use crate::interpreter::Interpreter;

use blake2::digest::{Digest, ExtendableOutput, Update, VariableOutput};

const FUNCTIONS: &[(&str, NativeFn)] = &[("digest", hashlib_digest)];

/// The `_hashlib` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_hashlib", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

fn fixed<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

fn extendable<X: Default + Update + ExtendableOutput>(data: &[u8], length: usize) -> Vec<u8> {
    let mut hasher = X::default();
    hasher.update(data);
    let mut out = vec![0; length];
    hasher.finalize_xof_into(&mut out);
    out
}

fn variable<V: VariableOutput + Update>(data: &[u8], length: usize) -> Option<Vec<u8>> {
    let mut hasher = V::new(length).ok()?;
    hasher.update(data);
    let mut out = vec![0; length];
    hasher.finalize_variable(&mut out).ok()?;
    Some(out)
}

/// The digest of `data` by the algorithm `name` (`length` bytes for the
/// SHAKE and BLAKE2 algorithms); `None` for an unknown name or a length
/// the algorithm cannot give.
fn digest_of(name: &str, data: &[u8], length: usize) -> Option<Vec<u8>> {
    Some(match name {
        "md5" => fixed::<md5::Md5>(data),
        "sha1" => fixed::<sha1::Sha1>(data),
        "sha224" => fixed::<sha2::Sha224>(data),
        "sha256" => fixed::<sha2::Sha256>(data),
        "sha384" => fixed::<sha2::Sha384>(data),
        "sha512" => fixed::<sha2::Sha512>(data),
        "sha512_224" => fixed::<sha2::Sha512_224>(data),
        "sha512_256" => fixed::<sha2::Sha512_256>(data),
        "sha3_224" => fixed::<sha3::Sha3_224>(data),
        "sha3_256" => fixed::<sha3::Sha3_256>(data),
        "sha3_384" => fixed::<sha3::Sha3_384>(data),
        "sha3_512" => fixed::<sha3::Sha3_512>(data),
        "shake_128" => extendable::<sha3::Shake128>(data, length),
        "shake_256" => extendable::<sha3::Shake256>(data, length),
        "blake2b" => variable::<blake2::Blake2bVar>(data, length)?,
        "blake2s" => variable::<blake2::Blake2sVar>(data, length)?,
        _ => return None,
    })
}

/// `_hashlib.digest(name, data, length=0)`.
fn hashlib_digest(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(interp, "digest", args, kw, &["name", "data", "length"], 2)?;
    let name = a[0].unwrap_or(Value::None);
    let Some(name) = interp.heap.str_of(name).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "digest() argument 'name' must be str, not {}",
            interp.type_name(name)
        )));
    };
    let data = super::binascii::buffer_arg(interp, a[1].unwrap_or(Value::None))?;
    let length = match a[2] {
        None => 0,
        Some(v) => super::args::int_arg(interp, v)?,
    };
    let length =
        usize::try_from(length).map_err(|_| PyErr::value_error("length must be non-negative"))?;
    match digest_of(&name, &data, length) {
        Some(out) => Ok(interp.heap.new_bytes(out)),
        None => Err(PyErr::value_error(format!("unsupported hash type {name}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::digest_of;

    fn hex(name: &str, data: &[u8], length: usize) -> String {
        digest_of(name, data, length)
            .unwrap_or_default()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    #[test]
    fn known_digests() {
        assert_eq!(hex("md5", b"", 0), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(
            hex("sha1", b"abc", 0),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(hex("shake_128", b"", 4), "7f9c2ba4");
        assert_eq!(hex("blake2s", b"", 4), "36e9d246");
        assert!(digest_of("nope", b"", 0).is_none());
    }
}
