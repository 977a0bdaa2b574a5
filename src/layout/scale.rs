//! Value scales: a linear map from values to pixels and "nice" round ticks.

/// Maps `[0, max]` onto a pixel span.
#[derive(Debug, Clone, Copy)]
pub struct Linear {
    pub max: f64,
    pub pixels: f64,
}

impl Linear {
    pub fn new(max: f64, pixels: f64) -> Linear {
        // An all-zero chart still gets a scale; its bars are just empty.
        Linear { max: if max > 0.0 { max } else { 1.0 }, pixels }
    }

    pub fn px(&self, v: f64) -> f64 {
        v.max(0.0) / self.max * self.pixels
    }
}

/// Maps `[lo, hi]` onto a pixel span: a value axis that may go below zero (lines).
#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub lo: f64,
    pub hi: f64,
    pub pixels: f64,
}

impl Span {
    pub fn new(lo: f64, hi: f64, pixels: f64) -> Span {
        // An empty range still gets a scale, as in `Linear`.
        if hi > lo { Span { lo, hi, pixels } } else { Span { lo, hi: lo + 1.0, pixels } }
    }

    /// Pixels above the span's low end.
    pub fn px(&self, v: f64) -> f64 {
        // Halved first: ±1.8e308 are valid values, and their difference overflows.
        (v / 2.0 - self.lo / 2.0) / (self.hi / 2.0 - self.lo / 2.0) * self.pixels
    }
}

/// A round step (1, 2, 2.5 or 5 × 10^k) at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let mag = pow10(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag)
}

/// `10f64.powf(e)` for a whole `e`, without linking libm's pow (~1 KB of wasm):
/// 10^0…10^22 are exact doubles, and dividing by one rounds correctly, so
/// |e| ≤ 22 gives pow's exact result; beyond, powi is off by a few ulps at most.
fn pow10(e: f64) -> f64 {
    if e.abs() <= 22.0 {
        let p = (0..e.abs() as u32).fold(1.0, |p, _| p * 10.0);
        return if e < 0.0 { 1.0 / p } else { p };
    }
    10f64.powi(e as i32)
}

/// Round ticks from 0 up to at least `max`: steps of 1, 2, 2.5 or 5 × 10^k, about
/// `target` of them. Returns the ticks; the last is the scale's new end.
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    if !(max > 0.0) || !max.is_finite() {
        return vec![0.0, 1.0];
    }
    let mut step = nice_step(max / target.max(1) as f64);
    // An axis running far past the data (1 500 for 1 035: a third of the plot
    // empty, a stack's segments too thin for their figures) takes the next
    // smaller round step if that makes at most one tick more than asked (1 250).
    // 1 → 0.5, 2 → 1, 2.5 → 2, 5 → 2.5 (× 10^k).
    let lead = step / pow10(step.log10().floor());
    let smaller = step * if (lead - 2.5).abs() < 1e-9 { 0.8 } else { 0.5 };
    if (max / step - 1e-9).ceil() * step > max * 1.3 && (max / smaller - 1e-9).ceil() <= (target + 1) as f64 {
        step = smaller;
    }
    let n = (max / step - 1e-9).ceil();
    // Subnormal or near-overflow values make the step 0 or the last tick infinite:
    // then the axis is just its two ends.
    if !(step > 0.0) || !(n * step).is_finite() || !(1.0..=1000.0).contains(&n) {
        return vec![0.0, max];
    }
    multiples(0, n as i64, step)
}

/// Round ticks covering `min..max` and always 0 (the baseline), for values that
/// may be negative. The first and last ticks are the scale's ends.
pub fn nice_range(min: f64, max: f64, target: usize) -> Vec<f64> {
    let (lo, hi) = (min.min(0.0), max.max(0.0));
    if hi <= lo || !lo.is_finite() || !hi.is_finite() {
        return vec![0.0, 1.0];
    }
    let step = nice_step((hi - lo) / target.max(1) as f64);
    let (f, l) = ((lo / step + 1e-9).floor(), (hi / step - 1e-9).ceil());
    // As in `nice_ticks`: degenerate steps fall back to the range's ends.
    let sane = step > 0.0 && (f * step).is_finite() && (l * step).is_finite() && (1.0..=1000.0).contains(&(l - f));
    if !sane {
        return if lo < 0.0 && hi > 0.0 { vec![lo, 0.0, hi] } else { vec![lo, hi] };
    }
    let (first, last) = (f as i64, l as i64);
    // Multiples of the step: 0 is always one of them.
    multiples(first, last, step)
}

/// Round ticks just around `min`..`max`, zero not forced in (a line's axis
/// off zero); a single value gets a span of a tenth of it either side.
pub fn nice_span(min: f64, max: f64, target: usize) -> Vec<f64> {
    if !(min.is_finite() && max.is_finite()) || max < min {
        return vec![0.0, 1.0];
    }
    let d = if max > min { 0.0 } else { min.abs().max(1e-300) * 0.1 };
    let (lo, hi) = (min - d, max + d);
    let step = nice_step((hi - lo) / target.max(1) as f64);
    let (f, l) = ((lo / step + 1e-9).floor(), (hi / step - 1e-9).ceil());
    let sane = step > 0.0 && (f * step).is_finite() && (l * step).is_finite() && (1.0..=1000.0).contains(&(l - f));
    if !sane {
        return vec![lo, hi];
    }
    multiples(f as i64, l as i64, step)
}

