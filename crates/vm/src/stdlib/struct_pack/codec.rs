//! Packing one item's values into bytes and reading them back.

use num_bigint::BigInt;
use pyrite_objects::types::int::Int;
use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use super::format::{Item, Order};
use super::{half, struct_error};
use crate::interpreter::Interpreter;

/// The value of an integer argument (through `__index__`), or `None` when
/// it is too large for any format.
fn int_value(interp: &mut Interpreter, v: Value) -> PyResult<Option<i128>> {
    if let Some(i) = Int::from_value(&interp.heap, v) {
        return Ok(i128::try_from(&i.to_bigint()).ok());
    }
    let index = match v {
        Value::Float(_) => None,
        _ => interp.user_special(v, "__index__"),
    };
    let Some(index) = index else {
        return Err(struct_error(interp, "required argument is not an integer"));
    };
    let r = interp.call_special(index, v, &[])?;
    let out = Int::from_value(&interp.heap, r).map(|i| i128::try_from(&i.to_bigint()).ok());
    interp.heap.decref(r);
    out.ok_or_else(|| PyErr::type_error("__index__ returned non-int"))
}

/// The range of an integer code, and the name CPython's message gives it
/// (`None`: the message is "argument out of range").
fn int_range(code: char, size: usize, order: Order) -> (i128, i128, Option<String>) {
    let bits = size as u32 * 8;
    let signed = code.is_ascii_lowercase();
    let (lo, hi) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let name = match code {
        'b' => Some("byte format".to_string()),
        'B' => Some("ubyte format".to_string()),
        'h' => Some("short format".to_string()),
        'H' => Some("ushort format".to_string()),
        'i' | 'I' => Some(format!("'{code}' format")),
        'l' | 'L' if !order.native() => Some(format!("'{code}' format")),
        _ => None,
    };
    (lo, hi, name)
}

/// Pack the values of `item` into `out` at the item's offset.
pub(super) fn pack_item(
    interp: &mut Interpreter,
    order: Order,
    item: &Item,
    values: &[Value],
    out: &mut [u8],
) -> PyResult<()> {
    let at = item.offset;
    match item.code {
        'x' => Ok(()),
        's' | 'p' => {
            let v = values[0];
            let Some(data) = bytes_of(interp, v) else {
                return Err(struct_error(
                    interp,
                    &format!("argument for '{}' must be a bytes object", item.code),
                ));
            };
            let field = &mut out[at..at + item.count];
            if item.code == 's' {
                let n = data.len().min(field.len());
                field[..n].copy_from_slice(&data[..n]);
            } else if !field.is_empty() {
                let n = data.len().min(field.len() - 1).min(255);
                field[0] = n as u8;
                field[1..=n].copy_from_slice(&data[..n]);
            }
            Ok(())
        }
        code => {
            for (k, v) in values.iter().enumerate() {
                let slot = &mut out[at + k * item.size..at + (k + 1) * item.size];
                pack_one(interp, order, code, *v, slot)?;
            }
            Ok(())
        }
    }
}

