//! The encodings of `binascii` over plain byte slices: hexadecimal,
//! base64 (RFC 4648 alphabet), CRC-32 (the zlib polynomial) and CRC-HQX
//! (CRC-CCITT, polynomial 0x1021).

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// `data` as lowercase hex digits, with `sep` between groups of
/// `group.abs()` bytes counted from the right (positive `group`) or the
/// left (negative).
pub(super) fn hexlify(data: &[u8], sep: Option<u8>, group: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let width = group.unsigned_abs() as usize;
    for (i, byte) in data.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && width > 0 {
                let boundary = if group > 0 {
                    (data.len() - i) % width == 0
                } else {
                    i % width == 0
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(HEX_DIGITS[usize::from(byte >> 4)]);
        out.push(HEX_DIGITS[usize::from(byte & 0x0f)]);
    }
    out
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// The bytes that the hex digits `data` spell.
pub(super) fn unhexlify(data: &[u8]) -> Result<Vec<u8>, &'static str> {
    if data.len() % 2 != 0 {
        return Err("Odd-length string");
    }
    data.chunks(2)
        .map(|pair| match (hex_value(pair[0]), hex_value(pair[1])) {
            (Some(hi), Some(lo)) => Ok(hi << 4 | lo),
            _ => Err("Non-hexadecimal digit found"),
        })
        .collect()
}

const BASE64_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `data` in base64, padded with `=` to a multiple of four characters.
pub(super) fn b2a_base64(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(BASE64_ALPHABET[(n >> (18 - 6 * k) & 0x3f) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

fn base64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// The bytes the base64 text `data` encodes. Outside strict mode,
/// characters outside the alphabet are skipped and decoding ends at the
/// padding that completes a group, as CPython's decoder does.
pub(super) fn a2b_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad_pos = 0usize;
    let mut pads = 0usize;
    let mut left = 0u8;
    let mut padding_started = false;
    let mut count = 0usize;
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".to_string());
    }
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if quad_pos >= 2 && quad_pos + pads >= 4 {
                if strict && i < data.len() {
                    return Err("Excess data after padding".to_string());
                }
                return Ok(out);
            }
            continue;
        }
        let Some(v) = base64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".to_string());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".to_string());
        }
        pads = 0;
        count += 1;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(left << 6 | v);
                left = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({count}) \
             cannot be 1 more than a multiple of 4"
        )),
        _ => Err("Incorrect padding".to_string()),
    }
}

/// The CRC-32 of `data` continuing from `crc` (zlib's, reflected
/// polynomial 0xEDB88320).
pub(crate) fn crc32(data: &[u8], crc: u32) -> u32 {
    let mut c = !crc;
    for &byte in data {
        c ^= u32::from(byte);
        for _ in 0..8 {
            c = if c & 1 != 0 {
                c >> 1 ^ 0xEDB8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// The CRC-HQX of `data` continuing from `crc` (polynomial 0x1021, most
/// significant bit first, no final xor).
pub(super) fn crc_hqx(data: &[u8], crc: u16) -> u16 {
    let mut c = crc;
    for &byte in data {
        c ^= u16::from(byte) << 8;
        for _ in 0..8 {
            c = if c & 0x8000 != 0 {
                c << 1 ^ 0x1021
            } else {
                c << 1
            };
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        for n in 0..10 {
            let data: Vec<u8> = (0..n).map(|i| (i * 37) as u8).collect();
            assert_eq!(a2b_base64(&b2a_base64(&data), true), Ok(data));
        }
    }

    #[test]
    fn known_checksums() {
        assert_eq!(crc32(b"hello world", 0), 0x0d4a_1185);
        assert_eq!(crc_hqx(b"hello world", 0), 0x3be4);
        assert_eq!(hexlify(b"\x01\x02\x03", Some(b':'), 2), b"01:0203");
        assert_eq!(hexlify(b"\x01\x02\x03", Some(b':'), -2), b"0102:03");
    }
}