/// `i × step` for `i` from `first` to `last`: one plain loop, where each
/// `(a..=b).map(…).collect()` brought its own range and size-hint code.
fn multiples(first: i64, last: i64, step: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let mut i = first;
    while i <= last {
        out.push(i as f64 * step);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_off_zero_has_round_ticks_around_the_values() {
        assert_eq!(nice_span(205.0, 296.0, 5), vec![200.0, 220.0, 240.0, 260.0, 280.0, 300.0]);
        assert_eq!(nice_span(-296.0, -205.0, 5), vec![-300.0, -280.0, -260.0, -240.0, -220.0, -200.0]);
        let one = nice_span(50.0, 50.0, 4);
        assert!(one[0] < 50.0 && *one.last().unwrap() > 50.0 && one[0] > 0.0, "{one:?}");
        assert!(nice_span(1e308, 1.6e308, 4).iter().all(|t| t.is_finite()));
    }

    #[test]
    fn extreme_values_keep_a_finite_axis() {
        assert_eq!(nice_ticks(1e-323, 4), vec![0.0, 1e-323]);
        assert_eq!(nice_ticks(1.6e308, 4), vec![0.0, 1.6e308]);
        assert_eq!(nice_range(-1e-323, 1e-323, 4), vec![-1e-323, 0.0, 1e-323]);
        assert!(nice_range(-1.6e308, 1.6e308, 4).iter().all(|t| t.is_finite()));
        let s = Span::new(-1e308, 1e308, 100.0);
        assert_eq!((s.px(-1e308), s.px(0.0), s.px(1e308)), (0.0, 50.0, 100.0));
    }

    #[test]
    fn ticks_are_round_and_cover_the_max() {
        assert_eq!(nice_ticks(255e6, 4), vec![0.0, 1e8, 2e8, 3e8]);
        assert_eq!(nice_ticks(5000.0, 4), vec![0.0, 2000.0, 4000.0, 6000.0]);
        assert_eq!(nice_ticks(100.0, 4), vec![0.0, 25.0, 50.0, 75.0, 100.0]);
        assert_eq!(nice_ticks(0.0, 4), vec![0.0, 1.0]);
        let t = nice_ticks(61.3, 5);
        assert!(*t.last().unwrap() >= 61.3 && t.len() <= 6, "{t:?}");
    }

    /// An axis a third past the data takes the next smaller round step when
    /// that makes one tick more than asked at most: 1 035 ends at 1 250, not 1 500.
    #[test]
    fn an_axis_does_not_run_far_past_the_data() {
        assert_eq!(nice_ticks(1035.0, 4), vec![0.0, 250.0, 500.0, 750.0, 1000.0, 1250.0]);
        assert_eq!(nice_ticks(1.05, 4), vec![0.0, 0.25, 0.5, 0.75, 1.0, 1.25]);
        assert_eq!(nice_ticks(2.1, 4), vec![0.0, 0.5, 1.0, 1.5, 2.0, 2.5]);
        assert_eq!(nice_ticks(520.0, 4), vec![0.0, 200.0, 400.0, 600.0], "15 % past: kept");
        for max in [1.0, 7.3, 13.0, 101.0, 1035.0, 4321.0, 9.9e9] {
            let t = nice_ticks(max, 4);
            assert!(*t.last().unwrap() >= max && t.len() <= 7, "{max}: {t:?}");
        }
    }

    #[test]
    fn linear_scale_is_proportional() {
        let s = Linear::new(5000.0, 250.0);
        assert_eq!(s.px(5000.0), 250.0);
        assert_eq!(s.px(2200.0), 110.0);
        assert_eq!(s.px(-1.0), 0.0);
    }

    #[test]
    fn ranges_with_negatives_keep_zero_and_cover_both_ends() {
        assert_eq!(nice_range(-2.25, 1.5, 4), vec![-3.0, -2.0, -1.0, 0.0, 1.0, 2.0]);
        assert_eq!(nice_range(0.0, 61.3, 5), nice_ticks(61.3, 5));
        assert_eq!(nice_range(-40.0, -10.0, 4), vec![-40.0, -30.0, -20.0, -10.0, 0.0]);
        assert_eq!(nice_range(0.0, 0.0, 4), vec![0.0, 1.0]);
        let s = Span::new(-3.0, 2.0, 100.0);
        assert_eq!(s.px(-3.0), 0.0);
        assert_eq!(s.px(0.0), 60.0);
        assert_eq!(s.px(2.0), 100.0);
    }

    #[test]
    fn pow10_is_powf_where_exact() {
        for e in -22..=22 {
            assert_eq!(pow10(f64::from(e)), 10f64.powf(f64::from(e)), "{e}");
        }
        for e in [-300, -100, -23, 23, 100, 308] {
            let (ours, std) = (pow10(f64::from(e)), 10f64.powf(f64::from(e)));
            assert!(((ours - std) / std).abs() < 1e-14, "{e}: {ours:e} vs {std:e}");
        }
    }
}
