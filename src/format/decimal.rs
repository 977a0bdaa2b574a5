//! f64 to decimal text, byte for byte what Rust's `Display` (`{}`) and `{:.N}`
//! print, without core's float formatting (several KB of the wasm). Exact
//! big-integer arithmetic: [`shortest`] is Dragon4 as core's fallback does it,
//! [`fixed`] rounds the exact binary value half to even, as core does.

use core::cmp::Ordering;

/// What `v.to_string()` prints: the shortest digits that read back as `v`
/// (the nearest such when several), never an exponent: `0.1`, `1e21` as
/// `1000000000000000000000`, `-0`, `NaN`, `inf`.
pub fn shortest(v: f64) -> String {
    few_digits(v).unwrap_or_else(|| text(v, None))
}

/// The shortest text of a `v` that takes at most 15 significant digits, the
/// data's usual kind (`52.34`), without big integers: the fewest fraction
/// digits k whose rounded `|v| × 10^k` divides back to exactly `|v|`. Up to 15
/// digits only one such decimal reads back as `v` (so it is Dragon4's too),
/// and `|v| × 10^k` is within 0.22 of it, so rounding finds it at the first k
/// that has one. None for the rest (more digits, tiny or huge values).
fn few_digits(v: f64) -> Option<String> {
    let a = v.abs();
    if !(a == 0.0 || (1e-5..1e15).contains(&a)) {
        return None;
    }
    let mut p = 1.0;
    for k in 0..=20usize {
        let m = (a * p).round();
        if m >= 1e15 {
            return None;
        }
        if m / p == a {
            // The digits of m, with a point k from the end (zeros before it as needed).
            let digits = uint(m as u64);
            let mut padded = "0".repeat((k + 1).saturating_sub(digits.len()));
            padded.push_str(&digits);
            let (int, frac) = padded.split_at(padded.len() - k);
            let mut out = String::with_capacity(padded.len() + 2);
            if v.is_sign_negative() {
                out.push('-');
            }
            out.push_str(int);
            if k > 0 {
                out.push('.');
                out.push_str(frac);
            }
            return Some(out);
        }
        p *= 10.0;
    }
    None
}

/// Appends the decimal digits of `n` (without `core::fmt`).
pub fn push_uint(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(buf[i..].iter().map(|d| char::from(*d)));
}

/// Appends `n` in decimal, with a minus sign when negative.
pub fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_uint(out, n.unsigned_abs());
}

/// The decimal digits of `n`.
pub fn uint(n: u64) -> String {
    let mut s = String::new();
    push_uint(&mut s, n);
    s
}

/// What `format!("{:.N}", v)` prints for N = `decimals`: the exact value
/// rounded half to even at that digit (`0.125` → `0.12`), `-0.0` keeps its sign.
pub fn fixed(v: f64, decimals: usize) -> String {
    text(v, Some(decimals))
}

