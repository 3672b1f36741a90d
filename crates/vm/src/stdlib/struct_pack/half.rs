//! IEEE 754 half precision (the `e` format): conversions to and from
//! `f64`, rounding to nearest with ties to even, as CPython's
//! `PyFloat_Pack2` does.

/// The 16 bits of `x` as a half-precision float; `None` when `x` is
/// finite but too large (CPython's OverflowError).
pub(super) fn pack(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // a = m * 2**e with 0.5 <= m < 1.
    let (mut m, mut e) = frexp(a);
    if e > 16 {
        return None;
    }
    let bits: u16;
    if e < -13 {
        // Subnormal: a / 2**-24, rounded.
        m = a * 2f64.powi(24);
        let r = round_half_even(m);
        bits = r as u16;
        // A subnormal that rounds up to 2**10 is the smallest normal,
        // whose bits are exactly that.
        return Some(sign | bits);
    }
    // Normal: 1.f * 2**(e-1), 10 fraction bits.
    m = m * 2.0 - 1.0;
    e -= 1;
    let mut fraction = round_half_even(m * 1024.0) as u32;
    let mut exponent = (e + 15) as u32;
    if fraction == 1024 {
        fraction = 0;
        exponent += 1;
    }
    if exponent >= 31 {
        return None;
    }
    bits = ((exponent << 10) | fraction) as u16;
    Some(sign | bits)
}

/// The value of half-precision bits.
pub(super) fn unpack(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = i32::from((bits >> 10) & 0x1f);
    let fraction = f64::from(bits & 0x3ff);
    match exponent {
        0 => sign * fraction * 2f64.powi(-24),
        31 if fraction == 0.0 => sign * f64::INFINITY,
        31 => f64::NAN.copysign(sign),
        _ => sign * (1.0 + fraction / 1024.0) * 2f64.powi(exponent - 15),
    }
}

fn frexp(a: f64) -> (f64, i32) {
    let mut e = a.log2().floor() as i32 + 1;
    let mut m = a / 2f64.powi(e);
    // Correct an off-by-one from log2's rounding.
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    (m, e)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (r - x).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_limits() {
        assert_eq!(pack(1.0), Some(0x3c00));
        assert_eq!(pack(-2.0), Some(0xc000));
        assert_eq!(pack(65504.0), Some(0x7bff));
        assert_eq!(pack(65520.0), None);
        assert_eq!(pack(5.960464477539063e-08), Some(1));
        assert_eq!(unpack(0x3c00), 1.0);
        assert_eq!(unpack(0x7bff), 65504.0);
        assert_eq!(unpack(1), 5.960464477539063e-08);
    }
}
