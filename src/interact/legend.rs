//! Switching series on and off from the legend.

/// Switches series `s`; refuses to hide the last one shown. True if it changed.
pub fn toggle(shown: &mut [bool], s: usize) -> bool {
    if s >= shown.len() || (shown[s] && shown.iter().filter(|v| **v).count() == 1) {
        return false;
    }
    shown[s] = !shown[s];
    true
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_last_series_stays() {
        let mut shown = vec![true, true];
        assert!(super::toggle(&mut shown, 0));
        assert_eq!(shown, vec![false, true]);
        assert!(!super::toggle(&mut shown, 1));
        assert!(super::toggle(&mut shown, 0));
        assert!(!super::toggle(&mut shown, 5));
    }
}