/// One body for both, so the wasm holds the layout once.
fn text(v: f64, decimals: Option<usize>) -> String {
    let mut out = Vec::new();
    if v.is_sign_negative() && !v.is_nan() {
        out.push(b'-');
    }
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
    } else if v.is_infinite() {
        out.extend_from_slice(b"inf");
    } else {
        // |v| = mant × 2^exp.
        let bits = v.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1 << 52) - 1);
        let (mant, exp) = if biased == 0 { (frac, -1074) } else { (frac | 1 << 52, biased - 1075) };
        // v = 0.d × 10^k
        let (d, k) = if let Some(decimals) = decimals {
            // The digits of round(v × 10^decimals).
            let mut n = Big::from_u64(mant);
            n.mul_pow10(decimals);
            if exp >= 0 {
                n.mul_pow2(exp as usize);
            } else {
                n.div_pow2_even(-exp as usize);
            }
            let d = n.decimal();
            let k = d.len() as i32 - decimals as i32;
            (d, k)
        } else if mant == 0 {
            (b"0".to_vec(), 1)
        } else if v.fract() == 0.0 && v.abs() < 9007199254740992.0 {
            // Whole numbers below 2^53 are their own shortest digits.
            let d = Big::from_u64(v.abs() as u64).decimal();
            let k = d.len() as i32;
            (d, k)
        } else {
            dragon_shortest(mant, exp)
        };
        // Laid out as core does: `0.00ddd`, `dd.ddd`, `ddd00`.
        if k <= 0 {
            out.extend_from_slice(b"0.");
            out.resize(out.len() + (-k) as usize, b'0');
            out.extend_from_slice(&d);
        } else if (k as usize) < d.len() {
            out.extend_from_slice(&d[..k as usize]);
            out.push(b'.');
            out.extend_from_slice(&d[k as usize..]);
        } else {
            out.extend_from_slice(&d);
            out.resize(out.len() + k as usize - d.len(), b'0');
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The shortest digits between the neighbours' midpoints and the power of ten
/// `k` with `v = 0.digits × 10^k`: core's `flt2dec::strategy::dragon::format_shortest`
/// on core's decoding (a power of two's lower neighbour is twice as close).
fn dragon_shortest(m: u64, e: i32) -> (Vec<u8>, i32) {
    // Midpoints count as reading back to `v` when its mantissa is even, as core
    // decodes it: a subnormal's is doubled, so always even.
    let inclusive = m & 1 == 0 || m >> 52 == 0;
    let pow2 = m == 1 << 52;
    // v = mant / scale, the gap to the lower midpoint `minus / scale`, to the
    // upper one twice that for a power of two, else the same.
    let (m, e) = if pow2 { (m << 2, e - 2) } else { (m << 1, e - 1) };
    let below = |a: &Big, b: &Big| match a.cmp(b) {
        Ordering::Less => true,
        Ordering::Equal => inclusive,
        Ordering::Greater => false,
    };
    let plus = 1 + pow2 as u64;
    let nbits = 64 - (m + plus - 1).leading_zeros() as i64;
    let mut k = (((nbits + e as i64) * 1292913986) >> 32) as i32;
    let (mut mant, mut minus, mut scale) = (Big::from_u64(m), Big::from_u64(1), Big::from_u64(1));
    if e < 0 {
        scale.mul_pow2(-e as usize);
    } else {
        mant.mul_pow2(e as usize);
        minus.mul_pow2(e as usize);
    }
    if k >= 0 {
        scale.mul_pow10(k as usize);
    } else {
        mant.mul_pow10(-k as usize);
        minus.mul_pow10(-k as usize);
    }
    // mant + plus, with plus = minus or 2 × minus.
    let high = |mant: &Big, minus: &Big| {
        let mut h = mant.plus(minus);
        if pow2 {
            h.add(minus);
        }
        h
    };
    if below(&scale, &high(&mant, &minus)) {
        k += 1;
    } else {
        mant.mul_small(10);
        minus.mul_small(10);
    }
    let mut digits = Vec::new();
    let (down, up) = loop {
        let mut d = b'0';
        while mant.cmp(&scale) != Ordering::Less {
            mant.sub(&scale);
            d += 1;
        }
        digits.push(d);
        let down = below(&mant, &minus);
        let up = below(&scale, &high(&mant, &minus));
        if down || up {
            break (down, up);
        }
        mant.mul_small(10);
        minus.mul_small(10);
    };
    if up && (!down || mant.plus(&mant).cmp(&scale) != Ordering::Less) {
        // Round the last digit up, carrying through nines.
        match digits.iter().rposition(|&c| c != b'9') {
            Some(i) => {
                digits[i] += 1;
                digits[i + 1..].fill(b'0');
            }
            None => {
                digits.fill(b'0');
                digits[0] = b'1';
                digits.push(b'0');
                k += 1;
            }
        }
    }
    (digits, k)
}

/// The f64 nearest 10^`n` (n ≤ 308), rounding half to even: what a table
/// of the literals `1e0` … `1e308` holds, computed from the exact integer
/// instead of carried in the wasm as 2.5 kB of incompressible bits.
pub fn pow10_nearest(n: usize) -> f64 {
    let mut b = Big::from_u64(1);
    b.mul_pow10(n);
    let bits = 32 * b.len - b.d[b.len - 1].leading_zeros() as usize;
    let shift = bits.saturating_sub(53);
    if shift > 0 {
        b.div_pow2_even(shift);
    }
    // At most 2^53 (a rounding carry): exact as an f64, as is the power of two.
    let m = u64::from(b.d[0]) | u64::from(b.d[1]) << 32;
    m as f64 * f64::from_bits((1023 + shift as u64) << 52)
}

/// A non-negative integer in 32-bit limbs, least significant first: `len`
/// limbs in use, no zero limb on top, zeros above. 1280 bits hold any f64
/// scaled as above (core's `Big32x40` has the same bound), and `fixed` up to
/// 70 decimals. A fixed array: smaller in the wasm than a Vec's growth paths.
#[derive(Clone)]
struct Big {
    len: usize,
    d: [u32; 40],
}

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big { len: 2, d: [0; 40] };
        b.d[0] = v as u32;
        b.d[1] = (v >> 32) as u32;
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.len > 0 && self.d[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for d in &mut self.d[..self.len] {
            let t = *d as u64 * m as u64 + carry;
            *d = t as u32;
            carry = t >> 32;
        }
        if carry > 0 {
            self.d[self.len] = carry as u32;
            self.len += 1;
        }
    }

    fn mul_pow10(&mut self, mut n: usize) {
        while n >= 9 {
            self.mul_small(1_000_000_000);
            n -= 9;
        }
        self.mul_small(10u32.pow(n as u32));
    }

    fn mul_pow2(&mut self, mut n: usize) {
        while n >= 31 {
            self.mul_small(1 << 31);
            n -= 31;
        }
        self.mul_small(1 << n);
    }

    /// Divides by `d`, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for x in self.d[..self.len].iter_mut().rev() {
            let t = rem << 32 | *x as u64;
            *x = (t / d as u64) as u32;
            rem = t % d as u64;
        }
        self.trim();
        rem as u32
    }

    fn bit(&self, i: usize) -> bool {
        self.d.get(i / 32).is_some_and(|d| d >> (i % 32) & 1 == 1)
    }

    /// Divides by 2^n (n ≥ 1), rounding half to even.
    fn div_pow2_even(&mut self, n: usize) {
        let half = self.bit(n - 1);
        let rest = (0..n - 1).any(|i| self.bit(i));
        let mut left = n;
        while left >= 31 {
            self.div_small(1 << 31);
            left -= 31;
        }
        self.div_small(1 << left);
        if half && (rest || self.bit(0)) {
            self.add(&Big::from_u64(1));
        }
    }

    fn add(&mut self, o: &Big) {
        let n = self.len.max(o.len);
        let mut carry = 0u64;
        for i in 0..n {
            let t = self.d[i] as u64 + o.d[i] as u64 + carry;
            self.d[i] = t as u32;
            carry = t >> 32;
        }
        self.len = n;
        if carry > 0 {
            self.d[n] = 1;
            self.len += 1;
        }
    }

    fn plus(&self, o: &Big) -> Big {
        let mut s = self.clone();
        s.add(o);
        s
    }

    /// `self -= o`, where `o <= self`.
    fn sub(&mut self, o: &Big) {
        let mut borrow = 0i64;
        for i in 0..self.len {
            let t = self.d[i] as i64 - o.d[i] as i64 - borrow;
            self.d[i] = t as u32;
            borrow = (t < 0) as i64;
        }
        self.trim();
    }

    fn cmp(&self, o: &Big) -> Ordering {
        if self.len != o.len {
            return self.len.cmp(&o.len);
        }
        for i in (0..self.len).rev() {
            if self.d[i] != o.d[i] {
                return self.d[i].cmp(&o.d[i]);
            }
        }
        Ordering::Equal
    }

    /// Decimal digits, `0` for zero.
    fn decimal(mut self) -> Vec<u8> {
        let mut digits = Vec::new();
        loop {
            digits.push(b'0' + self.div_small(10) as u8);
            if self.len == 0 {
                break;
            }
        }
        digits.reverse();
        digits
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn pow10_nearest_is_the_literal() {
        for n in 0..=308 {
            assert_eq!(super::pow10_nearest(n), format!("1e{n}").parse::<f64>().unwrap(), "1e{n}");
        }
    }

    use super::{fixed, push_int, shortest};

    #[test]
    fn integers_as_std_writes_them() {
        for n in [0, 7, -7, 10, -100_000, 1_234_567, i64::MAX, i64::MIN] {
            let mut s = String::new();
            push_int(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    /// Both formatters against std's, at the precisions the code uses and a few more.
    fn check(v: f64) {
        assert_eq!(shortest(v), v.to_string(), "shortest of {:e} ({:#x})", v, v.to_bits());
        for n in [0, 1, 2, 3, 4, 7, 17] {
            assert_eq!(fixed(v, n), format!("{v:.n$}"), "fixed {n} of {:e} ({:#x})", v, v.to_bits());
        }
    }

    /// xorshift64*: a fixed seed, so a failure replays.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    #[test]
    fn special_values() {
        for v in [0.0, -0.0, f64::NAN, -f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN, f64::MIN_POSITIVE, f64::EPSILON] {
            check(v);
        }
        assert_eq!(shortest(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(shortest(1e21), "1000000000000000000000");
        assert_eq!(shortest(-0.0), "-0");
        assert_eq!(shortest(41.2), "41.2");
        assert_eq!(shortest(0.0001), "0.0001");
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(-0.01, 1), "-0.0");
        // The bignum's bound: the largest and smallest f64 at 70 decimals.
        for v in [f64::MAX, f64::from_bits(1), -f64::MIN_POSITIVE] {
            assert_eq!(fixed(v, 70), format!("{v:.70}"));
        }
    }

    #[test]
    fn random_bit_patterns() {
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..30_000 {
            check(f64::from_bits(r.next()));
        }
    }

    #[test]
    fn subnormals_and_powers_of_two_with_neighbours() {
        let mut r = Rng(7);
        for _ in 0..5_000 {
            check(f64::from_bits(r.below(1 << 52) | (r.next() & 1 << 63)));
        }
        for bits in (0..20).chain((1 << 52) - 20..(1 << 52) + 20) {
            check(f64::from_bits(bits));
        }
        for e in 1..2047u64 {
            let p = e << 52;
            for bits in [p - 1, p, p + 1] {
                check(f64::from_bits(bits));
            }
        }
    }

    #[test]
    fn powers_of_ten_and_integers_near_2_to_the_53() {
        for e in -325..=308 {
            let v: f64 = format!("1e{e}").parse().unwrap();
            for bits in [v.to_bits().saturating_sub(1), v.to_bits(), v.to_bits() + 1] {
                check(f64::from_bits(bits));
            }
        }
        for base in [1u64 << 53, 1 << 54, 1 << 60, 10_000_000_000_000_000] {
            for d in 0..300 {
                check((base - d) as f64);
                check((base + d) as f64);
            }
        }
    }

    #[test]
    fn random_decimals_of_1_to_17_digits() {
        let mut r = Rng(42);
        for _ in 0..40_000 {
            let digits = 1 + r.below(17) as u32;
            let m = r.below(10u64.pow(digits));
            let e = r.below(80) as i32 - 40;
            let v: f64 = format!("{m}e{e}").parse().unwrap();
            check(if r.next() & 1 == 1 { -v } else { v });
        }
    }

    #[test]
    fn halfway_cases_round_to_even() {
        let mut r = Rng(5);
        for _ in 0..20_000 {
            // An odd number of 2^-j: exactly halfway at some decimal place.
            let j = 1 + r.below(12) as i32;
            let v = (2 * r.below(1 << 20) + 1) as f64 / 2f64.powi(j);
            check(v);
            check(-v);
        }
    }

    #[test]
    fn fixture_values() {
        fn walk(v: &serde_json::Value, out: &mut Vec<f64>) {
            match v {
                serde_json::Value::Number(n) => out.extend(n.as_f64()),
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let mut values = Vec::new();
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/www/data")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
                walk(&doc, &mut values);
            }
        }
        assert!(values.len() > 50, "fixtures hold {} numbers", values.len());
        for v in values {
            check(v);
            check(v / 1e6);
            check(v * 1.1);
        }
    }
}
