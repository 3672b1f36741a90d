//! `gamma`, `lgamma`, `erf` and `erfc` by CPython's own algorithms: a
//! Lanczos approximation for the gamma functions, and a power series or a
//! continued fraction for the error functions.

// The constants carry more digits than a double holds; each rounds to the
// nearest double, the value the published tables intend.
#![allow(clippy::excessive_precision)]

use pyrite_objects::PyResult;

use super::{domain_error, range_error};

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
/// The coefficients of `x * (x+1) * … * (x+11)`, lowest power first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
const SQRT_PI: f64 = 1.772_453_850_905_516_027_298_167_483_341_145_182_798;

/// The Lanczos sum, evaluated so as not to overflow for large `x`.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate near the integers; `x` is finite.
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i64 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// `n!` for `n` in `1..=23`, as floats.
fn gamma_integral(n: usize) -> f64 {
    (1..n).map(|k| k as f64).product()
}

pub(super) fn gamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain_error());
    }
    if x == 0.0 {
        return Err(domain_error());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain_error());
        }
        if x <= 23.0 {
            return Ok(gamma_integral(x as usize));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(range_error())
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(range_error())
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

pub(super) fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(domain_error())
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

const ERF_SERIES_CUTOFF: f64 = 1.5;
const ERF_SERIES_TERMS: usize = 25;
const ERFC_CONTFRAC_CUTOFF: f64 = 30.0;
const ERFC_CONTFRAC_TERMS: usize = 50;

/// `erf(x)` by its power series, for `|x| < 1.5`.
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = ERF_SERIES_TERMS as f64 + 0.5;
    for _ in 0..ERF_SERIES_TERMS {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / SQRT_PI
}

/// `erfc(x)` by a continued fraction, for `x >= 1.5`.
fn erfc_contfrac(x: f64) -> f64 {
    if x >= ERFC_CONTFRAC_CUTOFF {
        return 0.0;
    }
    let x2 = x * x;
    let mut a = 0.0;
    let mut da = 0.5;
    let mut p = 1.0;
    let mut p_last = 0.0;
    let mut q = da + x2;
    let mut q_last = 1.0;
    for _ in 0..ERFC_CONTFRAC_TERMS {
        a += da;
        da += 2.0;
        let b = da + x2;
        let t = p;
        p = b * p - a * p_last;
        p_last = t;
        let t = q;
        q = b * q - a * q_last;
        q_last = t;
    }
    p / q * x * (-x2).exp() / SQRT_PI
}

pub(super) fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let absx = x.abs();
    if absx < ERF_SERIES_CUTOFF {
        return erf_series(x);
    }
    let cf = erfc_contfrac(absx);
    if x > 0.0 { 1.0 - cf } else { cf - 1.0 }
}

pub(super) fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let absx = x.abs();
    if absx < ERF_SERIES_CUTOFF {
        return 1.0 - erf_series(x);
    }
    let cf = erfc_contfrac(absx);
    if x > 0.0 { cf } else { 2.0 - cf }
}
