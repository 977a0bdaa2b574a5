//! `spec`: the statistics JSON v1 format (../shared/spec/stats-format.md):
//! its text parsed, every validity rule checked, errors with JSON paths.

mod currency;
mod error;
mod messages;
mod path;
mod read;
mod types;

pub use error::{Problem, SpecError, MAX_BYTES, MAX_ITEMS, MAX_STRING_CHARS};
pub use messages::declared_locale;
pub use types::*;

/// Parses and validates a document. Over-large text is refused before parsing;
/// nesting deeper than serde_json's recursion limit (128) is a syntax error.
pub fn parse(text: &str) -> Result<Document, SpecError> {
    if text.len() > MAX_BYTES {
        return Err(SpecError::at("", Problem::TooLarge { bytes: text.len() }));
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(syntax_error)?;
    read::document(&value)
}

fn syntax_error(e: serde_json::Error) -> SpecError {
    // serde_json appends " at line L column C"; we say where in our own words.
    let full = e.to_string();
    let what = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    SpecError::at("", Problem::Syntax { line: e.line(), column: e.column(), what })
}
