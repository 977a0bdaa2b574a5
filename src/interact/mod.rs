//! `interact`: what the reader points at, and what the widget says about it.
//! Pure: the `web` layer feeds pointer positions in and shows what comes out.

mod describe;
mod hover;
pub mod tooltip;

pub use describe::describe;
pub use hover::{highlight, Hover};
pub use tooltip::Tooltip;