fn pack_one(
    interp: &mut Interpreter,
    order: Order,
    code: char,
    v: Value,
    slot: &mut [u8],
) -> PyResult<()> {
    let little = order.little();
    let put = |slot: &mut [u8], bytes: &[u8]| {
        let n = slot.len();
        if little {
            slot.copy_from_slice(&bytes[..n]);
        } else {
            slot.copy_from_slice(&bytes[bytes.len() - n..]);
        }
    };
    match code {
        'c' => match bytes_of(interp, v) {
            Some(b) if b.len() == 1 => {
                slot[0] = b[0];
                Ok(())
            }
            _ => Err(struct_error(
                interp,
                "char format requires a bytes object of length 1",
            )),
        },
        '?' => {
            slot[0] = u8::from(interp.truthy(v)?);
            Ok(())
        }
        'e' | 'f' | 'd' => {
            let x = super::super::math::to_f64(interp, v)
                .map_err(|_| struct_error(interp, "required argument is not a float"))?;
            let bytes: Vec<u8> = match code {
                'e' => {
                    let Some(h) = half::pack(x) else {
                        return Err(PyErr::new(
                            ExcKind::OverflowError,
                            "float too large to pack with e format",
                        ));
                    };
                    if little {
                        h.to_le_bytes()
                    } else {
                        h.to_be_bytes()
                    }
                    .to_vec()
                }
                'f' => {
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() && !order.native() {
                        return Err(PyErr::new(
                            ExcKind::OverflowError,
                            "float too large to pack with f format",
                        ));
                    }
                    if little {
                        y.to_le_bytes()
                    } else {
                        y.to_be_bytes()
                    }
                    .to_vec()
                }
                _ => if little {
                    x.to_le_bytes()
                } else {
                    x.to_be_bytes()
                }
                .to_vec(),
            };
            slot.copy_from_slice(&bytes);
            Ok(())
        }
        _ => {
            let n = int_value(interp, v)?;
            let (lo, hi, name) = int_range(code, slot.len(), order);
            match n {
                Some(n) if (lo..=hi).contains(&n) => {
                    let bytes = if little {
                        n.to_le_bytes()
                    } else {
                        n.to_be_bytes()
                    };
                    put(slot, &bytes);
                    Ok(())
                }
                // CPython reports a negative value for `I` and `L` as
                // out of range, not with the bounds.
                Some(n) if n < 0 && matches!(code, 'I' | 'L') => {
                    Err(struct_error(interp, "argument out of range"))
                }
                _ => Err(range_error(interp, name, lo, hi)),
            }
        }
    }
}

fn range_error(interp: &mut Interpreter, name: Option<String>, lo: i128, hi: i128) -> PyErr {
    match name {
        Some(name) => struct_error(interp, &format!("{name} requires {lo} <= number <= {hi}")),
        None => struct_error(interp, "argument out of range"),
    }
}

/// The bytes of a bytes or bytearray value.
pub(super) fn bytes_of(interp: &Interpreter, v: Value) -> Option<Vec<u8>> {
    match interp.heap.payload(v.as_obj()?) {
        pyrite_objects::Payload::Bytes(b) => Some(b.to_vec()),
        pyrite_objects::Payload::ByteArray(b) => Some(b.clone()),
        _ => None,
    }
}

/// The values of `item` read from `data` at the item's offset (new
/// references).
pub(super) fn unpack_item(
    interp: &mut Interpreter,
    order: Order,
    item: &Item,
    data: &[u8],
    out: &mut Vec<Value>,
) {
    let at = item.offset;
    match item.code {
        'x' => {}
        's' => out.push(interp.heap.new_bytes(data[at..at + item.count].to_vec())),
        'p' => {
            let field = &data[at..at + item.count];
            let n = field
                .first()
                .map_or(0, |&n| usize::from(n).min(field.len().saturating_sub(1)));
            out.push(interp.heap.new_bytes(field[1..=n].to_vec()));
        }
        code => {
            for k in 0..item.count {
                let slot = &data[at + k * item.size..at + (k + 1) * item.size];
                out.push(unpack_one(interp, order, code, slot));
            }
        }
    }
}

fn unpack_one(interp: &mut Interpreter, order: Order, code: char, slot: &[u8]) -> Value {
    let little = order.little();
    let mut buf = [0u8; 8];
    let n = slot.len();
    if little {
        buf[..n].copy_from_slice(slot);
    } else {
        for (i, b) in slot.iter().rev().enumerate() {
            buf[i] = *b;
        }
    }
    let raw = u64::from_le_bytes(buf);
    match code {
        'c' => interp.heap.new_bytes(vec![slot[0]]),
        '?' => Value::Bool(slot[0] != 0),
        'e' => Value::Float(half::unpack(raw as u16)),
        'f' => Value::Float(f64::from(f32::from_bits(raw as u32))),
        'd' => Value::Float(f64::from_bits(raw)),
        c if c.is_ascii_lowercase() => {
            let shift = 64 - 8 * n as u32;
            Value::Int(((raw << shift) as i64) >> shift)
        }
        _ => match i64::try_from(raw) {
            Ok(i) => Value::Int(i),
            Err(_) => Int::from_bigint(BigInt::from(raw)).into_value(&mut interp.heap),
        },
    }
}
