//! `interact`: what the reader points at, and what the widget says about it.
//! Pure: the `web` layer feeds pointer positions in and shows what comes out.

mod describe;
pub mod focus;
pub mod legend;
mod hover;
pub mod table;
pub mod tooltip;

pub use describe::describe;
pub use hover::{highlight, Hover};
pub use table::{table, Table};
pub use tooltip::Tooltip;
