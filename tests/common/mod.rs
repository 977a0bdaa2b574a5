//! Helpers shared by the native integration tests.

use std::path::PathBuf;

/// Compares an SVG with `tests/snapshots/<name>.svg`. With `UPDATE_SNAPSHOTS`
/// set, a differing or missing snapshot is rewritten; without it, the new
/// drawing is written beside the old one (`<name>.new.svg`) for review and the
/// comparison fails. A missing snapshot is written and fails too.
pub fn snapshot(name: &str, actual: &str) -> Result<(), String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let path = dir.join(format!("{name}.svg"));
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    match std::fs::read_to_string(&path) {
        Ok(expected) if expected == actual => Ok(()),
        Ok(_) if update => std::fs::write(&path, actual).map_err(|e| e.to_string()),
        Ok(_) => {
            let new = dir.join(format!("{name}.new.svg"));
            let _ = std::fs::write(&new, actual);
            Err(format!("{name}: differs from its snapshot; the new drawing is in {}", new.display()))
        }
        Err(_) => {
            std::fs::write(&path, actual).map_err(|e| e.to_string())?;
            if update { Ok(()) } else { Err(format!("{name}: no snapshot yet; written, review and commit it")) }
        }
    }
}
