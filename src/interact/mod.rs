//! `interact`: what the reader points at, and what the widget says about it.
//! Pure: the `web` layer feeds pointer positions in and shows what comes out.

pub mod csv;
mod describe;
pub mod focus;
pub mod legend;
mod hover;
pub mod table;
pub mod tooltip;
pub mod window;

pub use describe::describe;
pub use hover::{across, freest, highlight, ink_bounds, HitIndex, Hover};
pub use table::{page_table, table, Table, PAGE_ROWS};
pub use tooltip::Tooltip;
