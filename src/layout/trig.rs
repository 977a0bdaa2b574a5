//! Sine and cosine for the donut's angles, small enough for the wasm build:
//! std's (libm's) carry a Payne–Hanek reduction for huge arguments, ~4 KB
//! that angles within a few turns never need. The kernels are fdlibm's
//! (`__kernel_sin`/`__kernel_cos`, error under 1 ulp on [-π/4, π/4]); the
//! Cody–Waite reduction by π/2 stays within ~1e-15 for |a| < 1e5.

use std::f64::consts::FRAC_2_PI;

// π/2 as a 33-bit head (exact times any small integer) and its tail.
const PIO2_HI: f64 = 1.570_796_326_734_125_614_17;
const PIO2_LO: f64 = 6.077_100_506_506_192_249_32e-11;

/// `(a.sin(), a.cos())`, for angles of at most a few turns.
pub fn sin_cos(a: f64) -> (f64, f64) {
    let k = (a * FRAC_2_PI).round();
    let x = (a - k * PIO2_HI) - k * PIO2_LO;
    let (s, c) = (sin_kernel(x), cos_kernel(x));
    // `as i64` maps NaN to 0; x is NaN then and so are both results.
    match (k as i64) & 3 {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

fn sin_kernel(x: f64) -> f64 {
    const S: [f64; 6] = [
        -1.666_666_666_666_663_243_48e-01,
        8.333_333_333_322_489_461_24e-03,
        -1.984_126_982_985_794_931_34e-04,
        2.755_731_370_707_006_767_89e-06,
        -2.505_076_025_340_686_341_95e-08,
        1.589_690_995_211_550_102_21e-10,
    ];
    let z = x * x;
    let r = S[1] + z * (S[2] + z * (S[3] + z * (S[4] + z * S[5])));
    x + z * x * (S[0] + z * r)
}

fn cos_kernel(x: f64) -> f64 {
    const C: [f64; 6] = [
        4.166_666_666_666_660_190_37e-02,
        -1.388_888_888_887_410_957_49e-03,
        2.480_158_728_947_672_941_78e-05,
        -2.755_731_435_139_066_330_35e-07,
        2.087_572_321_298_174_827_90e-09,
        -1.135_964_755_778_819_482_65e-11,
    ];
    let z = x * x;
    let w = z * z;
    let r = z * (C[0] + z * (C[1] + z * C[2])) + w * w * (C[3] + z * (C[4] + z * C[5]));
    let hz = 0.5 * z;
    let w = 1.0 - hz;
    w + (((1.0 - w) - hz) + z * r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_std_over_a_few_turns() {
        let mut worst: f64 = 0.0;
        for i in -200_000..=200_000 {
            let a = i as f64 * 1.7e-4 + 0.123_456_789e-7 * (i % 7) as f64;
            let (s, c) = sin_cos(a);
            worst = worst.max((s - a.sin()).abs()).max((c - a.cos()).abs());
        }
        assert!(worst < 1e-15, "worst error {worst:e}");
    }

    #[test]
    fn exact_at_the_quarters_and_nan_stays_nan() {
        let (s, c) = sin_cos(0.0);
        assert_eq!((s, c), (0.0, 1.0));
        let q = std::f64::consts::FRAC_PI_2;
        for k in 1..8 {
            let a = k as f64 * q;
            let (s, c) = sin_cos(a);
            assert!((s - a.sin()).abs() < 1e-15 && (c - a.cos()).abs() < 1e-15, "{k}");
        }
        let (s, c) = sin_cos(f64::NAN);
        assert!(s.is_nan() && c.is_nan());
        let (s, c) = sin_cos(f64::INFINITY);
        assert!(s.is_nan() && c.is_nan());
    }
}
