//! `spec`: the statistics JSON v1 format (../shared/spec/stats-format.md):
//! its text parsed, every validity rule checked, errors with JSON paths.

mod currency;
mod error;
mod json;
mod messages;
mod path;
mod pow10;
mod read;
mod types;

pub use error::{Found, Problem, SpecError, MAX_BYTES, MAX_ITEMS, MAX_STRING_CHARS};
pub use json::JsonFault;
pub use messages::declared_locale;
pub use read::DEFAULT_LOCALE;
pub use types::*;

/// Parses and validates a document. Over-large text is refused before parsing;
/// nesting deeper than 128 levels is a syntax error.
pub fn parse(text: &str) -> Result<Document, SpecError> {
    if text.len() > MAX_BYTES {
        return Err(SpecError::at("", Problem::TooLarge { bytes: text.len() }));
    }
    let tree = json::tree(text).map_err(|e| {
        SpecError::at("", Problem::Syntax { line: e.line, column: e.column, what: e.what })
    })?;
    read::document(&tree)
}
