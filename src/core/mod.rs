//! Domain core: the snapshot model and everything computed from it. No UI, no browser APIs,
//! so all of it is tested natively with `cargo test`.

pub mod catalog;
pub mod colour;
pub mod explore;
pub mod format;
pub mod fulltext;
pub mod glance;
pub mod integrity;
pub mod interests;
pub mod lang;
pub mod model;
pub mod order;
pub mod orgnr;
pub mod page_slice;
pub mod places;
pub mod programmes;
pub mod schools;
pub mod sealed;
pub mod search;
pub mod snapshot_steps;
pub mod stem;
pub mod studies;
pub mod text;
pub mod trade_ties;
